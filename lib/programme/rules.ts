// Rules of the action programme, each citing its source (docs/law.md maps them to their tests).
// Pure functions: no database, no dates from the clock unless passed in.

/** A programme covers exactly six years (organic law 113.14 art. 78). */
export const PROGRAMME_YEARS = 6;

export function isValidProgrammePeriod(startYear: number, endYear: number): boolean {
  return Number.isInteger(startYear) && endYear - startYear + 1 === PROGRAMME_YEARS;
}

/** A year before the start or after the end of a programme (a project is carried out within its programme). */
export function isOutsideProgramme(year: number, programme: { startYear: number; endYear: number }): boolean {
  return year < programme.startYear || year > programme.endYear;
}

/** A delayed or cancelled project must say why (decree 2.16.301 art. 14: constraints encountered). */
export function statusNeedsReason(status: ProjectStatusValue): boolean {
  return status === "DELAYED" || status === "CANCELLED";
}

export type ProjectStatusValue = "PLANNED" | "IN_PROGRESS" | "DELAYED" | "COMPLETED" | "CANCELLED";

export type ProjectFigures = {
  status: ProjectStatusValue;
  /** Whole dirhams; null when the cost is not yet estimated. */
  estimatedCostMad: number | null;
  /** From the latest progress update, 0–100; 0 when there is none. */
  physicalPercent: number;
  committedMad: number | null;
  spentMad: number | null;
};

export type ExecutionSummary = {
  /** Projects counted: every project except cancelled ones. */
  programmed: number;
  completed: number;
  cancelled: number;
  /** completed / programmed, 0–1 (the completion rate of decree 2.16.301 art. 14). */
  completionRate: number;
  /**
   * Physical progress weighted by estimated cost, 0–1. Projects without a cost estimate count
   * with the average cost of the others (or equally when none has one), so they neither vanish
   * nor dominate.
   */
  weightedProgress: number;
  programmedMad: number;
  committedMad: number;
  spentMad: number;
};

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * The programme's execution figures (decree 2.16.301 art. 14: completion rate of programmed
 * projects, resources allocated). Cancelled projects are reported but excluded from the rates.
 */
export function executionSummary(projects: readonly ProjectFigures[]): ExecutionSummary {
  const active = projects.filter((p) => p.status !== "CANCELLED");
  const completed = active.filter((p) => p.status === "COMPLETED").length;
  const costs = active.map((p) => p.estimatedCostMad).filter((c): c is number => c !== null && c > 0);
  const fallbackWeight = costs.length ? costs.reduce((a, b) => a + b, 0) / costs.length : 1;
  let weightSum = 0;
  let weighted = 0;
  for (const project of active) {
    const weight = project.estimatedCostMad && project.estimatedCostMad > 0 ? project.estimatedCostMad : fallbackWeight;
    // A completed project is fully done whatever its last update said.
    const progress = project.status === "COMPLETED" ? 100 : clampPercent(project.physicalPercent);
    weightSum += weight;
    weighted += weight * progress;
  }
  const sum = (pick: (p: ProjectFigures) => number | null) => active.reduce((total, p) => total + (pick(p) ?? 0), 0);
  return {
    programmed: active.length,
    completed,
    cancelled: projects.length - active.length,
    completionRate: active.length ? completed / active.length : 0,
    weightedProgress: weightSum ? weighted / weightSum / 100 : 0,
    programmedMad: sum((p) => p.estimatedCostMad),
    committedMad: sum((p) => p.committedMad),
    spentMad: sum((p) => p.spentMad),
  };
}

// ---------------------------------------------------------------------------------------------
// The programme's adoption record (decree 2.16.301 arts. 4–12; organic law 113.14 arts. 43, 118)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** The decision to prepare is posted at the commune's seat within 15 days (decree 2.16.301 art. 5). */
export const DECISION_POSTING_DAYS = 15;
/** The draft reaches the standing committees at least 30 days before the adopting session (decree 2.16.301 art. 10). */
export const COMMITTEE_LEAD_DAYS = 30;
/** The governor's visa is due within 20 days; silence is a visa (organic law 113.14 art. 118). */
export const GOVERNOR_VISA_DAYS = 20;

export type AdoptionDates = {
  decisionToPrepareOn: Date | null;
  decisionPostedOn: Date | null;
  committeeReviewOn: Date | null;
  councilVoteOn: Date | null;
  governorVisaOn: Date | null;
};

export type AdoptionVotes = { votesFor: number | null; votesAgainst: number | null; votesAbstaining: number | null };

const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** The steps that must come in this order; a later step dated before an earlier one is a typing error. */
const ADOPTION_ORDER: readonly (keyof AdoptionDates)[] = ["decisionToPrepareOn", "decisionPostedOn", "committeeReviewOn", "councilVoteOn", "governorVisaOn"];

/** The first step dated before a step that must precede it, or null when the dates are in order. */
export function adoptionDateOutOfOrder(dates: AdoptionDates): keyof AdoptionDates | null {
  let latest: Date | null = null;
  for (const step of ADOPTION_ORDER) {
    const date = dates[step];
    if (!date) continue;
    if (latest && date < latest) return step;
    latest = date;
  }
  return null;
}

/** More votes than the council has members cannot be right. */
export function votesExceedCouncil(votes: AdoptionVotes, councilSize: number): boolean {
  return (votes.votesFor ?? 0) + (votes.votesAgainst ?? 0) + (votes.votesAbstaining ?? 0) > councilSize;
}

export type AdoptionCheckKey = "decisionPosted" | "committeeLead" | "equalityCommitteeConsulted" | "absoluteMajority" | "governorVisa";
export type AdoptionCheck = { key: AdoptionCheckKey; state: "met" | "notMet" | "unknown" };

/**
 * What the public record says about each legal step: met, not met, or not known (a date missing).
 * - decision posted within 15 days (decree 2.16.301 art. 5);
 * - draft before the committees ≥ 30 days before the vote (decree 2.16.301 art. 10);
 * - the equality committee consulted (decree 2.16.301 art. 7, organic law 113.14 art. 120);
 * - adopted by the absolute majority of the members in office (organic law 113.14 art. 43);
 * - the governor's visa within 20 days of the vote (organic law 113.14 art. 118; silence is a visa).
 */
export function adoptionChecks(dates: AdoptionDates, votes: AdoptionVotes, councilSize: number, consultationKinds: readonly string[]): AdoptionCheck[] {
  const within = (from: Date | null, to: Date | null, test: (days: number) => boolean): AdoptionCheck["state"] =>
    from && to ? (test(daysBetween(from, to)) ? "met" : "notMet") : "unknown";
  return [
    { key: "decisionPosted", state: within(dates.decisionToPrepareOn, dates.decisionPostedOn, (d) => d <= DECISION_POSTING_DAYS) },
    { key: "committeeLead", state: within(dates.committeeReviewOn, dates.councilVoteOn, (d) => d >= COMMITTEE_LEAD_DAYS) },
    { key: "equalityCommitteeConsulted", state: consultationKinds.includes("EQUALITY_COMMITTEE") ? "met" : "notMet" },
    { key: "absoluteMajority", state: votes.votesFor === null ? "unknown" : votes.votesFor > councilSize / 2 ? "met" : "notMet" },
    { key: "governorVisa", state: within(dates.councilVoteOn, dates.governorVisaOn, (d) => d <= GOVERNOR_VISA_DAYS) },
  ];
}
