import "server-only";
// The information officer's work queue: requests waiting for an answer, the deadline in force
// first (law 31.13 arts. 16–17); overdue ones are shown in red by the dashboard.
import { db } from "@/lib/db/client";
import { addCalendarDays, moroccanDay } from "@/lib/calendar/working-days";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";
import { PRESIDENT_DECISION_DAYS } from "./rules";

/** The whole last day is allowed: overdue from the next day on. */
const endOf = (day: Date) => new Date(day.getTime() + 86_400_000 - 1);

export const openRequestsQueue: WorkQueueProvider = {
  key: "information.requests",
  permission: "information.handle_requests",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const rows = await db.informationRequest.findMany({
      where: { outcome: null },
      select: { id: true, reference: true, informationRequested: true, urgent: true, receivedOn: true, firstDueOn: true, extendedDueOn: true },
    });
    const due = (r: (typeof rows)[number]) => r.extendedDueOn ?? r.firstDueOn;
    rows.sort((a, b) => due(a).getTime() - due(b).getTime() || a.id - b.id);
    const today = moroccanDay(now);
    return {
      key: "information.requests",
      title: t("Information.queue.title"),
      total: rows.length,
      overdue: rows.filter((r) => due(r) < today).length,
      moreHref: "/admin/information",
      items: rows.slice(0, limit).map((r) => ({
        id: String(r.id),
        title: `${r.reference} — ${r.informationRequested.slice(0, 80)}`,
        href: `/admin/information/${r.id}`,
        dueAt: endOf(due(r)),
        since: r.receivedOn,
        detail: r.urgent ? t("Information.queue.urgent") : undefined,
      })),
    };
  },
};

/** Complaints to the president waiting for the decision, due 15 days after they were filed (art. 19). */
export const pendingComplaintsQueue: WorkQueueProvider = {
  key: "information.complaints",
  permission: "information.handle_requests",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const rows = await db.informationRequest.findMany({
      where: { complaintFiledOn: { not: null }, complaintDecidedOn: null },
      select: { id: true, reference: true, complaintFiledOn: true },
      orderBy: [{ complaintFiledOn: "asc" }, { id: "asc" }],
    });
    const today = moroccanDay(now);
    const due = (filed: Date) => addCalendarDays(filed, PRESIDENT_DECISION_DAYS);
    return {
      key: "information.complaints",
      title: t("Information.admin.complaints"),
      total: rows.length,
      overdue: rows.filter((r) => due(r.complaintFiledOn!) < today).length,
      moreHref: "/admin/information",
      items: rows.slice(0, limit).map((r) => ({
        id: String(r.id),
        title: r.reference,
        href: `/admin/information/${r.id}`,
        dueAt: endOf(due(r.complaintFiledOn!)),
        since: r.complaintFiledOn!,
      })),
    };
  },
};
