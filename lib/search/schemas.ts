// The search page's query string (GET /search?q=…&type=…&from=…&to=…&page=…), read leniently:
// anything odd is dropped rather than refused, so a hand-edited link still shows results.
import { z } from "zod";
import { parsePage } from "@/lib/forms/pagination";

export const SEARCH_TYPES = ["project", "petition", "document", "topic", "consultation", "agenda"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

export type SearchFilters = {
  q: string;
  /** Empty: every type. */
  types: SearchType[];
  /** Days (UTC midnight), inclusive. */
  from: Date | null;
  to: Date | null;
  page: number;
};

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).transform((value, ctx) => {
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: "custom", message: "invalid day" });
    return z.NEVER;
  }
  return day;
});

type Params = Record<string, string | string[] | undefined>;

export function parseSearchFilters(params: Params): SearchFilters {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const all = (key: string) => {
    const value = params[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const day = (key: string) => {
    const parsed = DaySchema.safeParse(first(key)?.trim());
    return parsed.success ? parsed.data : null;
  };
  const types = SEARCH_TYPES.filter((type) => all("type").includes(type));
  let from = day("from");
  let to = day("to");
  if (from && to && from > to) [from, to] = [to, from];
  return { q: (first("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH), types, from, to, page: parsePage(first("page")) };
}

/** The query string of a search, for links (pagination, type tabs). */
export function searchQuery(filters: SearchFilters, overrides: Partial<SearchFilters> = {}): Record<string, string | string[]> {
  const f = { ...filters, ...overrides };
  const query: Record<string, string | string[]> = {};
  if (f.q) query.q = f.q;
  if (f.types.length > 0) query.type = f.types;
  if (f.from) query.from = f.from.toISOString().slice(0, 10);
  if (f.to) query.to = f.to.toISOString().slice(0, 10);
  if (f.page > 1) query.page = String(f.page);
  return query;
}
