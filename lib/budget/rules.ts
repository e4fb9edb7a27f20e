// The participatory budget's rules, pure. No statute organises a participatory budget in a
// Moroccan commune: it is a practice the council may adopt among the "participatory mechanisms for
// dialogue and consultation" of organic law 113.14 art. 119 (Constitution art. 139), whose rules
// are the cycle's charter. Each rule below is therefore the charter's rule, named as such; the
// references are in docs/law.md.
import { moroccanDay } from "@/lib/calendar/working-days";

/** The phases of a cycle, in the only order they may follow. */
export const BUDGET_PHASES = ["UPCOMING", "PROPOSALS", "REVIEW", "VOTE", "RESULTS", "DONE"] as const;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];

export type CycleDates = {
  proposalsStart: Date;
  proposalsEnd: Date;
  voteStart: Date;
  voteEnd: Date;
};

export type CycleClock = CycleDates & {
  proposalsClosedAt: Date | null;
  reviewClosedAt: Date | null;
  voteClosedAt: Date | null;
  closedAt: Date | null;
};

export function phaseIndex(phase: BudgetPhase): number {
  return BUDGET_PHASES.indexOf(phase);
}

/**
 * The phase of a cycle (charter, art. 119 mechanism): from its dates (calendar days in Morocco, the
 * end days included) and the explicit close actions of staff, which can only end a phase early.
 * Proposals → technical review → vote → results → done.
 */
export function budgetPhase(cycle: CycleClock, now: Date): BudgetPhase {
  const today = moroccanDay(now).getTime();
  if (cycle.closedAt) return "DONE";
  if (cycle.voteClosedAt || today > cycle.voteEnd.getTime()) return "RESULTS";
  if (cycle.reviewClosedAt || today >= cycle.voteStart.getTime()) return "VOTE";
  if (cycle.proposalsClosedAt || today > cycle.proposalsEnd.getTime()) return "REVIEW";
  if (today >= cycle.proposalsStart.getTime()) return "PROPOSALS";
  return "UPCOMING";
}

/** The dates' order: proposals start ≤ proposals end < vote start ≤ vote end. Returns the first field at fault. */
export function cycleDatesError(dates: CycleDates): keyof CycleDates | null {
  if (dates.proposalsEnd < dates.proposalsStart) return "proposalsEnd";
  if (dates.voteStart <= dates.proposalsEnd) return "voteStart";
  if (dates.voteEnd < dates.voteStart) return "voteEnd";
  return null;
}

/**
 * Transitions only go forward: new dates are refused when they would put the cycle back in an
 * earlier phase than the one it is in now (a closed proposal phase is never reopened).
 */
export function dateChangeAllowed(current: CycleClock, next: CycleDates, now: Date): boolean {
  return phaseIndex(budgetPhase({ ...current, ...next }, now)) >= phaseIndex(budgetPhase(current, now));
}

/** The explicit close actions, and the phase each one ends. */
export const CLOSE_ACTIONS = { closeProposals: "PROPOSALS", closeReview: "REVIEW", closeVote: "VOTE", closeCycle: "RESULTS" } as const satisfies Record<string, BudgetPhase>;
export type CloseAction = keyof typeof CLOSE_ACTIONS;

/**
 * Whether staff may take a close action now: each ends the current phase and only that one.
 * Closing the vote is also how the results are counted and published, so it is allowed in the
 * results phase as long as they are not published yet (the vote ended by its date).
 */
export function closeAllowed(action: CloseAction, phase: BudgetPhase, resultsPublished: boolean): boolean {
  if (action === "closeVote") return (phase === "VOTE" || phase === "RESULTS") && !resultsPublished;
  if (action === "closeCycle") return phase === "RESULTS" && resultsPublished;
  return CLOSE_ACTIONS[action] === phase;
}

/** Proposals are submitted, and edited by their author, during the proposal phase only (charter). */
export function proposalsOpen(phase: BudgetPhase): boolean {
  return phase === "PROPOSALS";
}

/** Staff review proposals once the proposal phase is over and before the vote opens (charter). */
export function reviewOpen(phase: BudgetPhase): boolean {
  return phase === "REVIEW";
}

/** A ballot is cast, and changed, only while the vote is open (charter). */
export function voteOpen(phase: BudgetPhase): boolean {
  return phase === "VOTE";
}

export type EnvelopeCheck = { ok: true; total: number } | { ok: false; total: number; excess: number };

/**
 * The envelope rule (charter): the revised costs of the projects a voter chooses add up to no more
 * than the cycle's envelope. Says by how much it is exceeded otherwise.
 */
export function checkEnvelope(costs: readonly number[], envelopeMad: number): EnvelopeCheck {
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  return total <= envelopeMad ? { ok: true, total } : { ok: false, total, excess: total - envelopeMad };
}

/**
 * A ballot's choices, cleaned: each proposal once, and only among those on the ballot (feasible
 * proposals of the cycle). Returns null when a choice is not on the ballot (a tampered form).
 */
export function ballotChoices(chosen: readonly number[], onBallot: ReadonlyMap<number, number>): number[] | null {
  const unique = [...new Set(chosen)];
  return unique.every((id) => onBallot.has(id)) ? unique.sort((a, b) => a - b) : null;
}

export type Tally = { id: number; votes: number; costMad: number; submittedAt: Date };
export type RankedResult = Tally & { rank: number; funded: boolean };

/**
 * The tie-break (charter): more votes first; at equal votes the lower revised cost (it leaves more
 * of the envelope to others), then the earlier submission, then the smaller number.
 */
export function compareResults(a: Tally, b: Tally): number {
  return b.votes - a.votes || a.costMad - b.costMad || a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id;
}

/**
 * The results (charter): ranked by votes with the tie-break above; funded in rank order while the
 * envelope allows. A project that no longer fits what is left is passed over and the next ones
 * that still fit are funded (so the envelope is used as fully as the ranking allows). A project
 * nobody voted for is not funded.
 */
export function allocateFunding(tallies: readonly Tally[], envelopeMad: number): RankedResult[] {
  let left = envelopeMad;
  return [...tallies].sort(compareResults).map((tally, index) => {
    const funded = tally.votes > 0 && tally.costMad <= left;
    if (funded) left -= tally.costMad;
    return { ...tally, rank: index + 1, funded };
  });
}

/**
 * The envelope is the promise the vote is held on: it can change until the vote opens, not
 * after (a ballot cast within it must stay within it).
 */
export function envelopeEditable(phase: BudgetPhase): boolean {
  return phaseIndex(phase) < phaseIndex("VOTE");
}
