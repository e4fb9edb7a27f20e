import "server-only";
// Reads of council sessions. Public: every session's dates, place and status (sessions are public,
// art. 48); the agenda once published — except the items of accepted petitions, public from the
// bureau's decision (art. 38); decisions and votes once published (art. 273). Staff reads check
// the permission.
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { communeDate, toDateColumn } from "@/lib/petitions/rules";

const SESSION_SUMMARY = {
  id: true, kind: true, year: true, month: true, startsOn: true, endsOn: true, placeAr: true, placeFr: true, status: true,
  agendaPublishedAt: true, decisionsPublishedAt: true,
} satisfies Prisma.CouncilSessionSelect;

const ITEM_SELECT = {
  id: true, origin: true, titleAr: true, titleFr: true, referredCommittee: true, decisionText: true,
  votesFor: true, votesAgainst: true, votesAbstain: true,
  petition: { select: { id: true, reference: true } },
} satisfies Prisma.AgendaItemSelect;

/** Upcoming sessions (not yet ended, soonest first) and past ones (latest first). */
export async function listPublicSessions(now = new Date()) {
  const today = toDateColumn(communeDate(now));
  const upcomingWhere: Prisma.CouncilSessionWhereInput = { OR: [{ endsOn: { gte: today } }, { endsOn: null, status: { in: ["PLANNED", "AGENDA_PUBLISHED"] } }] };
  const [upcoming, past] = await Promise.all([
    db.councilSession.findMany({ where: upcomingWhere, orderBy: [{ year: "asc" }, { month: "asc" }, { startsOn: "asc" }], take: 20, select: SESSION_SUMMARY }),
    db.councilSession.findMany({ where: { NOT: upcomingWhere }, orderBy: [{ year: "desc" }, { month: "desc" }, { startsOn: "desc" }], take: 60, select: SESSION_SUMMARY }),
  ]);
  return { upcoming, past };
}

/** A session as the public sees it (see the header for what is shown when). */
export async function getPublicSession(id: number) {
  const session = await db.councilSession.findUnique({
    where: { id },
    select: {
      ...SESSION_SUMMARY,
      agendaItems: { orderBy: { id: "asc" }, select: ITEM_SELECT },
      documents: { where: { document: { status: "PUBLISHED" } }, orderBy: { documentId: "asc" }, select: { document: { select: { id: true, titleAr: true, titleFr: true, documentDate: true } } } },
    },
  });
  if (!session) return null;
  const agendaPublic = session.agendaPublishedAt !== null;
  const decisionsPublic = session.decisionsPublishedAt !== null;
  const agendaItems = session.agendaItems
    .filter((item) => agendaPublic || item.origin === "PETITION")
    .map((item) => (decisionsPublic ? item : { ...item, decisionText: null, votesFor: null, votesAgainst: null, votesAbstain: null }));
  return { ...session, agendaItems, agendaPublic, decisionsPublic, documents: session.documents.map((d) => d.document) };
}
export type PublicSession = NonNullable<Awaited<ReturnType<typeof getPublicSession>>>;

/** Sessions with dates for the iCalendar feed: the last two years and everything ahead. */
export async function calendarSessions(now = new Date()) {
  return db.councilSession.findMany({
    where: { startsOn: { not: null }, endsOn: { not: null }, year: { gte: communeDate(now).year - 2 } },
    orderBy: { startsOn: "asc" },
    take: 200,
    select: SESSION_SUMMARY,
  });
}

/** Upcoming sessions for the participation hub. */
export async function upcomingSessions(limit = 3, now = new Date()) {
  return (await listPublicSessions(now)).upcoming.slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function listSessionsForStaff() {
  await requirePermission("sessions.manage");
  return db.councilSession.findMany({
    orderBy: [{ year: "desc" }, { month: "desc" }, { id: "desc" }],
    take: 100,
    select: { ...SESSION_SUMMARY, _count: { select: { agendaItems: true } } },
  });
}

export async function getSessionForStaff(id: number) {
  await requirePermission("sessions.manage");
  return db.councilSession.findUnique({
    where: { id },
    select: {
      ...SESSION_SUMMARY,
      agendaItems: { orderBy: { id: "asc" }, select: ITEM_SELECT },
      documents: { orderBy: { documentId: "asc" }, select: { document: { select: { id: true, titleAr: true, titleFr: true, status: true } } } },
    },
  });
}
export type StaffSession = NonNullable<Awaited<ReturnType<typeof getSessionForStaff>>>;
