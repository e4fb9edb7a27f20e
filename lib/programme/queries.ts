import "server-only";
// What anyone may read of the action programme (decree 2.16.301 art. 15: the programme and its
// execution are published by all available means). Explicit selects only: no author of an
// update, no storage key of a file, nothing of the engagement area (components/programme/engagement.tsx).
//
// Every function issues a fixed number of SQL statements whatever the number of projects
// (tests/integration/programme-queries.test.ts counts them): relations are loaded by Prisma in
// one statement per level, and a project's current figures, which are its latest progress update,
// come from one DISTINCT ON query for all the projects at once.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE } from "@/lib/i18n/config";
import { pageCount } from "@/lib/forms/pagination";
import { SEARCH_FOLD_FROM, SEARCH_FOLD_TO, SEARCH_MARKS, searchWords, type ProjectFilters } from "./filters";
import { executionSummary, type ExecutionSummary, type ProjectFigures } from "./rules";

export const PROJECTS_PAGE_SIZE = 12;

const PROGRAMME_SELECT = {
  id: true,
  startYear: true,
  endYear: true,
  titleAr: true,
  titleFr: true,
  decisionToPrepareOn: true,
  decisionPostedOn: true,
  committeeReviewOn: true,
  councilVoteOn: true,
  votesFor: true,
  votesAgainst: true,
  votesAbstaining: true,
  governorVisaOn: true,
} satisfies Prisma.ProgrammeSelect;

export type PublicProgramme = Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_SELECT }>;

const DOUAR_SELECT = { slug: true, nameAr: true, nameFr: true, isDemo: true } satisfies Prisma.DouarSelect;
export type PublicDouar = Prisma.DouarGetPayload<{ select: typeof DOUAR_SELECT }>;

const AXIS_SELECT = { number: true, titleAr: true, titleFr: true } satisfies Prisma.PlanAxisSelect;
export type PublicAxis = Prisma.PlanAxisGetPayload<{ select: typeof AXIS_SELECT }>;

const PROJECT_SUMMARY_SELECT = {
  id: true,
  code: true,
  titleAr: true,
  titleFr: true,
  status: true,
  statusReasonAr: true,
  statusReasonFr: true,
  competence: true,
  genderTag: true,
  startYear: true,
  endYear: true,
  estimatedCostMad: true,
  wholeCommune: true,
  priorityRank: true,
  isDemo: true,
  axis: { select: AXIS_SELECT },
  douars: { select: { douar: { select: DOUAR_SELECT } } },
} satisfies Prisma.ProjectSelect;

const PROJECT_ORDER = [{ axis: { number: "asc" } }, { code: "asc" }] satisfies Prisma.ProjectOrderByWithRelationInput[];

/** A project's current figures: those of its latest progress update. */
export type LatestFigures = {
  recordedAt: Date;
  physicalPercent: number;
  financialPercent: number;
  committedMad: number | null;
  spentMad: number | null;
};

type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof PROJECT_SUMMARY_SELECT }>;

export type ProjectSummary = Omit<SummaryRow, "douars"> & {
  douars: PublicDouar[];
  /** Null when the project has no progress update yet. */
  latest: LatestFigures | null;
};

/** What rules.ts needs of a project. */
export function projectFigures(project: Pick<ProjectSummary, "status" | "estimatedCostMad" | "latest">): ProjectFigures {
  return {
    status: project.status,
    estimatedCostMad: project.estimatedCostMad,
    physicalPercent: project.latest?.physicalPercent ?? 0,
    committedMad: project.latest?.committedMad ?? null,
    spentMad: project.latest?.spentMad ?? null,
  };
}

function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, year: "numeric" }).format(now));
}

/**
 * The programme the public pages show: the latest one already started, else the first one to
 * come (a programme being prepared before the current one ends is not yet the current one).
 */
export const getCurrentProgramme = cache(async (): Promise<PublicProgramme | null> => {
  const programmes = await db.programme.findMany({ select: PROGRAMME_SELECT, orderBy: { startYear: "desc" } });
  const year = currentYear();
  return programmes.find((p) => p.startYear <= year) ?? programmes.at(-1) ?? null;
});

/** A project's latest progress update, with the project it belongs to. */
/** The consultations held while preparing the programme (decree 2.16.301 art. 7), oldest first. */
export const getProgrammeConsultations = cache((programmeId: number) =>
  db.programmeConsultation.findMany({
    where: { programmeId },
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, heldOn: true, participantsWomen: true, participantsMen: true, summaryAr: true, summaryFr: true },
  }),
);

export type LatestUpdateRow = LatestFigures & { projectId: number };

/**
 * The latest progress update of each project (of a programme, or the ones named): one statement
 * for all of them. With `untilYear`, only the updates recorded by 31 December of that year,
 * Moroccan time, count (the annual evaluation's figures as of the end of the year). Each project's
 * latest update is read from the (project_id, recorded_at) index, so the cost follows the number of
 * projects, not the length of their histories (a DISTINCT ON over every update sorted all of
 * them: 20,000 updates took 60–80 ms a page; bench/growth.ts).
 */
export async function latestUpdates(scope: { programmeId: number } | { projectIds: number[] }, untilYear?: number): Promise<LatestUpdateRow[]> {
  if ("projectIds" in scope && scope.projectIds.length === 0) return [];
  const projects =
    "programmeId" in scope
      ? Prisma.sql`SELECT id FROM projects WHERE programme_id = ${scope.programmeId}`
      : Prisma.sql`SELECT DISTINCT unnest(${scope.projectIds}::int[]) AS id`;
  const until =
    untilYear === undefined ? Prisma.empty : Prisma.sql`AND (u.recorded_at AT TIME ZONE ${TIME_ZONE}) < make_timestamp(${untilYear + 1}::int, 1, 1, 0, 0, 0)`;
  return db.$queryRaw<LatestUpdateRow[]>`
    SELECT p.id AS "projectId", u.recorded_at AS "recordedAt", u.physical_percent AS "physicalPercent",
      u.financial_percent AS "financialPercent", u.committed_mad AS "committedMad", u.spent_mad AS "spentMad"
    FROM (${projects}) p
    CROSS JOIN LATERAL (
      SELECT * FROM progress_updates u WHERE u.project_id = p.id ${until}
      ORDER BY u.recorded_at DESC, u.id DESC LIMIT 1
    ) u
    ORDER BY p.id`;
}

/** The latest progress update of each project, by project id. */
async function latestFigures(scope: { programmeId: number } | { projectIds: number[] }): Promise<Map<number, LatestFigures>> {
  const rows = await latestUpdates(scope);
  return new Map(rows.map(({ projectId, ...figures }) => [projectId, figures]));
}

function withFigures(rows: SummaryRow[], latest: Map<number, LatestFigures>): ProjectSummary[] {
  return rows.map(({ douars, ...row }) => ({ ...row, douars: douars.map((d) => d.douar), latest: latest.get(row.id) ?? null }));
}

export type GroupFigures = ExecutionSummary & {
  /** Every project of the group, cancelled ones included. */
  projects: number;
};

function groupFigures(projects: ProjectSummary[]): GroupFigures {
  return { ...executionSummary(projects.map(projectFigures)), projects: projects.length };
}

export type AxisFigures = { axis: PublicAxis; figures: GroupFigures };
export type DouarFigures = { douar: PublicDouar; figures: GroupFigures };

export type ProgrammeOverview = {
  programme: PublicProgramme;
  projects: ProjectSummary[];
  summary: GroupFigures;
  /** Axes of the plan that carry at least one project, in order. */
  perAxis: AxisFigures[];
  /** Douars named by at least one project. */
  perDouar: DouarFigures[];
  /** Projects that concern the whole commune rather than listed douars. */
  wholeCommune: GroupFigures;
  /** When the latest progress update was recorded; null before the first one. */
  figuresAsOf: Date | null;
};

/** The programme's execution figures, overall, per axis and per douar (decree 2.16.301 art. 14). */
export const getProgrammeOverview = cache(async (): Promise<ProgrammeOverview | null> => {
  const programme = await getCurrentProgramme();
  if (!programme) return null;
  const [rows, latest] = await Promise.all([
    db.project.findMany({ where: { programmeId: programme.id }, select: PROJECT_SUMMARY_SELECT, orderBy: PROJECT_ORDER }),
    latestFigures({ programmeId: programme.id }),
  ]);
  const projects = withFigures(rows, latest);

  const axes = new Map<number, { axis: PublicAxis; projects: ProjectSummary[] }>();
  const douars = new Map<string, { douar: PublicDouar; projects: ProjectSummary[] }>();
  for (const project of projects) {
    const axis = axes.get(project.axis.number) ?? { axis: project.axis, projects: [] };
    axis.projects.push(project);
    axes.set(project.axis.number, axis);
    for (const douar of project.douars) {
      const group = douars.get(douar.slug) ?? { douar, projects: [] };
      group.projects.push(project);
      douars.set(douar.slug, group);
    }
  }
  const dates = [...latest.values()].map((f) => f.recordedAt.getTime());
  return {
    programme,
    projects,
    summary: groupFigures(projects),
    perAxis: [...axes.values()].sort((a, b) => a.axis.number - b.axis.number).map(({ axis, projects: p }) => ({ axis, figures: groupFigures(p) })),
    perDouar: [...douars.values()].sort((a, b) => a.douar.slug.localeCompare(b.douar.slug)).map(({ douar, projects: p }) => ({ douar, figures: groupFigures(p) })),
    wholeCommune: groupFigures(projects.filter((p) => p.wholeCommune)),
    figuresAsOf: dates.length ? new Date(Math.max(...dates)) : null,
  };
});

/** Ids of the programme's projects whose code, titles, descriptions or douars contain every word of `q`. */
async function searchProjectIds(programmeId: number, q: string): Promise<number[]> {
  const words = searchWords(q);
  if (!words.length) return [];
  // LIKE treats \, % and _ specially: a search means the characters themselves.
  const patterns = words.map((word) => `%${word.replace(/[\\%_]/g, "\\$&")}%`);
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH documents AS (
      SELECT p.id, translate(lower(regexp_replace(concat_ws(' ',
          p.code, p.title_ar, p.title_fr, p.description_ar, p.description_fr,
          (SELECT string_agg(concat_ws(' ', d.name_ar, d.name_fr), ' ')
             FROM project_douars pd JOIN douars d ON d.id = pd.douar_id WHERE pd.project_id = p.id)
        ), ${SEARCH_MARKS}, '', 'g')), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO}) AS document
      FROM projects p
      WHERE p.programme_id = ${programmeId}
    )
    SELECT id FROM documents
    WHERE ${Prisma.join(patterns.map((pattern) => Prisma.sql`document LIKE ${pattern}`), " AND ")}`;
  return rows.map((row) => row.id);
}

export type FilterOptions = { axes: PublicAxis[]; douars: PublicDouar[]; years: number[] };

export type ProjectList = {
  programme: PublicProgramme;
  items: ProjectSummary[];
  total: number;
  page: number;
  pages: number;
  options: FilterOptions;
};

/** One page of the programme's projects matching the filters, with what the filter form offers. */
export async function listProjects(filters: ProjectFilters): Promise<ProjectList | null> {
  const programme = await getCurrentProgramme();
  if (!programme) return null;
  const where: Prisma.ProjectWhereInput = { programmeId: programme.id };
  if (filters.axis !== undefined) where.axis = { number: filters.axis };
  if (filters.douar) where.douars = { some: { douar: { slug: filters.douar } } };
  if (filters.status) where.status = filters.status;
  if (filters.competence) where.competence = filters.competence;
  // A project runs in a year when the year falls within its start and end years.
  if (filters.year !== undefined) Object.assign(where, { startYear: { lte: filters.year }, endYear: { gte: filters.year } });
  if (filters.q) where.id = { in: await searchProjectIds(programme.id, filters.q) };

  const page = (n: number) =>
    db.project.findMany({ where, select: PROJECT_SUMMARY_SELECT, orderBy: PROJECT_ORDER, skip: (n - 1) * PROJECTS_PAGE_SIZE, take: PROJECTS_PAGE_SIZE });
  const [firstTry, total, axes, douars] = await Promise.all([
    page(filters.page),
    db.project.count({ where }),
    db.planAxis.findMany({ where: { projects: { some: { programmeId: programme.id } } }, select: AXIS_SELECT, orderBy: { number: "asc" } }),
    db.douar.findMany({ select: DOUAR_SELECT, orderBy: { slug: "asc" } }),
  ]);
  const pages = pageCount(total, PROJECTS_PAGE_SIZE);
  // A page past the end (an old link after projects were removed) shows the last page.
  const current = Math.min(filters.page, pages);
  const rows = current === filters.page ? firstTry : await page(current);
  const latest = await latestFigures({ projectIds: rows.map((r) => r.id) });
  const years = Array.from({ length: programme.endYear - programme.startYear + 1 }, (_, i) => programme.startYear + i);
  return { programme, items: withFigures(rows, latest), total, page: current, pages, options: { axes, douars, years } };
}

/** A project code as it may appear in a URL: letters, digits, dot, dash, underscore. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Everything public about one project; null for an unknown or malformed code. */
export const getProjectByCode = cache(async (rawCode: string) => {
  let code = rawCode;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    return null;
  }
  if (!CODE.test(code)) return null;
  const project = await db.project.findFirst({
    // Codes are written in capitals ("A1-01"); a typed "a1-01" finds the project too.
    where: { code: { in: [...new Set([code, code.toUpperCase()])] } },
    orderBy: { code: "asc" },
    select: {
      ...PROJECT_SUMMARY_SELECT,
      descriptionAr: true,
      descriptionFr: true,
      responsibleService: true,
      constraintsAr: true,
      constraintsFr: true,
      solutionsAr: true,
      solutionsFr: true,
      updatedAt: true,
      programme: { select: { startYear: true, endYear: true, titleAr: true, titleFr: true } },
      activity: { select: { position: true, textAr: true, textFr: true } },
      fundingLines: { select: { id: true, partner: true, amountMad: true, agreementRef: true }, orderBy: [{ amountMad: "desc" }, { id: "asc" }] },
      partners: { select: { association: { select: { id: true, name: true } } }, orderBy: { association: { name: "asc" } } },
      milestones: { select: { id: true, position: true, titleAr: true, titleFr: true, dueOn: true, doneOn: true }, orderBy: { position: "asc" } },
      indicators: {
        select: {
          id: true, nameAr: true, nameFr: true, unitAr: true, unitFr: true, baseline: true, target: true,
          values: { select: { year: true, value: true }, orderBy: { year: "asc" } },
        },
        orderBy: { id: "asc" },
      },
      updates: {
        select: {
          id: true, recordedAt: true, physicalPercent: true, financialPercent: true, committedMad: true, spentMad: true,
          noteAr: true, noteFr: true,
          evidence: { select: { id: true, kind: true, mimeType: true, bytes: true, captionAr: true, captionFr: true, withdrawnAt: true, withdrawnReason: true }, orderBy: { id: "asc" } },
        },
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        // The history shown on the page; the open data has every project's current figures.
        take: 100,
      },
    },
  });
  if (!project) return null;
  const { douars, updates, ...rest } = project;
  const latest = updates[0];
  return {
    ...rest,
    douars: douars.map((d) => d.douar),
    updates,
    latest: latest
      ? { recordedAt: latest.recordedAt, physicalPercent: latest.physicalPercent, financialPercent: latest.financialPercent, committedMad: latest.committedMad, spentMad: latest.spentMad }
      : null,
  };
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectByCode>>>;

const OPEN_DATA_SELECT = {
  ...PROJECT_SUMMARY_SELECT,
  descriptionAr: true,
  descriptionFr: true,
  responsibleService: true,
  updatedAt: true,
  fundingLines: { select: { partner: true, amountMad: true }, orderBy: [{ amountMad: "desc" }, { id: "asc" }] },
  partners: { select: { association: { select: { name: true } } }, orderBy: { association: { name: "asc" } } },
} satisfies Prisma.ProjectSelect;

export type OpenDataProject = Omit<Prisma.ProjectGetPayload<{ select: typeof OPEN_DATA_SELECT }>, "douars"> & {
  douars: PublicDouar[];
  latest: LatestFigures | null;
};

/** Every project of the current programme, with what the open data publishes (lib/programme/open-data.ts). */
export async function getOpenDataProjects(): Promise<{ programme: PublicProgramme; projects: OpenDataProject[] } | null> {
  const programme = await getCurrentProgramme();
  if (!programme) return null;
  const [rows, latest] = await Promise.all([
    db.project.findMany({ where: { programmeId: programme.id }, select: OPEN_DATA_SELECT, orderBy: PROJECT_ORDER }),
    latestFigures({ programmeId: programme.id }),
  ]);
  return {
    programme,
    projects: rows.map(({ douars, ...row }) => ({ ...row, douars: douars.map((d) => d.douar), latest: latest.get(row.id) ?? null })),
  };
}

export const PROGRESS_OPEN_COLUMNS = ["update_id", "project_code", "recorded_at", "physical_percent", "financial_percent", "committed_mad", "spent_mad", "note_ar", "note_fr"] as const;
export type ProgressOpenRow = Record<(typeof PROGRESS_OPEN_COLUMNS)[number], string | number | null>;

/** The current programme's progress history as open data, one update per row, without its author (issue 10). */
export async function listOpenProgressUpdates({ afterId, take }: { afterId: number; take: number }): Promise<ProgressOpenRow[]> {
  const programme = await getCurrentProgramme();
  if (!programme) return [];
  const updates = await db.progressUpdate.findMany({
    where: { id: { gt: afterId }, project: { programmeId: programme.id } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, recordedAt: true, physicalPercent: true, financialPercent: true, committedMad: true, spentMad: true, noteAr: true, noteFr: true, project: { select: { code: true } } },
  });
  return updates.map((u) => ({
    update_id: u.id, project_code: u.project.code, recorded_at: u.recordedAt.toISOString(), physical_percent: u.physicalPercent, financial_percent: u.financialPercent,
    committed_mad: u.committedMad, spent_mad: u.spentMad, note_ar: u.noteAr, note_fr: u.noteFr,
  }));
}
