import "server-only";
// The participatory budget's reads. Public reads never name residents and never say who voted for
// what: only counts. A voter reads their own ballot; staff read proposals awaiting review.
import { getSession, requirePermission } from "@/lib/auth/session";
import type { CellValue } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { budgetPhase, checkEnvelope, proposalsOpen } from "./rules";
import { CYCLE_CLOCK } from "./service";

const CYCLE_SELECT = { ...CYCLE_CLOCK, id: true, year: true, envelopeMad: true, charterAr: true, charterFr: true, resultsPublishedAt: true } as const;

const PROPOSAL_SELECT = {
  id: true,
  title: true,
  description: true,
  competence: true,
  estimatedCostMad: true,
  status: true,
  reviewReason: true,
  revisedCostMad: true,
  voteCount: true,
  rank: true,
  funded: true,
  createdAt: true,
  douar: { select: { nameAr: true, nameFr: true } },
  project: { select: { code: true } },
} as const;

function withPhase<T extends Parameters<typeof budgetPhase>[0]>(cycle: T, now = new Date()) {
  return { ...cycle, phase: budgetPhase(cycle, now) };
}

/** Every cycle, newest first, with its phase. */
export async function listCycles() {
  const cycles = await db.budgetCycle.findMany({ orderBy: { year: "desc" }, select: CYCLE_SELECT });
  return cycles.map((c) => withPhase(c));
}

/** One year's cycle with its public proposals (all of them: submitted, feasible and not feasible, with the reasons). */
export async function getCycle(year: number) {
  const cycle = await db.budgetCycle.findUnique({ where: { year }, select: CYCLE_SELECT });
  if (!cycle) return null;
  const proposals = await db.budgetProposal.findMany({ where: { cycleId: cycle.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: PROPOSAL_SELECT });
  return { ...withPhase(cycle), proposals };
}
export type PublicCycle = NonNullable<Awaited<ReturnType<typeof getCycle>>>;
export type PublicProposal = PublicCycle["proposals"][number];

/** One proposal, with whether the signed-in person wrote it and may still edit it. */
export async function getProposal(id: number) {
  const proposal = await db.budgetProposal.findUnique({
    where: { id },
    select: { ...PROPOSAL_SELECT, authorId: true, douarId: true, cycle: { select: CYCLE_SELECT } },
  });
  if (!proposal) return null;
  const user = await getSession();
  const { authorId, cycle, ...rest } = proposal;
  const mine = user?.id === authorId;
  const phased = withPhase(cycle);
  return { ...rest, cycle: phased, mine, canEdit: mine && proposalsOpen(phased.phase) && proposal.status === "SUBMITTED" };
}

/** The signed-in person's own proposals in a cycle. */
export async function myProposalIds(cycleId: number): Promise<Set<number>> {
  const user = await getSession();
  if (!user) return new Set();
  const rows = await db.budgetProposal.findMany({ where: { cycleId, authorId: user.id }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The projects on the ballot (feasible proposals), cheapest first, and the voter's own ballot if any. */
export async function getBallot(year: number) {
  const cycle = await getCycle(year);
  if (!cycle) return null;
  const user = await getSession();
  const onBallot = cycle.proposals.filter((p) => p.status === "FEASIBLE").sort((a, b) => (a.revisedCostMad ?? 0) - (b.revisedCostMad ?? 0) || a.id - b.id);
  const ballot = user
    ? await db.budgetBallot.findUnique({ where: { cycleId_voterId: { cycleId: cycle.id, voterId: user.id } }, select: { updatedAt: true, choices: { select: { proposalId: true } } } })
    : null;
  const chosen = ballot ? ballot.choices.map((c) => c.proposalId) : [];
  const costs = new Map(onBallot.map((p) => [p.id, p.revisedCostMad ?? 0]));
  return {
    cycle,
    onBallot,
    mine: ballot ? { updatedAt: ballot.updatedAt, proposalIds: chosen, total: checkEnvelope(chosen.map((id) => costs.get(id) ?? 0), cycle.envelopeMad).total } : null,
  };
}

/** The published results: exact counts, ranks, what is funded; and how many people voted. */
export async function getResults(year: number) {
  const cycle = await getCycle(year);
  if (!cycle || !cycle.resultsPublishedAt) return cycle ? { cycle, results: null } : null;
  const ranked = cycle.proposals.filter((p) => p.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const ballots = await db.budgetBallot.count({ where: { cycleId: cycle.id } });
  const fundedTotal = ranked.filter((p) => p.funded).reduce((sum, p) => sum + (p.revisedCostMad ?? 0), 0);
  return { cycle, results: { ranked, ballots, fundedTotal } };
}

export const OPEN_DATA_COLUMNS = ["year", "proposal_id", "title", "douar_fr", "competence", "estimated_cost_mad", "status", "revised_cost_mad", "votes", "rank", "funded", "project_code"] as const;
type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], CellValue>;

/** A cycle's proposals and results as open data: aggregates only, never who voted or who proposed. */
export async function getBudgetOpenData(year: number): Promise<{ year: number; envelopeMad: number; ballots: number | null; rows: OpenDataRow[] } | null> {
  const cycle = await getCycle(year);
  if (!cycle) return null;
  const published = cycle.resultsPublishedAt !== null;
  const ballots = published ? await db.budgetBallot.count({ where: { cycleId: cycle.id } }) : null;
  const rows = cycle.proposals.map((p) => ({
    year: cycle.year,
    proposal_id: p.id,
    title: p.title,
    douar_fr: p.douar?.nameFr ?? null,
    competence: p.competence.toLowerCase(),
    estimated_cost_mad: p.estimatedCostMad,
    status: p.status.toLowerCase(),
    revised_cost_mad: p.revisedCostMad,
    votes: published ? p.voteCount : null,
    rank: published ? p.rank : null,
    funded: published ? p.funded : null,
    project_code: p.project?.code ?? null,
  }));
  return { year: cycle.year, envelopeMad: cycle.envelopeMad, ballots, rows };
}

/** The participatory-budget proposal a programme project came from, if any (shown on the project's page). */
export async function getBudgetOrigin(projectId: number) {
  return db.budgetProposal.findUnique({ where: { projectId }, select: { id: true, cycle: { select: { year: true } } } });
}

/** Douars, for the proposal form. */
export async function getDouarChoices() {
  return db.douar.findMany({ orderBy: { nameFr: "asc" }, select: { id: true, nameAr: true, nameFr: true } });
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function listCyclesForStaff() {
  await requirePermission("budget.manage");
  const cycles = await db.budgetCycle.findMany({
    orderBy: { year: "desc" },
    select: { ...CYCLE_SELECT, _count: { select: { proposals: true, ballots: true } } },
  });
  return cycles.map((c) => withPhase(c));
}

export async function getCycleForStaff(year: number) {
  await requirePermission("budget.manage");
  const cycle = await db.budgetCycle.findUnique({ where: { year }, select: { ...CYCLE_SELECT, programmeId: true, axisId: true, _count: { select: { ballots: true } } } });
  if (!cycle) return null;
  const proposals = await db.budgetProposal.findMany({ where: { cycleId: cycle.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: PROPOSAL_SELECT });
  return { ...withPhase(cycle), proposals };
}

export async function getProposalForReview(id: number) {
  await requirePermission("budget.manage");
  const proposal = await db.budgetProposal.findUnique({
    where: { id },
    select: { ...PROPOSAL_SELECT, author: { select: { name: true } }, reviewedAt: true, cycle: { select: CYCLE_SELECT } },
  });
  if (!proposal) return null;
  return { ...proposal, cycle: withPhase(proposal.cycle) };
}

export async function getCycleFormOptions() {
  await requirePermission("budget.manage");
  const [programmes, axes] = await Promise.all([
    db.programme.findMany({ orderBy: { startYear: "desc" }, select: { id: true, startYear: true, endYear: true, titleAr: true, titleFr: true } }),
    db.planAxis.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, titleAr: true, titleFr: true } }),
  ]);
  return { programmes, axes };
}

/** Proposals awaiting the technical review in cycles still open: the work queue's rows. */
export const AWAITING_REVIEW = { status: "SUBMITTED" as const, cycle: { reviewClosedAt: null, voteClosedAt: null, closedAt: null } };
