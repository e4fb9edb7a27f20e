import "server-only";
// Council sessions and their agendas, as far as petitions need them (organic law 113.14 arts. 33,
// 38, 125): an accepted petition goes on the agenda of the next ordinary session, which is
// created on demand. The rest of the sessions module (issue 8) is in service.ts and queries.ts.
import type { Tx } from "@/lib/db/create-client";

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
