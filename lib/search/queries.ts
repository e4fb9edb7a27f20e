import "server-only";
// Portal-wide search. One SQL statement finds, ranks and counts the matches in every searchable
// table through the generated columns of prisma/migrations/20261129150000_portal_search (full-text
// on `search_vector`, forgiving trigram matching of misspelt titles on `search_title`), applying
// the same visibility rules as each feature's public pages:
// - projects: every project (lib/programme/queries.ts getProjectByCode);
// - petitions: never a draft (lib/petitions/queries.ts PUBLIC);
// - documents: published only (lib/documents/queries.ts);
// - forum topics: never a hidden one (lib/forum/queries.ts VISIBLE);
// - consultations: every consultation, by title and description (the synthesis is not searched);
// - agenda items: once the session's agenda is published, or from the bureau's decision for a
//   petition's item; the decision text only once the session's decisions are published
//   (lib/sessions/queries.ts getPublicSession).
// Then the page's rows are read with their titles and the text for the highlighted excerpt.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryWords } from "./highlight";
import { searchNormalize } from "./normalize";
import { SEARCH_PAGE_SIZE, SEARCH_TYPES, type SearchFilters, type SearchType } from "./schemas";

/** word_similarity() above which a misspelt title still matches (pg_trgm's default for <%). */
export const TITLE_SIMILARITY = 0.6;

export type SearchHit = {
  type: SearchType;
  id: number;
  titleAr: string;
  titleFr: string;
  /** The texts the excerpt may be cut from, in the order to try. */
  textsAr: string[];
  textsFr: string[];
  date: Date | null;
  /** The path (without locale) of the public page. */
  path: string;
  /** True when only the title's spelling was close (no word matched). */
  fuzzy: boolean;
};

export type SearchResults = { counts: Record<SearchType, number>; total: number; hits: SearchHit[] };

const EMPTY_COUNTS = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>;

/** The matching rows of every type: (type, id, rank, day, fuzzy). */
function hitsSql(normalized: string, words: string[]): Prisma.Sql {
  // Every word must be there (AND), in the arabic configuration (stemmed) or the simple one.
  const text = words.join(" ");
  const tsquery = Prisma.sql`(plainto_tsquery('pg_catalog.arabic'::regconfig, ${text}) || plainto_tsquery('pg_catalog.simple'::regconfig, ${text}))`;
  const match = (vector: Prisma.Sql, title: Prisma.Sql) => Prisma.sql`(${vector} @@ ${tsquery} OR ${normalized} <% ${title})`;
  const rank = (vector: Prisma.Sql, title: Prisma.Sql) =>
    Prisma.sql`(ts_rank(${vector}, ${tsquery}) + 0.5 * word_similarity(${normalized}, ${title}))::float8`;
  const fuzzy = (vector: Prisma.Sql) => Prisma.sql`NOT (${vector} @@ ${tsquery})`;
  const p = (c: string) => Prisma.raw(c);

  return Prisma.sql`
    SELECT 'project' AS type, id, ${rank(p("search_vector"), p("search_title"))} AS rank, make_date(start_year, 1, 1) AS day, ${fuzzy(p("search_vector"))} AS fuzzy
      FROM projects WHERE ${match(p("search_vector"), p("search_title"))}
    UNION ALL
    SELECT 'petition', id, ${rank(p("search_vector"), p("search_title"))}, (coalesce(filed_at, created_at) AT TIME ZONE 'Africa/Casablanca')::date, ${fuzzy(p("search_vector"))}
      FROM petitions WHERE status <> 'draft' AND ${match(p("search_vector"), p("search_title"))}
    UNION ALL
    SELECT 'document', id, ${rank(p("search_vector"), p("search_title"))}, document_date, ${fuzzy(p("search_vector"))}
      FROM documents WHERE status = 'published' AND ${match(p("search_vector"), p("search_title"))}
    UNION ALL
    SELECT 'topic', id, ${rank(p("search_vector"), p("search_title"))}, (created_at AT TIME ZONE 'Africa/Casablanca')::date, ${fuzzy(p("search_vector"))}
      FROM forum_topics WHERE hidden_at IS NULL AND ${match(p("search_vector"), p("search_title"))}
    UNION ALL
    SELECT 'consultation', id, ${rank(p("search_vector"), p("search_title"))}, (created_at AT TIME ZONE 'Africa/Casablanca')::date, ${fuzzy(p("search_vector"))}
      FROM consultations WHERE ${match(p("search_vector"), p("search_title"))}
    UNION ALL
    SELECT 'agenda', a.id,
           (ts_rank(a.search_vector, ${tsquery}) + 0.5 * word_similarity(${normalized}, a.search_title)
             + CASE WHEN s.decisions_published_at IS NOT NULL THEN ts_rank(a.decision_vector, ${tsquery}) ELSE 0 END)::float8,
           coalesce(s.starts_on, make_date(s.year, s.month, 1)),
           NOT (a.search_vector @@ ${tsquery} OR (s.decisions_published_at IS NOT NULL AND a.decision_vector @@ ${tsquery}))
      FROM agenda_items a JOIN council_sessions s ON s.id = a.session_id
      WHERE (s.agenda_published_at IS NOT NULL OR a.origin = 'petition')
        AND (${match(Prisma.sql`a.search_vector`, Prisma.sql`a.search_title`)}
             OR (s.decisions_published_at IS NOT NULL AND a.decision_vector @@ ${tsquery}))`;
}

/** Search every public thing; counts are per type (with the date filter, whatever the type filter). */
export async function searchPortal(filters: SearchFilters): Promise<SearchResults> {
  const normalized = searchNormalize(filters.q);
  const words = queryWords(filters.q);
  if (!normalized || words.length === 0) return { counts: { ...EMPTY_COUNTS }, total: 0, hits: [] };

  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  const dates = Prisma.sql`(${day(filters.from)}::date IS NULL OR day >= ${day(filters.from)}::date) AND (${day(filters.to)}::date IS NULL OR day <= ${day(filters.to)}::date)`;
  const types = filters.types.length > 0 ? filters.types : [...SEARCH_TYPES];
  // The <% threshold of this statement's transaction (pg_trgm's setting; the default is 0.6).
  // One statement finds and ranks the matches once, then counts them per type and cuts the page
  // (two statements did the matching twice: with a large commune, over 5 s under load; bench/growth.ts).
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_SIMILARITY)}, true)`,
    db.$queryRaw<({ type: SearchType; count: number; id: null; fuzzy: null; position: null } | { type: SearchType; count: null; id: number; fuzzy: boolean; position: number })[]>`
      WITH hits AS MATERIALIZED (SELECT * FROM (${hitsSql(normalized, words)}) AS matched WHERE ${dates})
      SELECT type, count(*)::int AS count, NULL::int AS id, NULL::boolean AS fuzzy, NULL::int AS position FROM hits GROUP BY type
      UNION ALL
      SELECT type, NULL, id, fuzzy, (row_number() OVER (ORDER BY rank DESC, day DESC NULLS LAST, type, id DESC))::int
      FROM (SELECT * FROM hits WHERE type = ANY(${types}::text[])
            ORDER BY rank DESC, day DESC NULLS LAST, type, id DESC
            LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(filters.page - 1) * SEARCH_PAGE_SIZE}) AS page`,
  ]);

  const counts = { ...EMPTY_COUNTS };
  const pageRows: { type: SearchType; id: number; fuzzy: boolean; position: number }[] = [];
  for (const row of rows) {
    if (row.count !== null) counts[row.type] = row.count;
    else pageRows.push(row);
  }
  pageRows.sort((a, b) => a.position - b.position);
  const total = types.reduce((sum, type) => sum + counts[type], 0);
  const details = await hitDetails(pageRows);
  const hits = pageRows.flatMap((row) => {
    const hit = details.get(`${row.type}:${row.id}`);
    return hit ? [{ ...hit, fuzzy: row.fuzzy }] : [];
  });
  return { counts, total, hits };
}

type Detail = Omit<SearchHit, "fuzzy">;

/** Titles, excerpt texts, dates and links of the page's rows. */
async function hitDetails(rows: { type: SearchType; id: number }[]): Promise<Map<string, Detail>> {
  const ids = (type: SearchType) => rows.filter((r) => r.type === type).map((r) => r.id);
  const details = new Map<string, Detail>();
  const put = (detail: Detail) => details.set(`${detail.type}:${detail.id}`, detail);

  const [projects, petitions, documents, topics, consultations, items] = await Promise.all([
    ids("project").length ? db.project.findMany({ where: { id: { in: ids("project") } }, select: { id: true, code: true, titleAr: true, titleFr: true, descriptionAr: true, descriptionFr: true, startYear: true } }) : [],
    ids("petition").length ? db.petition.findMany({ where: { id: { in: ids("petition") }, status: { not: "DRAFT" } }, select: { id: true, subject: true, reasons: true, objectives: true, filedAt: true, createdAt: true } }) : [],
    ids("document").length ? db.document.findMany({ where: { id: { in: ids("document") }, status: "PUBLISHED" }, select: { id: true, titleAr: true, titleFr: true, summaryAr: true, summaryFr: true, searchText: true, documentDate: true } }) : [],
    ids("topic").length ? db.forumTopic.findMany({ where: { id: { in: ids("topic") }, hiddenAt: null }, select: { id: true, title: true, body: true, createdAt: true } }) : [],
    ids("consultation").length ? db.consultation.findMany({ where: { id: { in: ids("consultation") } }, select: { id: true, titleAr: true, titleFr: true, descriptionAr: true, descriptionFr: true, createdAt: true } }) : [],
    ids("agenda").length ? db.agendaItem.findMany({ where: { id: { in: ids("agenda") } }, select: { id: true, titleAr: true, titleFr: true, decisionText: true, session: { select: { id: true, startsOn: true, year: true, month: true, decisionsPublishedAt: true } } } }) : [],
  ]);
  for (const p of projects) put({ type: "project", id: p.id, titleAr: p.titleAr, titleFr: p.titleFr, textsAr: [p.descriptionAr], textsFr: [p.descriptionFr], date: new Date(Date.UTC(p.startYear, 0, 1)), path: `/programme/projects/${encodeURIComponent(p.code)}` });
  for (const p of petitions) {
    const text = `${p.reasons}\n${p.objectives}`;
    put({ type: "petition", id: p.id, titleAr: p.subject, titleFr: p.subject, textsAr: [text], textsFr: [text], date: p.filedAt ?? p.createdAt, path: `/petitions/${p.id}` });
  }
  // The summary first; the file's words (stored normalised) when the summary has none of them.
  for (const d of documents) put({ type: "document", id: d.id, titleAr: d.titleAr, titleFr: d.titleFr, textsAr: [d.summaryAr, d.searchText], textsFr: [d.summaryFr, d.searchText], date: d.documentDate, path: `/information/documents/${d.id}` });
  for (const t of topics) put({ type: "topic", id: t.id, titleAr: t.title, titleFr: t.title, textsAr: [t.body], textsFr: [t.body], date: t.createdAt, path: `/forum/topics/${t.id}` });
  for (const c of consultations) put({ type: "consultation", id: c.id, titleAr: c.titleAr, titleFr: c.titleFr, textsAr: [c.descriptionAr], textsFr: [c.descriptionFr], date: c.createdAt, path: `/consultations/${c.id}` });
  for (const i of items) {
    const decision = i.session.decisionsPublishedAt ? (i.decisionText ?? "") : "";
    put({ type: "agenda", id: i.id, titleAr: i.titleAr, titleFr: i.titleFr, textsAr: [decision], textsFr: [decision], date: i.session.startsOn ?? new Date(Date.UTC(i.session.year, i.session.month - 1, 1)), path: `/sessions/${i.session.id}` });
  }
  return details;
}
