import "server-only";
// Staff writes on council sessions (organic law 113.14 arts. 33–48, 273): dates and place, the
// agenda, its publication, the decisions and votes, their publication and the library documents
// linked to the session. Every function checks the permission itself; every change is one
// transaction with its audit event, taken under a row lock on the session.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { notifySessionFollowers } from "@/lib/participation/notify";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { communeDate, DEFAULT_ORDINARY_MONTHS, toDateColumn } from "@/lib/petitions/rules";
import { sessionDatesProblem } from "./rules";
import type { AgendaItemInput, AgendaItemUpdateInput, DecisionInput, LinkDocumentInput, SessionInput, SessionUpdateInput } from "./schemas";

type Failure = { ok: false; formError?: string; fieldErrors?: Record<string, string> };
const formError = (key: string): Failure => ({ ok: false, formError: key });
const fieldError = (field: string, key: string): Failure => ({ ok: false, fieldErrors: { [field]: key } });

async function lockSession(tx: Tx, sessionId: number) {
  await tx.$queryRaw`SELECT id FROM council_sessions WHERE id = ${sessionId} FOR UPDATE`;
  return tx.councilSession.findUnique({
    where: { id: sessionId },
    select: { id: true, kind: true, year: true, month: true, status: true, startsOn: true, endsOn: true, placeAr: true, placeFr: true, agendaPublishedAt: true, decisionsPublishedAt: true },
  });
}

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const datesProblemError = (problem: string) => fieldError(problem === "endsBeforeStart" || problem === "tooLong" ? "endsOn" : "startsOn", problem);

/** Creates a session. An ordinary one is unique for its month (it may already exist: a petition put it there). */
export async function createSession(input: SessionInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  const problem = sessionDatesProblem(input.kind, input.startsOn, input.endsOn);
  if (problem) return datesProblemError(problem);
  const year = input.startsOn.getUTCFullYear();
  const month = input.startsOn.getUTCMonth() + 1;
  if (input.kind === "ORDINARY") {
    const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { ordinarySessionMonths: true } });
    const months = settings?.ordinarySessionMonths.length ? settings.ordinarySessionMonths : [...DEFAULT_ORDINARY_MONTHS];
    if (!months.includes(month)) return fieldError("startsOn", "notOrdinaryMonth");
  }
  const ordinaryKey = input.kind === "ORDINARY" ? `${year}-${String(month).padStart(2, "0")}` : null;
  const created = await db.$transaction(async (tx) => {
    if (ordinaryKey) {
      // The unique key decides between two staff creating the same month at once.
      const rows = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO council_sessions (kind, year, month, ordinary_key, starts_on, ends_on, place_ar, place_fr)
        VALUES ('ordinary', ${year}, ${month}, ${ordinaryKey}, ${input.startsOn}::date, ${input.endsOn}::date, ${input.placeAr}, ${input.placeFr})
        ON CONFLICT (ordinary_key) DO NOTHING RETURNING id`;
      if (!rows[0]) return null;
      await recordSessionCreated(tx, rows[0].id, actor.id, input, ip);
      return rows[0];
    }
    const row = await tx.councilSession.create({
      data: { kind: "EXTRAORDINARY", year, month, startsOn: input.startsOn, endsOn: input.endsOn, placeAr: input.placeAr, placeFr: input.placeFr },
      select: { id: true },
    });
    await recordSessionCreated(tx, row.id, actor.id, input, ip);
    return row;
  });
  if (!created) return fieldError("startsOn", "sessionExists");
  return { ok: true, data: { id: created.id } };
}

async function recordSessionCreated(tx: Tx, id: number, actorId: string, input: SessionInput, ip: string | null) {
  await recordAudit(tx, {
    actorId, action: "session.created", targetType: "council_session", targetId: String(id),
    after: { kind: input.kind, startsOn: iso(input.startsOn), endsOn: iso(input.endsOn), placeAr: input.placeAr, placeFr: input.placeFr }, ip,
  });
}

/** Changes the dates and place; an ordinary session stays in its month. Refused once held. */
export async function updateSession(input: SessionUpdateInput, ip: string | null): Promise<ServiceResult<{ id: number; changed: boolean }>> {
  const actor = await requirePermission("sessions.manage");
  const result = await db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number; changed: boolean } }> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return formError("notFound");
    if (session.status === "HELD" || session.status === "DECISIONS_PUBLISHED") return formError("alreadyHeld");
    const problem = sessionDatesProblem(session.kind, input.startsOn, input.endsOn, session.kind === "ORDINARY" ? session : undefined);
    if (problem) return datesProblemError(problem);
    const before = { startsOn: iso(session.startsOn), endsOn: iso(session.endsOn), placeAr: session.placeAr, placeFr: session.placeFr };
    const after = { startsOn: iso(input.startsOn), endsOn: iso(input.endsOn), placeAr: input.placeAr, placeFr: input.placeFr };
    const diff = auditDiff(before, after);
    if (!diff.changed) return { ok: true, data: { id: session.id, changed: false } };
    const year = input.startsOn.getUTCFullYear();
    const month = input.startsOn.getUTCMonth() + 1;
    await tx.councilSession.update({
      where: { id: session.id },
      data: { startsOn: input.startsOn, endsOn: input.endsOn, placeAr: input.placeAr, placeFr: input.placeFr, ...(session.kind === "EXTRAORDINARY" ? { year, month } : {}) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "session.updated", targetType: "council_session", targetId: String(session.id), before: diff.before, after: diff.after, ip });
    return { ok: true, data: { id: session.id, changed: true } };
  });
  return result;
}

/** Adds an item to the agenda, until the session is held. */
export async function addAgendaItem(input: AgendaItemInput, ip: string | null): Promise<ServiceResult<{ id: number; sessionId: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number; sessionId: number } }> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return formError("notFound");
    if (session.status === "HELD" || session.status === "DECISIONS_PUBLISHED") return formError("alreadyHeld");
    const item = await tx.agendaItem.create({
      data: { sessionId: session.id, origin: input.origin, titleAr: input.titleAr, titleFr: input.titleFr, referredCommittee: input.referredCommittee },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "session.agenda_item_added", targetType: "agenda_item", targetId: String(item.id),
      after: { sessionId: session.id, origin: input.origin, titleAr: input.titleAr, titleFr: input.titleFr, referredCommittee: input.referredCommittee }, ip,
    });
    return { ok: true, data: { id: item.id, sessionId: session.id } };
  });
}

/**
 * Edits an item staff added (not one an accepted petition placed, art. 38), while the agenda is
 * not yet published; audited as a diff.
 */
export async function updateAgendaItem(input: AgendaItemUpdateInput, ip: string | null): Promise<ServiceResult<{ id: number; sessionId: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number; sessionId: number } }> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return formError("notFound");
    if (session.status !== "PLANNED") return formError("agendaAlreadyPublished");
    const item = await tx.agendaItem.findFirst({ where: { id: input.itemId, sessionId: session.id }, select: { id: true, origin: true, titleAr: true, titleFr: true, referredCommittee: true } });
    if (!item) return formError("notFound");
    if (item.origin === "PETITION") return formError("petitionItemLocked");
    const after = { origin: input.origin, titleAr: input.titleAr, titleFr: input.titleFr, referredCommittee: input.referredCommittee };
    const diff = auditDiff({ origin: item.origin, titleAr: item.titleAr, titleFr: item.titleFr, referredCommittee: item.referredCommittee }, after);
    if (diff.changed) {
      await tx.agendaItem.update({ where: { id: item.id }, data: after });
      await recordAudit(tx, { actorId: actor.id, action: "session.agenda_item_updated", targetType: "agenda_item", targetId: String(item.id), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: { id: item.id, sessionId: session.id } };
  });
}

/** Publishes the agenda ahead of the session (art. 48): needs dates, a place and at least one item. */
export async function publishAgenda(sessionId: number, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    const session = await lockSession(tx, sessionId);
    if (!session) return formError("notFound");
    if (session.status !== "PLANNED") return formError("agendaAlreadyPublished");
    if (!session.startsOn || !session.endsOn || !session.placeAr) return formError("datesMissing");
    if ((await tx.agendaItem.count({ where: { sessionId } })) === 0) return formError("agendaEmpty");
    await tx.councilSession.update({ where: { id: sessionId }, data: { status: "AGENDA_PUBLISHED", agendaPublishedAt: now } });
    await notifySessionFollowers(tx, "session_agenda", sessionId);
    await recordAudit(tx, { actorId: actor.id, action: "session.agenda_published", targetType: "council_session", targetId: String(sessionId), before: { status: session.status }, after: { status: "AGENDA_PUBLISHED", agendaPublishedAt: now.toISOString() }, ip });
    return { ok: true, data: { id: sessionId } };
  });
}

/** Records that the session took place (once it has opened). */
export async function markHeld(sessionId: number, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    const session = await lockSession(tx, sessionId);
    if (!session) return formError("notFound");
    if (session.status !== "AGENDA_PUBLISHED") return formError("agendaNotPublished");
    if (!session.startsOn || session.startsOn.getTime() > toDateColumn(communeDate(now)).getTime()) return formError("notOpenedYet");
    await tx.councilSession.update({ where: { id: sessionId }, data: { status: "HELD" } });
    await recordAudit(tx, { actorId: actor.id, action: "session.held", targetType: "council_session", targetId: String(sessionId), before: { status: session.status }, after: { status: "HELD" }, ip });
    return { ok: true, data: { id: sessionId } };
  });
}

/** Records the decision and the vote on one item, after the session and before the decisions are published. */
export async function recordDecision(input: DecisionInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return formError("notFound");
    if (session.status !== "HELD") return formError(session.status === "DECISIONS_PUBLISHED" ? "decisionsAlreadyPublished" : "notHeldYet");
    const item = await tx.agendaItem.findFirst({ where: { id: input.itemId, sessionId: session.id }, select: { id: true, decisionText: true, votesFor: true, votesAgainst: true, votesAbstain: true } });
    if (!item) return formError("notFound");
    const after = { decisionText: input.decisionText, votesFor: input.votesFor, votesAgainst: input.votesAgainst, votesAbstain: input.votesAbstain };
    const diff = auditDiff({ decisionText: item.decisionText, votesFor: item.votesFor, votesAgainst: item.votesAgainst, votesAbstain: item.votesAbstain }, after);
    if (!diff.changed) return { ok: true, data: { id: session.id } };
    await tx.agendaItem.update({ where: { id: item.id }, data: after });
    await recordAudit(tx, { actorId: actor.id, action: "session.decision_recorded", targetType: "agenda_item", targetId: String(item.id), before: diff.before, after: diff.after, ip });
    return { ok: true, data: { id: session.id } };
  });
}

/** Publishes the decisions (art. 273): every item must have its decision. */
export async function publishDecisions(sessionId: number, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    const session = await lockSession(tx, sessionId);
    if (!session) return formError("notFound");
    if (session.status !== "HELD") return formError(session.status === "DECISIONS_PUBLISHED" ? "decisionsAlreadyPublished" : "notHeldYet");
    if ((await tx.agendaItem.count({ where: { sessionId, decisionText: null } })) > 0) return formError("decisionsMissing");
    await tx.councilSession.update({ where: { id: sessionId }, data: { status: "DECISIONS_PUBLISHED", decisionsPublishedAt: now } });
    await notifySessionFollowers(tx, "session_decisions", sessionId);
    await recordAudit(tx, { actorId: actor.id, action: "session.decisions_published", targetType: "council_session", targetId: String(sessionId), before: { status: session.status }, after: { status: "DECISIONS_PUBLISHED", decisionsPublishedAt: now.toISOString() }, ip });
    return { ok: true, data: { id: sessionId } };
  });
}

/** Links a published library document (the deliberations, the minutes…) to the session; twice is once. */
export async function linkDocument(input: LinkDocumentInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("sessions.manage");
  const document = await db.document.findFirst({ where: { id: input.documentId, status: "PUBLISHED" }, select: { id: true } });
  if (!document) return fieldError("documentId", "documentNotPublished");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return formError("notFound");
    const { count } = await tx.councilSessionDocument.createMany({ data: [{ sessionId: session.id, documentId: document.id }], skipDuplicates: true });
    if (count) await recordAudit(tx, { actorId: actor.id, action: "session.document_linked", targetType: "council_session", targetId: String(session.id), after: { documentId: document.id }, ip });
    return { ok: true, data: { id: session.id } };
  });
}
