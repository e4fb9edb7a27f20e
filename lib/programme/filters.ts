// The project list's search parameters (/programme/projects?axis=2&douar=ez-zaouia&status=DELAYED…).
// A GET form writes them, so people can bookmark and share a filtered list. Anything odd (a
// wrong type, an unknown value, a repeated parameter, an empty field) reads as "no filter": a
// hand-edited URL never answers 500.
import { z } from "zod";
import { parsePage } from "@/lib/forms/pagination";
import type { ProjectStatusValue } from "./rules";

export const PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS", "DELAYED", "COMPLETED", "CANCELLED"] as const satisfies readonly ProjectStatusValue[];
export const COMPETENCES = ["OWN", "SHARED", "TRANSFERRED"] as const;
export type CompetenceValue = (typeof COMPETENCES)[number];

/** Longest search people may type; longer text is cut, not refused. */
export const SEARCH_MAX_LENGTH = 100;

export type ProjectFilters = {
  axis?: number;
  douar?: string;
  status?: ProjectStatusValue;
  year?: number;
  competence?: CompetenceValue;
  q?: string;
  page: number;
};

// Repeated parameters (?axis=1&axis=2) arrive as arrays: the first one counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

const FiltersSchema = z.object({
  axis: optional(z.coerce.number().int().min(1).max(99)),
  douar: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80)),
  status: optional(z.string().trim().toUpperCase().pipe(z.enum(PROJECT_STATUSES))),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  competence: optional(z.string().trim().toUpperCase().pipe(z.enum(COMPETENCES))),
  q: optional(
    z
      .string()
      // Control characters and runs of spaces say nothing; an over-long query is cut.
      .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, SEARCH_MAX_LENGTH).trim())
      .pipe(z.string().min(1)),
  ),
});

/** Reads the list's search parameters; never throws. */
export function parseProjectFilters(searchParams: Record<string, string | string[] | undefined> | undefined | null): ProjectFilters {
  const params = searchParams && typeof searchParams === "object" ? searchParams : {};
  const parsed = FiltersSchema.safeParse(params);
  const filters: ProjectFilters = { ...(parsed.success ? parsed.data : {}), page: parsePage(params.page) };
  // Drop the keys that read as "no filter", so that the object is also the URL's query.
  for (const key of Object.keys(filters) as (keyof ProjectFilters)[]) if (filters[key] === undefined) delete filters[key];
  return filters;
}

/** True when at least one filter (not the page) is set. */
export function hasFilters(filters: ProjectFilters): boolean {
  return filters.axis !== undefined || filters.douar !== undefined || filters.status !== undefined ||
    filters.year !== undefined || filters.competence !== undefined || filters.q !== undefined;
}

/** The filters as a URL query (strings only, empty ones left out), e.g. for pagination links. */
export function filtersToQuery(filters: ProjectFilters, { page = false } = {}): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.axis !== undefined) query.axis = String(filters.axis);
  if (filters.douar) query.douar = filters.douar;
  if (filters.status) query.status = filters.status;
  if (filters.year !== undefined) query.year = String(filters.year);
  if (filters.competence) query.competence = filters.competence;
  if (filters.q) query.q = filters.q;
  if (page && filters.page > 1) query.page = String(filters.page);
  return query;
}

// Search folds what people type differently into one form, in the query (foldForSearch) and in the
// SQL (queries.ts applies the same three steps): Arabic short vowels and tatweel are dropped, the
// hamza forms of alef, alef maqsura and taa marbuta are read as their bare letters, and Latin text
// is lower-cased without accents. "ecole" finds "École", "مدرسة" finds "مدرسه" and "أشغال" "اشغال".
/** Arabic harakat, tanwin, shadda, sukun, superscript alef and tatweel. */
export const SEARCH_MARKS = "[\u064B-\u065F\u0670\u0640]";
export const SEARCH_FOLD_FROM = "أإآٱىةàâäáãéèêëíìîïóòôöõúùûüçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑ";
export const SEARCH_FOLD_TO = "اااايهaaaaaeeeeiiiiooooouuuucnaaaaaeeeeiiiiooooouuuucn";

const FOLD = new Map([...SEARCH_FOLD_FROM].map((char, index) => [char, SEARCH_FOLD_TO[index]!]));
const MARKS = new RegExp(SEARCH_MARKS, "g");

export function foldForSearch(text: string): string {
  return [...text.replace(MARKS, "").toLowerCase()].map((char) => FOLD.get(char) ?? char).join("");
}

/** The words of a search, folded; at most eight (each must appear in the project). */
export function searchWords(q: string): string[] {
  return [...new Set(foldForSearch(q).split(/\s+/).filter(Boolean))].slice(0, 8);
}
