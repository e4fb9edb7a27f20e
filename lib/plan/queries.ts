import "server-only";
import { db } from "@/lib/db/client";

/** The citizen-participation action plan: every axis with its activities, in order (one query). */
export function getParticipationPlan() {
  return db.planAxis.findMany({
    orderBy: { number: "asc" },
    select: {
      number: true, titleAr: true, titleFr: true, noteAr: true, noteFr: true,
      activities: { orderBy: { position: "asc" }, select: { position: true, textAr: true, textFr: true } },
    },
  });
}
