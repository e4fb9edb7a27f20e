// The programme as open data (design.md §8; law 31.13 art. 10 proactive publication, art. 6 re-use):
// one row per project, the same fields in CSV and JSON, described column by column on the data
// dictionary page (app/[locale]/(public)/programme/data). Pure functions: the route handler
// (app/api/open/programme/route.ts) fetches the rows and calls them.
//
// No personal data: no author of an update, no e-mail, no name of a person (only organisations:
// funding partners and partner associations).
import { TIME_ZONE } from "@/lib/i18n/config";
import type { CellValue } from "@/lib/csv";

export const OPEN_DATA_FORMATS = ["csv", "json"] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** Where the files are served (app/api/open/programme/route.ts; not localized). */
export function openDataUrl(format: OpenDataFormat): string {
  return `/api/open/programme?format=${format}`;
}

export type ColumnType = "text" | "integer" | "boolean" | "date" | "datetime" | "code" | "list" | "url";

/** The columns, in order. Their meaning is in messages (Programme.data.columns.<key>). */
export const OPEN_DATA_COLUMNS = [
  { key: "code", type: "text" },
  { key: "title_ar", type: "text" },
  { key: "title_fr", type: "text" },
  { key: "description_ar", type: "text" },
  { key: "description_fr", type: "text" },
  { key: "axis_number", type: "integer" },
  { key: "axis_title_ar", type: "text" },
  { key: "axis_title_fr", type: "text" },
  { key: "status", type: "code" },
  { key: "status_reason_ar", type: "text" },
  { key: "status_reason_fr", type: "text" },
  { key: "competence", type: "code" },
  { key: "gender_tag", type: "code" },
  { key: "start_year", type: "integer" },
  { key: "end_year", type: "integer" },
  { key: "priority_rank", type: "integer" },
  { key: "whole_commune", type: "boolean" },
  { key: "douars", type: "list" },
  { key: "douar_names_ar", type: "list" },
  { key: "douar_names_fr", type: "list" },
  { key: "estimated_cost_mad", type: "integer" },
  { key: "physical_percent", type: "integer" },
  { key: "financial_percent", type: "integer" },
  { key: "committed_mad", type: "integer" },
  { key: "spent_mad", type: "integer" },
  { key: "figures_date", type: "date" },
  { key: "funding_mad", type: "integer" },
  { key: "funding_partners", type: "list" },
  { key: "partner_associations", type: "list" },
  { key: "responsible_service", type: "text" },
  { key: "is_demo", type: "boolean" },
  { key: "updated_at", type: "datetime" },
  { key: "url", type: "url" },
] as const satisfies readonly { key: string; type: ColumnType }[];

export type ColumnKey = (typeof OPEN_DATA_COLUMNS)[number]["key"];
export type OpenDataRow = Record<ColumnKey, CellValue>;

/** What open-data.ts needs of a project (lib/programme/queries.ts getOpenDataProjects gives it). */
export type OpenDataSource = {
  code: string;
  titleAr: string;
  titleFr: string;
  descriptionAr: string;
  descriptionFr: string;
  axis: { number: number; titleAr: string; titleFr: string };
  status: string;
  statusReasonAr: string | null;
  statusReasonFr: string | null;
  competence: string;
  genderTag: string;
  startYear: number;
  endYear: number;
  priorityRank: number | null;
  wholeCommune: boolean;
  douars: { slug: string; nameAr: string; nameFr: string }[];
  estimatedCostMad: number | null;
  latest: { recordedAt: Date; physicalPercent: number; financialPercent: number; committedMad: number | null; spentMad: number | null } | null;
  fundingLines: { partner: string; amountMad: number }[];
  partners: { association: { name: string } }[];
  responsibleService: string | null;
  isDemo: boolean;
  updatedAt: Date;
};

/** A calendar date (YYYY-MM-DD) as it was in Morocco at that instant. */
export function moroccanDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The open-data row of one project; `projectUrl` is the address of its public page. */
export function openDataRow(project: OpenDataSource, projectUrl: string): OpenDataRow {
  const funding = project.fundingLines.reduce((sum, line) => sum + line.amountMad, 0);
  return {
    code: project.code,
    title_ar: project.titleAr,
    title_fr: project.titleFr,
    description_ar: project.descriptionAr,
    description_fr: project.descriptionFr,
    axis_number: project.axis.number,
    axis_title_ar: project.axis.titleAr,
    axis_title_fr: project.axis.titleFr,
    status: project.status,
    status_reason_ar: project.statusReasonAr,
    status_reason_fr: project.statusReasonFr,
    competence: project.competence,
    gender_tag: project.genderTag,
    start_year: project.startYear,
    end_year: project.endYear,
    priority_rank: project.priorityRank,
    whole_commune: project.wholeCommune,
    douars: project.douars.map((d) => d.slug),
    douar_names_ar: project.douars.map((d) => d.nameAr),
    douar_names_fr: project.douars.map((d) => d.nameFr),
    estimated_cost_mad: project.estimatedCostMad,
    physical_percent: project.latest?.physicalPercent ?? null,
    financial_percent: project.latest?.financialPercent ?? null,
    committed_mad: project.latest?.committedMad ?? null,
    spent_mad: project.latest?.spentMad ?? null,
    figures_date: project.latest ? moroccanDate(project.latest.recordedAt) : null,
    funding_mad: project.fundingLines.length ? funding : null,
    funding_partners: [...new Set(project.fundingLines.map((line) => line.partner))],
    partner_associations: project.partners.map((p) => p.association.name),
    responsible_service: project.responsibleService,
    is_demo: project.isDemo,
    updated_at: project.updatedAt.toISOString(),
    url: projectUrl,
  };
}

export type OpenDataProgramme = { startYear: number; endYear: number; titleAr: string; titleFr: string };

/** The JSON document: the programme, when it was produced, and the same rows as the CSV. */
export function toJson(programme: OpenDataProgramme, rows: readonly OpenDataRow[], { generatedAt, source, dictionary }: { generatedAt: Date; source: string; dictionary: string }) {
  return {
    dataset: "action-programme",
    programme: { start_year: programme.startYear, end_year: programme.endYear, title_ar: programme.titleAr, title_fr: programme.titleFr },
    generated_at: generatedAt.toISOString(),
    source,
    dictionary,
    columns: OPEN_DATA_COLUMNS.map((c) => c.key),
    projects: rows,
  };
}

/** The download's file name, e.g. programme-2022-2027.csv. */
export function openDataFilename(programme: Pick<OpenDataProgramme, "startYear" | "endYear">, format: OpenDataFormat): string {
  return `programme-${programme.startYear}-${programme.endYear}.${format}`;
}
