import "server-only";
// The annual evaluation report of the action programme (decree 2.16.301 art. 14) and its
// published summary (art. 15).
//
// Art. 14: each year the president prepares a report on the programme's execution with at least
// the completion rate of the programmed projects and the measure of the tracking system's
// indicators, the resources allocated, and the constraints encountered with the proposed
// solutions. Art. 15: after the standing committees and the council have examined it, a summary
// is posted at the commune's headquarters and published by all available means.
//
// Two parts:
// - `buildEvaluationFigures` (pure, unit-tested in evaluation.test.ts) builds the figures of a year
//   from rows: the execution summary of rules.ts over each project's figures as of 31 December;
// - `computeEvaluationFigures` reads those rows in a fixed number of SQL statements, and the staff
//   functions below store them in AnnualEvaluation with the narrative and summary written by staff.
//
// The report is a record: the figures are computed once, when staff generate (or regenerate) the
// report, and kept as JSON, so that what the council examined does not move when projects change.
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE } from "@/lib/i18n/config";
import { getCurrentProgramme, latestUpdates } from "./queries";
import { executionSummary, type ExecutionSummary, type ProjectStatusValue } from "./rules";
import type { ServiceResult } from "@/lib/forms/form-state";

// ---------------------------------------------------------------------------------------------
// The figures (pure)
// ---------------------------------------------------------------------------------------------

/** Bumped when the shape of the stored figures changes; older reports keep their own shape. */
export const FIGURES_VERSION = 1;

export type EvaluationGroup = ExecutionSummary & {
  /** Projects of the group counted in the report, cancelled ones included. */
  projects: number;
};

export type EvaluationIndicator = {
  projectCode: string;
  projectTitleAr: string;
  projectTitleFr: string;
  nameAr: string;
  nameFr: string;
  unitAr: string;
  unitFr: string;
  baseline: number;
  target: number;
  /** The value measured for the report's year; null when none was recorded. */
  value: number | null;
  /**
   * How far the value went from the baseline toward the target, (value − baseline) / (target −
   * baseline): 0 at the baseline, 1 at the target, above 1 beyond it. Works for indicators meant
   * to decrease too. Null without a value or when the target equals the baseline.
   */
  achievement: number | null;
};

export type EvaluationFunding = { partner: string; amountMad: number; projects: number };

export type EvaluationConstraint = {
  projectCode: string;
  projectTitleAr: string;
  projectTitleFr: string;
  status: ProjectStatusValue;
  /** Why the project is delayed or cancelled (rules.ts statusNeedsReason). */
  reasonAr: string | null;
  reasonFr: string | null;
  constraintsAr: string | null;
  constraintsFr: string | null;
  solutionsAr: string | null;
  solutionsFr: string | null;
};

export type EvaluationFigures = {
  version: typeof FIGURES_VERSION;
  year: number;
  programme: { startYear: number; endYear: number; titleAr: string; titleFr: string };
  /** Projects programmed to start on or before the year (cancelled ones in `cancelled`, not in the rates). */
  summary: EvaluationGroup;
  /** Projects of the programme that start after the year: not yet due, so not counted. */
  notYetStarted: number;
  /** When the latest progress update counted was recorded (ISO); null when there was none. */
  figuresAsOf: string | null;
  perAxis: (EvaluationGroup & { axisNumber: number; axisTitleAr: string; axisTitleFr: string })[];
  indicators: EvaluationIndicator[];
  /** Funding lines of the counted, non-cancelled projects, by partner, largest first. */
  funding: EvaluationFunding[];
  fundingTotalMad: number;
  constraints: EvaluationConstraint[];
  /** True when any counted project is demonstration data. */
  isDemo: boolean;
};

export type EvaluationProjectRow = {
  id: number;
  code: string;
  titleAr: string;
  titleFr: string;
  status: ProjectStatusValue;
  statusReasonAr: string | null;
  statusReasonFr: string | null;
  constraintsAr: string | null;
  constraintsFr: string | null;
  solutionsAr: string | null;
  solutionsFr: string | null;
  estimatedCostMad: number | null;
  startYear: number;
  isDemo: boolean;
  axis: { number: number; titleAr: string; titleFr: string };
  fundingLines: { partner: string; amountMad: number }[];
  indicators: {
    nameAr: string;
    nameFr: string;
    unitAr: string;
    unitFr: string;
    baseline: number;
    target: number;
    values: { year: number; value: number }[];
  }[];
};

export type EvaluationUpdateRow = {
  projectId: number;
  recordedAt: Date;
  physicalPercent: number;
  committedMad: number | null;
  spentMad: number | null;
};

/** The calendar year of an instant in Morocco (an update at 00:30 on 1 January, Moroccan time, belongs to the new year). */
export function moroccanYear(instant: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, year: "numeric" }).format(instant));
}

/**
 * A project's status as of the end of the year. Statuses are not historised: the status recorded
 * now stands for a past year too, except that a project completed since then only counts as
 * completed in a past year when an update on or before 31 December had reached 100 %; until then it
 * was in progress (or planned, without any update). For the current year the status is today's.
 */
export function statusAsOf(status: ProjectStatusValue, latest: EvaluationUpdateRow | undefined, statusIsCurrent: boolean): ProjectStatusValue {
  if (statusIsCurrent || status !== "COMPLETED") return status;
  if (latest && latest.physicalPercent >= 100) return "COMPLETED";
  return latest ? "IN_PROGRESS" : "PLANNED";
}

const text = (value: string | null) => (value && value.trim() ? value.trim() : null);

/**
 * The report's figures for `year` (decree 2.16.301 art. 14), from the programme's projects and
 * their progress updates. Updates recorded after 31 December of the year (Moroccan time) are
 * ignored; the projects counted are those programmed to start on or before the year.
 */
export function buildEvaluationFigures(input: {
  programme: EvaluationFigures["programme"];
  year: number;
  projects: readonly EvaluationProjectRow[];
  updates: readonly EvaluationUpdateRow[];
  /** True when the year is the current one (or later): statuses are then taken as they are. */
  statusIsCurrent: boolean;
}): EvaluationFigures {
  const { year, statusIsCurrent } = input;

  // Each project's latest update recorded on or before 31 December of the year.
  const latest = new Map<number, EvaluationUpdateRow>();
  for (const update of input.updates) {
    if (moroccanYear(update.recordedAt) > year) continue;
    const known = latest.get(update.projectId);
    if (!known || update.recordedAt.getTime() >= known.recordedAt.getTime()) latest.set(update.projectId, update);
  }

  const counted = input.projects.filter((p) => p.startYear <= year);
  const withStatus = counted.map((project) => ({ project, status: statusAsOf(project.status, latest.get(project.id), statusIsCurrent) }));
  const group = (items: typeof withStatus): EvaluationGroup => ({
    ...executionSummary(
      items.map(({ project, status }) => {
        const update = latest.get(project.id);
        return {
          status,
          estimatedCostMad: project.estimatedCostMad,
          physicalPercent: update?.physicalPercent ?? 0,
          committedMad: update?.committedMad ?? null,
          spentMad: update?.spentMad ?? null,
        };
      }),
    ),
    projects: items.length,
  });

  const axes = new Map<number, { axis: EvaluationProjectRow["axis"]; items: typeof withStatus }>();
  for (const item of withStatus) {
    const entry = axes.get(item.project.axis.number) ?? { axis: item.project.axis, items: [] };
    entry.items.push(item);
    axes.set(item.project.axis.number, entry);
  }

  const indicators: EvaluationIndicator[] = counted.flatMap((project) =>
    project.indicators.map((indicator) => {
      const value = indicator.values.find((v) => v.year === year)?.value ?? null;
      const span = indicator.target - indicator.baseline;
      return {
        projectCode: project.code,
        projectTitleAr: project.titleAr,
        projectTitleFr: project.titleFr,
        nameAr: indicator.nameAr,
        nameFr: indicator.nameFr,
        unitAr: indicator.unitAr,
        unitFr: indicator.unitFr,
        baseline: indicator.baseline,
        target: indicator.target,
        value,
        achievement: value === null || span === 0 ? null : (value - indicator.baseline) / span,
      };
    }),
  );

  const partners = new Map<string, EvaluationFunding>();
  for (const { project, status } of withStatus) {
    if (status === "CANCELLED") continue;
    const seen = new Set<string>();
    for (const line of project.fundingLines) {
      const partner = line.partner.trim();
      const entry = partners.get(partner) ?? { partner, amountMad: 0, projects: 0 };
      entry.amountMad += line.amountMad;
      if (!seen.has(partner)) entry.projects += 1;
      seen.add(partner);
      partners.set(partner, entry);
    }
  }
  const funding = [...partners.values()].sort((a, b) => b.amountMad - a.amountMad || a.partner.localeCompare(b.partner));

  const constraints: EvaluationConstraint[] = withStatus
    .map(({ project, status }) => {
      const needsReason = status === "DELAYED" || status === "CANCELLED";
      return {
        projectCode: project.code,
        projectTitleAr: project.titleAr,
        projectTitleFr: project.titleFr,
        status,
        reasonAr: needsReason ? text(project.statusReasonAr) : null,
        reasonFr: needsReason ? text(project.statusReasonFr) : null,
        constraintsAr: text(project.constraintsAr),
        constraintsFr: text(project.constraintsFr),
        solutionsAr: text(project.solutionsAr),
        solutionsFr: text(project.solutionsFr),
      };
    })
    .filter((c) => c.reasonAr || c.reasonFr || c.constraintsAr || c.constraintsFr || c.solutionsAr || c.solutionsFr);

  const dates = counted.map((p) => latest.get(p.id)?.recordedAt.getTime()).filter((t): t is number => t !== undefined);
  return {
    version: FIGURES_VERSION,
    year,
    programme: input.programme,
    summary: group(withStatus),
    notYetStarted: input.projects.length - counted.length,
    figuresAsOf: dates.length ? new Date(Math.max(...dates)).toISOString() : null,
    perAxis: [...axes.values()]
      .sort((a, b) => a.axis.number - b.axis.number)
      .map(({ axis, items }) => ({ axisNumber: axis.number, axisTitleAr: axis.titleAr, axisTitleFr: axis.titleFr, ...group(items) })),
    indicators,
    funding,
    fundingTotalMad: funding.reduce((total, f) => total + f.amountMad, 0),
    constraints,
    isDemo: counted.some((p) => p.isDemo),
  };
}

/** The year a report's address names ("/evaluations/2025"), or null when it is not a year. */
export function reportYear(raw: string): number | null {
  return /^\d{4}$/.test(raw) ? Number(raw) : null;
}

/** The stored figures of a report, when they have the shape this code knows; null otherwise. */
export function parseFigures(json: unknown): EvaluationFigures | null {
  if (typeof json !== "object" || json === null) return null;
  const figures = json as Partial<EvaluationFigures>;
  return figures.version === FIGURES_VERSION && typeof figures.year === "number" && typeof figures.summary === "object" ? (figures as EvaluationFigures) : null;
}

// ---------------------------------------------------------------------------------------------
// The figures (database)
// ---------------------------------------------------------------------------------------------

export function currentMoroccanYear(now = new Date()): number {
  return moroccanYear(now);
}

const PROJECT_SELECT = {
  id: true,
  code: true,
  titleAr: true,
  titleFr: true,
  status: true,
  statusReasonAr: true,
  statusReasonFr: true,
  constraintsAr: true,
  constraintsFr: true,
  solutionsAr: true,
  solutionsFr: true,
  estimatedCostMad: true,
  startYear: true,
  isDemo: true,
  axis: { select: { number: true, titleAr: true, titleFr: true } },
  fundingLines: { select: { partner: true, amountMad: true }, orderBy: { id: "asc" } },
  indicators: {
    select: { nameAr: true, nameFr: true, unitAr: true, unitFr: true, baseline: true, target: true, values: { select: { year: true, value: true } } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.ProjectSelect;

type ProgrammeRef = { id: number; startYear: number; endYear: number; titleAr: string; titleFr: string };

async function figuresFor(programme: ProgrammeRef, year: number): Promise<EvaluationFigures> {
  const [projects, updates] = await Promise.all([
    db.project.findMany({ where: { programmeId: programme.id }, select: PROJECT_SELECT, orderBy: [{ axis: { number: "asc" } }, { code: "asc" }] }),
    // Each project's latest update recorded on or before 31 December of the year, Moroccan time.
    latestUpdates({ programmeId: programme.id }, year),
  ]);
  return buildEvaluationFigures({
    programme: { startYear: programme.startYear, endYear: programme.endYear, titleAr: programme.titleAr, titleFr: programme.titleFr },
    year,
    projects,
    updates,
    statusIsCurrent: year >= currentMoroccanYear(),
  });
}

/**
 * The figures of the current programme as of the end of `year` (decree 2.16.301 art. 14); null
 * when there is no programme or the year falls outside it. A fixed number of SQL statements.
 */
export async function computeEvaluationFigures(year: number): Promise<EvaluationFigures | null> {
  const programme = await getCurrentProgramme();
  if (!programme || !Number.isInteger(year) || year < programme.startYear || year > programme.endYear) return null;
  return figuresFor(programme, year);
}

// ---------------------------------------------------------------------------------------------
// Staff: generate, write, publish
// ---------------------------------------------------------------------------------------------


/** Error keys of this feature, translated under "ProgrammeEvaluation.errors". */
export const EVALUATION_ERROR_KEYS = ["noProgramme", "yearOutsideProgramme", "yearInFuture", "notGenerated", "summaryRequired", "unpublishFirst"] as const;
export type EvaluationErrorKey = (typeof EVALUATION_ERROR_KEYS)[number];

/** The years a report may be generated for: the programme's years up to the current one. */
export function evaluationYears(programme: { startYear: number; endYear: number }, currentYear: number): number[] {
  const last = Math.min(programme.endYear, currentYear);
  return Array.from({ length: Math.max(0, last - programme.startYear + 1) }, (_, i) => programme.startYear + i);
}

/** Why a report cannot be generated for `year`, or null when it can (a year of the programme, not in the future). */
export function yearError(programme: { startYear: number; endYear: number }, year: number, currentYear: number): EvaluationErrorKey | null {
  if (!Number.isInteger(year) || year < programme.startYear || year > programme.endYear) return "yearOutsideProgramme";
  if (year > currentYear) return "yearInFuture";
  return null;
}

const target = (programmeId: number, year: number) => ({ targetType: "annual_evaluation", targetId: `${programmeId}:${year}` });

/**
 * Creates the report of `year` for the current programme, or regenerates its figures, keeping the
 * narrative and summary already written. A published report is not regenerated: its figures are
 * those the public reads; unpublish it first.
 */
export async function generateEvaluation(year: number, ip: string | null = null): Promise<ServiceResult<{ year: number; created: boolean }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme) return { ok: false, formError: "noProgramme" };
  const error = yearError(programme, year, currentMoroccanYear());
  if (error) return { ok: false, fieldErrors: { year: error } };
  const figures = await figuresFor(programme, year);
  const json = figures as unknown as Prisma.InputJsonObject;
  const digest = {
    year,
    programmed: figures.summary.programmed,
    completed: figures.summary.completed,
    cancelled: figures.summary.cancelled,
    completionRate: figures.summary.completionRate,
    programmedMad: figures.summary.programmedMad,
    spentMad: figures.summary.spentMad,
  };
  return db.$transaction(async (tx) => {
    // Two staff generating at once take turns: the second one finds the first one's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('annual_evaluation'), ${programme.id * 10_000 + year})`;
    const existing = await tx.annualEvaluation.findUnique({ where: { programmeId_year: { programmeId: programme.id, year } }, select: { id: true, publishedAt: true, figures: true } });
    if (existing?.publishedAt) return { ok: false, formError: "unpublishFirst" };
    if (existing) {
      await tx.annualEvaluation.update({ where: { id: existing.id }, data: { figures: json, generatedAt: new Date() } });
    } else {
      await tx.annualEvaluation.create({ data: { programmeId: programme.id, year, figures: json } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "evaluation.regenerated" : "evaluation.generated",
      ...target(programme.id, year),
      after: digest,
      ip,
    });
    return { ok: true, data: { year, created: !existing } };
  });
}

export type EvaluationTextInput = { year: number; narrativeAr: string; narrativeFr: string; summaryAr: string; summaryFr: string };

const TEXT_FIELDS = ["narrativeAr", "narrativeFr", "summaryAr", "summaryFr"] as const;

/** Saves the report's narrative and summary. A published report keeps an Arabic summary. */
export async function saveEvaluationText(input: EvaluationTextInput, ip: string | null = null): Promise<ServiceResult<{ year: number }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme) return { ok: false, formError: "noProgramme" };
  const next = Object.fromEntries(TEXT_FIELDS.map((field) => [field, input[field].trim()])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return db.$transaction(async (tx) => {
    const current = await lockedEvaluation(tx, programme.id, input.year);
    if (!current) return { ok: false, formError: "notGenerated" };
    if (current.publishedAt && !next.summaryAr) return { ok: false, fieldErrors: { summaryAr: "summaryRequired" } };
    const changed = TEXT_FIELDS.filter((field) => current[field] !== next[field]);
    if (changed.length) {
      await tx.annualEvaluation.update({ where: { id: current.id }, data: next });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "evaluation.text_saved",
        ...target(programme.id, input.year),
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, next[field]])),
        ip,
      });
    }
    return { ok: true, data: { year: input.year } };
  });
}

async function lockedEvaluation(tx: Tx, programmeId: number, year: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM annual_evaluations WHERE programme_id = ${programmeId} AND year = ${year} FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.annualEvaluation.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { id: true, narrativeAr: true, narrativeFr: true, summaryAr: true, summaryFr: true, publishedAt: true },
  });
}

/** Publishes the report's summary (decree 2.16.301 art. 15): it needs an Arabic summary. */
export async function publishEvaluation(year: number, ip: string | null = null): Promise<ServiceResult<{ year: number }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme) return { ok: false, formError: "noProgramme" };
  return db.$transaction(async (tx) => {
    const current = await lockedEvaluation(tx, programme.id, year);
    if (!current) return { ok: false, formError: "notGenerated" };
    if (!current.summaryAr.trim()) return { ok: false, formError: "summaryRequired" };
    if (current.publishedAt) return { ok: true, data: { year } };
    const publishedAt = new Date();
    await tx.annualEvaluation.update({ where: { id: current.id }, data: { publishedAt } });
    await recordAudit(tx, { actorId: actor.id, action: "evaluation.published", ...target(programme.id, year), after: { publishedAt: publishedAt.toISOString() }, ip });
    return { ok: true, data: { year } };
  });
}

/** Withdraws the published summary from the public site (to correct it, or regenerate the figures). */
export async function unpublishEvaluation(year: number, ip: string | null = null): Promise<ServiceResult<{ year: number }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme) return { ok: false, formError: "noProgramme" };
  return db.$transaction(async (tx) => {
    const current = await lockedEvaluation(tx, programme.id, year);
    if (!current) return { ok: false, formError: "notGenerated" };
    if (!current.publishedAt) return { ok: true, data: { year } };
    await tx.annualEvaluation.update({ where: { id: current.id }, data: { publishedAt: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evaluation.unpublished",
      ...target(programme.id, year),
      before: { publishedAt: current.publishedAt.toISOString() },
      ip,
    });
    return { ok: true, data: { year } };
  });
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

const EVALUATION_SELECT = {
  year: true,
  figures: true,
  narrativeAr: true,
  narrativeFr: true,
  summaryAr: true,
  summaryFr: true,
  generatedAt: true,
  publishedAt: true,
} satisfies Prisma.AnnualEvaluationSelect;

/** The current programme, the years a report may be made for, and the reports already made. */
export async function listEvaluationsForStaff() {
  await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme) return null;
  const rows = await db.annualEvaluation.findMany({
    where: { programmeId: programme.id },
    select: { year: true, generatedAt: true, publishedAt: true, summaryAr: true },
    orderBy: { year: "desc" },
  });
  return {
    programme,
    years: evaluationYears(programme, currentMoroccanYear()),
    evaluations: rows.map(({ summaryAr, ...row }) => ({ ...row, hasSummary: summaryAr.trim().length > 0 })),
  };
}

/** One report of the current programme, with everything staff edit; null when not generated. */
export async function getEvaluationForStaff(year: number) {
  await requirePermission("programme.manage");
  const programme = await getCurrentProgramme();
  if (!programme || !Number.isInteger(year)) return null;
  const row = await db.annualEvaluation.findUnique({ where: { programmeId_year: { programmeId: programme.id, year } }, select: EVALUATION_SELECT });
  if (!row) return null;
  return { ...row, programme, figures: parseFigures(row.figures) };
}

const PUBLIC_SELECT = {
  year: true,
  figures: true,
  summaryAr: true,
  summaryFr: true,
  publishedAt: true,
  programme: { select: { startYear: true, endYear: true, titleAr: true, titleFr: true } },
} satisfies Prisma.AnnualEvaluationSelect;

type PublicRow = Prisma.AnnualEvaluationGetPayload<{ select: typeof PUBLIC_SELECT }>;
export type PublishedEvaluation = Omit<PublicRow, "figures" | "publishedAt"> & { publishedAt: Date; figures: EvaluationFigures | null };

function published(row: PublicRow): PublishedEvaluation {
  return { ...row, publishedAt: row.publishedAt!, figures: parseFigures(row.figures) };
}

/** Every published summary, latest year first (art. 15: published by all available means). Never the narrative or a draft. */
export async function listPublishedEvaluations(): Promise<PublishedEvaluation[]> {
  const rows = await db.annualEvaluation.findMany({
    where: { publishedAt: { not: null } },
    select: PUBLIC_SELECT,
    orderBy: [{ year: "desc" }, { programme: { startYear: "desc" } }],
  });
  return rows.map(published);
}

/** The published summary of `year`; null when none is published. */
export async function getPublishedEvaluation(year: number): Promise<PublishedEvaluation | null> {
  if (!Number.isInteger(year)) return null;
  const row = await db.annualEvaluation.findFirst({
    where: { year, publishedAt: { not: null } },
    select: PUBLIC_SELECT,
    orderBy: { programme: { startYear: "desc" } },
  });
  return row ? published(row) : null;
}
