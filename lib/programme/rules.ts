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
