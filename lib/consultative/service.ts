import "server-only";
// The proposals workflow of a consultative body, written once and parametrised by the body: the
// equality committee's opinions (committee_opinions) and the youth council's proposals
// (youth_proposals) share the columns the workflow touches (status, votes, dates, the council's
// response, the follow-up note). The caller checks who may act and passes its transaction.
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/create-client";
import { adoptionError, canTransition, followUpAllowed, type CouncilResponseKind, type ProposalStatus } from "./rules";

/** The bodies whose proposals follow the workflow, with their table and audit names. */
export const PROPOSAL_BODIES = {
  equality: { table: "committee_opinions", auditPrefix: "equality", noun: "opinion", targetType: "committee_opinion" },
  youth: { table: "youth_proposals", auditPrefix: "youth", noun: "proposal", targetType: "youth_proposal" },
} as const;
export type ProposalBody = keyof typeof PROPOSAL_BODIES;

type Row = { id: number; status: ProposalStatus; response: CouncilResponseKind | null };

async function lockRow(tx: Tx, body: ProposalBody, id: number): Promise<Row | null> {
  // The table name comes from the constant above, never from input.
  const rows = await tx.$queryRawUnsafe<{ id: number; status: string; response: string | null }[]>(
    `SELECT id, status::text AS status, response::text AS response FROM "${PROPOSAL_BODIES[body].table}" WHERE id = $1 FOR UPDATE`,
    id,
  );
  const row = rows[0];
  return row ? { id: row.id, status: row.status.toUpperCase() as ProposalStatus, response: (row.response?.toUpperCase() ?? null) as CouncilResponseKind | null } : null;
}

async function updateRow(tx: Tx, body: ProposalBody, id: number, data: Record<string, unknown>): Promise<void> {
  if (body === "equality") await tx.committeeOpinion.update({ where: { id }, data });
  else await tx.youthProposal.update({ where: { id }, data });
}

export type ProposalStep = {
  id: number;
  to: ProposalStatus;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  note: string | null;
};

export type StepOutcome = { id: number } | { formError: string } | { fieldErrors: Record<string, string> };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Moves a proposal one step on (PROPOSAL_TRANSITIONS): adopted with the body's vote, sent,
 * followed up, done. The council's answer is recordResponse's. `activeMembers` bounds the vote.
 */
export async function stepProposal(tx: Tx, body: ProposalBody, step: ProposalStep, ctx: { actorId: string; day: Date; activeMembers: number; ip: string | null }): Promise<StepOutcome> {
  if (step.to === "ANSWERED" || step.to === "DRAFT") return { formError: "statusTransition" };
  const row = await lockRow(tx, body, step.id);
  if (!row) return { formError: "notFound" };
  if (!canTransition(row.status, step.to)) return { formError: "statusTransition" };
  let data: Record<string, unknown> = { status: step.to };
  if (step.to === "ADOPTED") {
    const { votesFor, votesAgainst, votesAbstaining } = step;
    if (votesFor === null || votesAgainst === null || votesAbstaining === null) {
      return { fieldErrors: { ...(votesFor === null ? { votesFor: "required" } : {}), ...(votesAgainst === null ? { votesAgainst: "required" } : {}), ...(votesAbstaining === null ? { votesAbstaining: "required" } : {}) } };
    }
    const refusal = adoptionError({ votesFor, votesAgainst, votesAbstaining }, ctx.activeMembers);
    if (refusal) return { fieldErrors: { votesFor: refusal } };
    data = { ...data, votesFor, votesAgainst, votesAbstaining, adoptedOn: ctx.day };
  } else if (step.to === "SENT") {
    data = { ...data, sentOn: ctx.day };
  } else if (step.to === "IN_PROGRESS") {
    if (!followUpAllowed(row.response, "IN_PROGRESS")) return { formError: "followUpRejected" };
    if (!step.note) return { fieldErrors: { note: "required" } };
    data = { ...data, followUpNote: step.note };
  } else if (step.to === "DONE") {
    data = { ...data, doneOn: ctx.day, ...(step.note ? { followUpNote: step.note } : {}) };
  }
  await updateRow(tx, body, row.id, data);
  const names = PROPOSAL_BODIES[body];
  await recordAudit(tx, {
    actorId: ctx.actorId, action: `${names.auditPrefix}.${names.noun}_${step.to.toLowerCase()}`, targetType: names.targetType, targetId: String(row.id),
    before: { status: row.status }, after: JSON.parse(JSON.stringify(data)), ip: ctx.ip,
  });
  return { id: row.id };
}

export type CouncilAnswer = { id: number; response: CouncilResponseKind; responseText: string; responseOn: Date };

/** Records the council's response to a proposal it was sent (SENT → ANSWERED); the day cannot be in the future. */
export async function recordResponse(tx: Tx, body: ProposalBody, answer: CouncilAnswer, ctx: { actorId: string; day: Date; ip: string | null }): Promise<StepOutcome> {
  const row = await lockRow(tx, body, answer.id);
  if (!row) return { formError: "notFound" };
  if (!canTransition(row.status, "ANSWERED")) return { formError: "statusTransition" };
  if (answer.responseOn > ctx.day) return { fieldErrors: { responseOn: "dateFormat" } };
  await updateRow(tx, body, row.id, { status: "ANSWERED", response: answer.response, responseText: answer.responseText, responseOn: answer.responseOn });
  const names = PROPOSAL_BODIES[body];
  await recordAudit(tx, {
    actorId: ctx.actorId, action: `${names.auditPrefix}.council_response`, targetType: names.targetType, targetId: String(row.id),
    before: { status: row.status }, after: { status: "ANSWERED", response: answer.response, responseText: answer.responseText, responseOn: isoDay(answer.responseOn) }, ip: ctx.ip,
  });
  return { id: row.id };
}
