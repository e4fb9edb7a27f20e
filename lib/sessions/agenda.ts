import "server-only";
// Council sessions and their agendas, as far as petitions need them (organic law 113.14 arts. 33,
// 38, 125): an accepted petition goes on the agenda of the next ordinary session, which is
// created on demand. Issue 8 (council sessions) builds the rest on these two tables.
import type { Tx } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";

/** The ordinary session of `month`/`year`, created if it does not exist yet; one per ordinary month. */
export async function ordinarySession(tx: Tx, { year, month }: { year: number; month: number }): Promise<{ id: number }> {
  const ordinaryKey = `${year}-${String(month).padStart(2, "0")}`;
  // An upsert on the unique key: two decisions at once find or create the same session.
  return tx.councilSession.upsert({
    where: { ordinaryKey },
    create: { kind: "ORDINARY", year, month, ordinaryKey },
    update: {},
    select: { id: true },
  });
}

/** Puts an accepted petition on the agenda of `session`, referred to `committee` (art. 125). */
export async function placePetitionOnAgenda(
  tx: Tx,
  sessionId: number,
  petition: { id: number; subject: string; reference: string },
  committee: string | null,
): Promise<{ id: number }> {
  return tx.agendaItem.create({
    data: {
      sessionId,
      origin: "PETITION",
      petitionId: petition.id,
      titleAr: `عريضة ${petition.reference}: ${petition.subject}`,
      titleFr: `Pétition ${petition.reference} : ${petition.subject}`,
      referredCommittee: committee,
    },
    select: { id: true },
  });
}

/** A session and its agenda, public (sessions are public, art. 48). */
export async function getSessionWithAgenda(id: number) {
  return db.councilSession.findUnique({
    where: { id },
    select: {
      id: true, kind: true, year: true, month: true, startsOn: true, endsOn: true, status: true,
      agendaItems: {
        orderBy: { id: "asc" },
        select: { id: true, origin: true, titleAr: true, titleFr: true, referredCommittee: true, decisionText: true, petition: { select: { id: true, reference: true } } },
      },
    },
  });
}
