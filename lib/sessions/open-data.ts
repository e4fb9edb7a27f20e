import "server-only";
// The council's sessions as open data (issue 10): one row per agenda item of a session whose agenda
// is published (OL 113.14 art. 48), with the decision and the vote once the decisions are published
// (art. 273). Nothing here is personal: items name an origin, never a person.
import type { CellValue } from "@/lib/csv";
import { db } from "@/lib/db/client";

export const SESSION_OPEN_COLUMNS = [
  "item_id", "session_id", "kind", "year", "month", "starts_on", "ends_on", "status", "agenda_published_at",
  "origin", "title_ar", "title_fr", "referred_committee", "decisions_published_at", "decision_text", "votes_for", "votes_against", "votes_abstain",
] as const;
export type SessionOpenRow = Record<(typeof SESSION_OPEN_COLUMNS)[number], CellValue>;

const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

export async function listOpenAgendaItems({ afterId, take }: { afterId: number; take: number }): Promise<SessionOpenRow[]> {
  const items = await db.agendaItem.findMany({
    where: { id: { gt: afterId }, session: { agendaPublishedAt: { not: null } } },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, origin: true, titleAr: true, titleFr: true, referredCommittee: true, decisionText: true, votesFor: true, votesAgainst: true, votesAbstain: true,
      session: { select: { id: true, kind: true, year: true, month: true, startsOn: true, endsOn: true, status: true, agendaPublishedAt: true, decisionsPublishedAt: true } },
    },
  });
  return items.map(({ session, ...item }) => {
    const decided = session.decisionsPublishedAt !== null;
    return {
      item_id: item.id, session_id: session.id, kind: session.kind.toLowerCase(), year: session.year, month: session.month,
      starts_on: day(session.startsOn), ends_on: day(session.endsOn), status: session.status.toLowerCase(), agenda_published_at: session.agendaPublishedAt!.toISOString(),
      origin: item.origin.toLowerCase(), title_ar: item.titleAr, title_fr: item.titleFr, referred_committee: item.referredCommittee,
      decisions_published_at: session.decisionsPublishedAt?.toISOString() ?? null,
      decision_text: decided ? item.decisionText : null, votes_for: decided ? item.votesFor : null, votes_against: decided ? item.votesAgainst : null, votes_abstain: decided ? item.votesAbstain : null,
    };
  });
}
