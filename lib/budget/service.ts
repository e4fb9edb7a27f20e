import "server-only";
// The participatory budget's writes. Every function checks the caller's permission itself; every
// staff change is one transaction with its audit event and the notices it causes. The phase is
// re-read under a lock on the cycle's row inside each transaction: a ballot cast while staff
// close the vote either lands before the close or is refused, never after the count.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import type { FieldErrors, ServiceResult } from "@/lib/forms/form-state";
import { Prisma } from "@/lib/generated/prisma/client";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { checkProjectReferences, projectData } from "@/lib/programme/service";
import { isOutsideProgramme } from "@/lib/programme/rules";
import type { ProjectInput } from "@/lib/programme/schemas";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { notifyProposer } from "./notify";
import {
  allocateFunding,
  ballotChoices,
  budgetPhase,
  checkEnvelope,
  closeAllowed,
  cycleDatesError,
  dateChangeAllowed,
  envelopeEditable,
  proposalsOpen,
  reviewOpen,
  voteOpen,
  type BudgetPhase,
} from "./rules";
import type { BallotInput, CloseInput, CycleInput, CycleUpdateInput, ProposalEditInput, ProposalInput, ReviewInput } from "./schemas";

/** Proposals one person may submit per hour (spam brake). */
export const PROPOSALS_PER_HOUR = 5;

const CLOCK = { proposalsStart: true, proposalsEnd: true, voteStart: true, voteEnd: true, proposalsClosedAt: true, reviewClosedAt: true, voteClosedAt: true, closedAt: true } as const;

/** Locks the cycle's row (FOR UPDATE for staff changes, FOR SHARE for ballots and proposals) and returns it with its phase. */
async function lockCycle(tx: Tx, cycleId: number, mode: "update" | "share") {
  const rows = mode === "update"
    ? await tx.$queryRaw<{ id: number }[]>`SELECT id FROM budget_cycles WHERE id = ${cycleId} FOR UPDATE`
    : await tx.$queryRaw<{ id: number }[]>`SELECT id FROM budget_cycles WHERE id = ${cycleId} FOR SHARE`;
  if (!rows.length) return null;
  const cycle = await tx.budgetCycle.findUniqueOrThrow({
    where: { id: cycleId },
    select: { ...CLOCK, id: true, year: true, envelopeMad: true, programmeId: true, axisId: true, resultsPublishedAt: true },
  });
  return { ...cycle, phase: budgetPhase(cycle, new Date()) };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// ---------------------------------------------------------------------------------------------
// Residents: proposals
// ---------------------------------------------------------------------------------------------

async function douarError(douarId: number | null): Promise<FieldErrors | null> {
  if (douarId === null) return null;
  const douar = await db.douar.findUnique({ where: { id: douarId }, select: { id: true } });
  return douar ? null : { douar: "invalidChoice" };
}

/** A resident or an association's representative proposes a project, during the proposal phase. */
export async function submitProposal(input: ProposalInput): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("budget.propose");
  const problem = await douarError(input.douar);
  if (problem) return { ok: false, fieldErrors: problem };
  const limit = await hitRateLimit(`budget.propose:${user.id}`, PROPOSALS_PER_HOUR, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  return db.$transaction(async (tx) => {
    const cycle = await lockCycle(tx, input.cycleId, "share");
    if (!cycle) return { ok: false, formError: "notFound" };
    if (!proposalsOpen(cycle.phase)) return { ok: false, formError: "phaseClosed" };
    const proposal = await tx.budgetProposal.create({
      data: {
        cycleId: cycle.id,
        authorId: user.id,
        title: input.title,
        description: input.description,
        douarId: input.douar,
        competence: input.competence,
        estimatedCostMad: input.estimatedCostMad,
      },
      select: { id: true },
    });
    return { ok: true, data: proposal };
  });
}

/** The author edits their proposal until the proposal phase closes (and before any review). */
export async function editProposal(input: ProposalEditInput): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("budget.propose");
  const problem = await douarError(input.douar);
  if (problem) return { ok: false, fieldErrors: problem };
  return db.$transaction(async (tx) => {
    const proposal = await tx.budgetProposal.findUnique({ where: { id: input.proposalId }, select: { id: true, cycleId: true, authorId: true, status: true } });
    if (!proposal) return { ok: false, formError: "notFound" };
    if (proposal.authorId !== user.id) return { ok: false, formError: "notYours" };
    const cycle = await lockCycle(tx, proposal.cycleId, "share");
    if (!cycle || !proposalsOpen(cycle.phase) || proposal.status !== "SUBMITTED") return { ok: false, formError: "phaseClosed" };
    await tx.budgetProposal.update({
      where: { id: proposal.id },
      data: { title: input.title, description: input.description, douarId: input.douar, competence: input.competence, estimatedCostMad: input.estimatedCostMad },
    });
    return { ok: true, data: { id: proposal.id } };
  });
}

// ---------------------------------------------------------------------------------------------
// Residents: the ballot
// ---------------------------------------------------------------------------------------------

export type BallotResult =
  | { ok: true; data: { total: number; count: number } }
  | { ok: false; formError: string; total?: number; excess?: number };

/**
 * Casts or changes the voter's ballot. One ballot per person and cycle: the unique index on
 * (cycle, voter) holds it, the upsert takes the ballot's row lock, and the choices are replaced
 * whole in the same transaction, so concurrent submissions leave exactly one ballot holding the
 * choices of the last one. Refused outside the vote phase, for an unverified e-mail address, and
 * when the chosen projects cost more than the envelope (saying by how much).
 */
export async function castBallot(input: BallotInput): Promise<BallotResult> {
  const user = await requirePermission("budget.vote");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { emailVerifiedAt: true } });
  if (!account?.emailVerifiedAt) return { ok: false, formError: "emailNotVerified" };
  return db.$transaction(async (tx): Promise<BallotResult> => {
    const cycle = await lockCycle(tx, input.cycleId, "share");
    if (!cycle) return { ok: false, formError: "notFound" };
    if (!voteOpen(cycle.phase)) return { ok: false, formError: "phaseClosed" };
    const onBallot = await tx.budgetProposal.findMany({ where: { cycleId: cycle.id, status: "FEASIBLE" }, select: { id: true, revisedCostMad: true } });
    const costs = new Map(onBallot.map((p) => [p.id, p.revisedCostMad ?? 0]));
    const chosen = ballotChoices(input.proposalIds, costs);
    if (chosen === null) return { ok: false, formError: "invalidChoice" };
    if (chosen.length === 0) return { ok: false, formError: "noChoice" };
    const envelope = checkEnvelope(chosen.map((id) => costs.get(id)!), cycle.envelopeMad);
    if (!envelope.ok) return { ok: false, formError: "overEnvelope", total: envelope.total, excess: envelope.excess };
    const [ballot] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO budget_ballots (cycle_id, voter_id) VALUES (${cycle.id}, ${user.id}::uuid)
      ON CONFLICT (cycle_id, voter_id) DO UPDATE SET updated_at = now()
      RETURNING id`;
    await tx.budgetBallotChoice.deleteMany({ where: { ballotId: ballot!.id } });
    await tx.budgetBallotChoice.createMany({ data: chosen.map((proposalId) => ({ ballotId: ballot!.id, proposalId })) });
    return { ok: true, data: { total: envelope.total, count: chosen.length } };
  });
}

// ---------------------------------------------------------------------------------------------
// Staff: cycles
// ---------------------------------------------------------------------------------------------

function cycleSnapshot(c: Omit<CycleUpdateInput, "cycleId">) {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    envelopeMad: c.envelopeMad, charterAr: c.charterAr, charterFr: c.charterFr, programmeId: c.programmeId, axisId: c.axisId,
    proposalsStart: day(c.proposalsStart), proposalsEnd: day(c.proposalsEnd), voteStart: day(c.voteStart), voteEnd: day(c.voteEnd),
  };
}

/** The programme and axis exist, the cycle's year falls inside the programme, the dates are in order. */
async function cycleProblems(input: Omit<CycleUpdateInput, "cycleId">, year: number): Promise<FieldErrors | null> {
  const [programme, axis] = await Promise.all([
    db.programme.findUnique({ where: { id: input.programmeId }, select: { startYear: true, endYear: true } }),
    db.planAxis.findUnique({ where: { id: input.axisId }, select: { id: true } }),
  ]);
  const errors: FieldErrors = {};
  if (!programme) errors.programmeId = "invalidChoice";
  else if (isOutsideProgramme(year, programme)) errors.programmeId = "outsideProgramme";
  if (!axis) errors.axisId = "invalidChoice";
  const dates = cycleDatesError(input);
  if (dates) errors[dates] = "datesOrder";
  return Object.keys(errors).length ? errors : null;
}

export async function createCycle(input: CycleInput, ip: string | null): Promise<ServiceResult<{ year: number }>> {
  const actor = await requirePermission("budget.manage");
  const problems = await cycleProblems(input, input.year);
  if (problems) return { ok: false, fieldErrors: problems };
  try {
    return await db.$transaction(async (tx) => {
      const cycle = await tx.budgetCycle.create({ data: { ...cycleSnapshot(input), year: input.year, proposalsStart: input.proposalsStart, proposalsEnd: input.proposalsEnd, voteStart: input.voteStart, voteEnd: input.voteEnd }, select: { id: true, year: true } });
      await recordAudit(tx, { actorId: actor.id, action: "budget.cycle_created", targetType: "budget_cycle", targetId: String(cycle.id), after: { year: cycle.year, ...cycleSnapshot(input) }, ip });
      return { ok: true as const, data: { year: cycle.year } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { year: "yearTaken" } };
    throw error;
  }
}

/** Edits a cycle's dates, envelope and charter. Dates never move it back to an earlier phase; the envelope is fixed once the vote opens. */
export async function updateCycle(input: CycleUpdateInput, ip: string | null): Promise<ServiceResult<{ year: number }>> {
  const actor = await requirePermission("budget.manage");
  const current = await db.budgetCycle.findUnique({ where: { id: input.cycleId }, select: { year: true } });
  if (!current) return { ok: false, formError: "notFound" };
  const problems = await cycleProblems(input, current.year);
  if (problems) return { ok: false, fieldErrors: problems };
  return db.$transaction(async (tx) => {
    const cycle = await lockCycle(tx, input.cycleId, "update");
    if (!cycle) return { ok: false, formError: "notFound" };
    if (cycle.phase === "DONE") return { ok: false, formError: "phaseClosed" };
    const now = new Date();
    if (!dateChangeAllowed(cycle, input, now)) return { ok: false, fieldErrors: { proposalsEnd: "datesBackwards" } };
    const before = await tx.budgetCycle.findUniqueOrThrow({ where: { id: cycle.id } });
    if (before.envelopeMad !== input.envelopeMad && !envelopeEditable(cycle.phase)) return { ok: false, fieldErrors: { envelopeMad: "phaseClosed" } };
    const diff = auditDiff(cycleSnapshot(before), cycleSnapshot(input));
    if (diff.changed) {
      await tx.budgetCycle.update({
        where: { id: cycle.id },
        data: { envelopeMad: input.envelopeMad, charterAr: input.charterAr, charterFr: input.charterFr, programmeId: input.programmeId, axisId: input.axisId, proposalsStart: input.proposalsStart, proposalsEnd: input.proposalsEnd, voteStart: input.voteStart, voteEnd: input.voteEnd },
      });
      await recordAudit(tx, { actorId: actor.id, action: "budget.cycle_updated", targetType: "budget_cycle", targetId: String(cycle.id), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: { year: cycle.year } };
  });
}

/**
 * Ends the current phase early: closes proposals, closes the technical review (opens the vote:
 * refused while proposals still await review), closes the vote (counts, publishes the results and
 * turns funded proposals into programme projects, exactly once), or closes the cycle.
 */
export async function closePhase(input: CloseInput, ip: string | null): Promise<ServiceResult<{ year: number; phase: BudgetPhase }>> {
  const actor = await requirePermission("budget.manage");
  const result = await db.$transaction(async (tx) => {
    const cycle = await lockCycle(tx, input.cycleId, "update");
    if (!cycle) return { ok: false as const, formError: "notFound" };
    if (!closeAllowed(input.action, cycle.phase, cycle.resultsPublishedAt !== null)) return { ok: false as const, formError: "phaseClosed" };
    const now = new Date();
    let notified = 0;
    switch (input.action) {
      case "closeProposals":
        await tx.budgetCycle.update({ where: { id: cycle.id }, data: { proposalsClosedAt: now } });
        break;
      case "closeReview": {
        const waiting = await tx.budgetProposal.count({ where: { cycleId: cycle.id, status: "SUBMITTED" } });
        if (waiting > 0) return { ok: false as const, formError: "reviewPending" };
        await tx.budgetCycle.update({ where: { id: cycle.id }, data: { proposalsClosedAt: cycle.proposalsClosedAt ?? now, reviewClosedAt: now } });
        break;
      }
      case "closeVote": {
        const outcome = await publishResults(tx, cycle, actor.id, ip, now);
        if (!outcome.ok) return outcome;
        notified = outcome.notified;
        break;
      }
      case "closeCycle":
        await tx.budgetCycle.update({ where: { id: cycle.id }, data: { closedAt: now } });
        break;
    }
    await recordAudit(tx, { actorId: actor.id, action: `budget.${input.action === "closeVote" ? "vote_closed" : input.action === "closeCycle" ? "cycle_closed" : input.action === "closeReview" ? "review_closed" : "proposals_closed"}`, targetType: "budget_cycle", targetId: String(cycle.id), before: { phase: cycle.phase }, ip });
    const after = await tx.budgetCycle.findUniqueOrThrow({ where: { id: cycle.id }, select: CLOCK });
    return { ok: true as const, data: { year: cycle.year, phase: budgetPhase(after, now) }, notified };
  });
  if (!result.ok) return result;
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: result.data };
}

type LockedCycle = NonNullable<Awaited<ReturnType<typeof lockCycle>>>;

/**
 * The count: exact votes per feasible proposal, ranked and funded by the charter's rules
 * (allocateFunding); each funded proposal becomes a project of the action programme, created with
 * the programme's own checks and fields (lib/programme/service.ts), linked both ways. Runs under
 * the cycle's row lock and only while the results are unpublished, so it happens once.
 */
async function publishResults(tx: Tx, cycle: LockedCycle, actorId: string, ip: string | null, now: Date): Promise<{ ok: true; notified: number } | { ok: false; formError: string }> {
  const feasible = await tx.budgetProposal.findMany({
    where: { cycleId: cycle.id, status: "FEASIBLE" },
    select: { id: true, title: true, description: true, douarId: true, competence: true, revisedCostMad: true, authorId: true, createdAt: true, _count: { select: { choices: true } } },
  });
  const ranked = allocateFunding(feasible.map((p) => ({ id: p.id, votes: p._count.choices, costMad: p.revisedCostMad ?? 0, submittedAt: p.createdAt })), cycle.envelopeMad);
  const byId = new Map(feasible.map((p) => [p.id, p]));
  let notified = 0;
  for (const result of ranked) {
    const proposal = byId.get(result.id)!;
    let projectId: number | null = null;
    if (result.funded) {
      const input: ProjectInput = {
        code: `BP${cycle.year}-${proposal.id}`,
        programmeId: cycle.programmeId,
        axisId: cycle.axisId,
        titleAr: proposal.title,
        titleFr: proposal.title,
        descriptionAr: proposal.description,
        descriptionFr: proposal.description,
        competence: proposal.competence,
        genderTag: "NOT_ASSESSED",
        wholeCommune: proposal.douarId === null,
        douarIds: proposal.douarId === null ? [] : [proposal.douarId],
        partnerIds: [],
        priorityRank: null,
        startYear: cycle.year,
        endYear: cycle.year,
        estimatedCostMad: result.costMad,
        responsibleService: null,
        status: "PLANNED",
        statusReasonAr: null,
        statusReasonFr: null,
      };
      const problems = await checkProjectReferences(input);
      if (problems) return { ok: false, formError: "programmeInvalid" };
      const project = await tx.project.create({
        data: { ...projectData(input), code: input.code, douars: input.wholeCommune ? undefined : { createMany: { data: input.douarIds.map((douarId) => ({ douarId })) } } },
        select: { id: true, code: true },
      });
      await recordAudit(tx, { actorId, action: "project.created", targetType: "project", targetId: String(project.id), after: { code: project.code, fromBudgetProposal: proposal.id }, ip });
      projectId = project.id;
    }
    await tx.budgetProposal.update({ where: { id: proposal.id }, data: { voteCount: result.votes, rank: result.rank, funded: result.funded, projectId } });
    notified += await notifyProposer(tx, proposal.authorId, "budget_results", { proposalId: proposal.id, title: proposal.title, year: cycle.year, funded: result.funded, votes: result.votes, rank: result.rank });
  }
  await tx.budgetCycle.update({ where: { id: cycle.id }, data: { voteClosedAt: cycle.voteClosedAt ?? now, resultsPublishedAt: now } });
  await recordAudit(tx, {
    actorId,
    action: "budget.results_published",
    targetType: "budget_cycle",
    targetId: String(cycle.id),
    after: { results: ranked.map((r) => ({ proposalId: r.id, votes: r.votes, rank: r.rank, funded: r.funded })) },
    ip,
  });
  return { ok: true, notified };
}

// ---------------------------------------------------------------------------------------------
// Staff: the technical review
// ---------------------------------------------------------------------------------------------

/** Staff record whether a proposal is feasible, why, and its revised cost; the author is told. */
export async function reviewProposal(input: ReviewInput, ip: string | null): Promise<ServiceResult<{ id: number; year: number }>> {
  const actor = await requirePermission("budget.manage");
  const result = await db.$transaction(async (tx) => {
    const proposal = await tx.budgetProposal.findUnique({
      where: { id: input.proposalId },
      select: { id: true, cycleId: true, title: true, authorId: true, status: true, reviewReason: true, revisedCostMad: true },
    });
    if (!proposal) return { ok: false as const, formError: "notFound" };
    const cycle = await lockCycle(tx, proposal.cycleId, "share");
    if (!cycle || !reviewOpen(cycle.phase)) return { ok: false as const, formError: "phaseClosed" };
    const after = { status: input.feasible ? ("FEASIBLE" as const) : ("NOT_FEASIBLE" as const), reviewReason: input.reason, revisedCostMad: input.feasible ? input.revisedCostMad : null };
    const diff = auditDiff({ status: proposal.status, reviewReason: proposal.reviewReason, revisedCostMad: proposal.revisedCostMad }, after);
    await tx.budgetProposal.update({ where: { id: proposal.id }, data: { ...after, reviewedAt: new Date(), reviewedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "budget.proposal_reviewed", targetType: "budget_proposal", targetId: String(proposal.id), before: diff.before, after: diff.after, ip });
    const notified = await notifyProposer(tx, proposal.authorId, "budget_reviewed", { proposalId: proposal.id, title: proposal.title, year: cycle.year, feasible: input.feasible, reason: input.reason });
    return { ok: true as const, data: { id: proposal.id, year: cycle.year }, notified };
  });
  if (!result.ok) return result;
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: result.data };
}

/** The clock fields of a cycle, as budgetPhase reads them (for the queries). */
export const CYCLE_CLOCK = CLOCK;
