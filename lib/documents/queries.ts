import "server-only";
// Reads of the document library. Public reads return published documents only; staff reads check
// "documents.publish". Search: PostgreSQL full-text search ("simple" configuration, no stemming)
// over the normalised `search_text` column (./search-text.ts), in Arabic and French alike.
import { getSession, requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryFilters } from "./schemas";
import { normalizeForSearch } from "./search-text";

export const LIBRARY_PAGE_SIZE = 20;

const PUBLIC_DOCUMENT = {
  id: true, category: true, titleAr: true, titleFr: true, summaryAr: true, summaryFr: true, documentDate: true,
  sourceServiceAr: true, sourceServiceFr: true, periodFrom: true, periodTo: true, publishedAt: true, updatedAt: true,
} as const;

const VERSION = { id: true, number: true, format: true, bytes: true, uploadedAt: true } as const;

/** Ids of the published documents whose text contains every word of `query`, best match first. */
async function searchIds(query: string): Promise<number[]> {
  const normalized = normalizeForSearch(query);
  if (!normalized) return [];
  const rows = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT id FROM documents
    WHERE status = 'published' AND to_tsvector('simple', search_text) @@ plainto_tsquery('simple', ${normalized})
    ORDER BY ts_rank(to_tsvector('simple', search_text), plainto_tsquery('simple', ${normalized})) DESC, published_at DESC
    LIMIT 500`);
  return rows.map((r) => r.id);
}

function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** The public library: published documents by category, year of the document and words. */
export async function listPublishedDocuments(filters: LibraryFilters) {
  const ids = filters.q ? await searchIds(filters.q) : null;
  const where: Prisma.DocumentWhereInput = {
    status: "PUBLISHED",
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.year ? { documentDate: yearRange(filters.year) } : {}),
    ...(ids ? { id: { in: ids } } : {}),
  };
  const select = { ...PUBLIC_DOCUMENT, versions: { orderBy: { number: "desc" }, take: 1, select: VERSION } } as const;
  if (ids) {
    // With words, the best matches first: the filters keep some of the ranked ids, the page is cut
    // from those, and only the page's documents are read (not every match: bench/growth.ts).
    const kept = new Set((await db.document.findMany({ where, select: { id: true } })).map((d) => d.id));
    const ranked = ids.filter((id) => kept.has(id));
    const pageIds = ranked.slice((filters.page - 1) * LIBRARY_PAGE_SIZE, filters.page * LIBRARY_PAGE_SIZE);
    const documents = pageIds.length ? await db.document.findMany({ where: { id: { in: pageIds } }, select }) : [];
    return { total: ranked.length, documents: documents.sort((a, b) => pageIds.indexOf(a.id) - pageIds.indexOf(b.id)) };
  }
  const [total, documents] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({ where, select, orderBy: [{ documentDate: "desc" }, { id: "desc" }], skip: (filters.page - 1) * LIBRARY_PAGE_SIZE, take: LIBRARY_PAGE_SIZE }),
  ]);
  return { total, documents };
}

/** The years that have published documents, newest first (the year filter's choices). */
export async function publishedDocumentYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM document_date)::int AS year FROM documents WHERE status = 'published' ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

/** A published document with all its versions, the newest (current) first; null otherwise. */
export async function getPublishedDocument(id: number) {
  return db.document.findFirst({
    where: { id, status: "PUBLISHED" },
    select: { ...PUBLIC_DOCUMENT, versions: { orderBy: { number: "desc" }, select: VERSION } },
  });
}

/** The newest publications, for the Atom feed. */
export async function latestPublications(limit = 30) {
  return db.document.findMany({
    where: { status: "PUBLISHED" },
    select: PUBLIC_DOCUMENT,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** Every published document with its current version, for the open-data listing; `page` reads one batch by id (lib/open-data/stream.ts). */
export async function openDataDocuments(page?: { afterId: number; take: number }) {
  return db.document.findMany({
    where: { status: "PUBLISHED", ...(page ? { id: { gt: page.afterId } } : {}) },
    select: { ...PUBLIC_DOCUMENT, versions: { orderBy: { number: "desc" }, take: 1, select: VERSION } },
    orderBy: page ? { id: "asc" } : [{ publishedAt: "desc" }, { id: "desc" }],
    ...(page ? { take: page.take } : {}),
  });
}

/**
 * A file to download: any version of a published document (superseded ones stay public, issue 7),
 * or of an unpublished one for staff who may publish.
 */
export async function getDownloadableVersion(versionId: number) {
  const version = await db.documentVersion.findUnique({
    where: { id: versionId },
    select: { id: true, number: true, format: true, storageKey: true, document: { select: { id: true, status: true } } },
  });
  if (!version) return null;
  if (version.document.status === "PUBLISHED") return version;
  const user = await getSession();
  return user && can(user.roles, "documents.publish") ? version : null;
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function listDocumentsForStaff() {
  await requirePermission("documents.publish");
  return db.document.findMany({
    select: { id: true, category: true, titleAr: true, titleFr: true, status: true, documentDate: true, publishedAt: true, updatedAt: true, _count: { select: { versions: true } } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
}

export async function getDocumentForStaff(id: number) {
  await requirePermission("documents.publish");
  return db.document.findUnique({
    where: { id },
    include: {
      privacyCheckedBy: { select: { name: true } },
      createdBy: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, select: { ...VERSION, extractedText: true, uploadedBy: { select: { name: true } } } },
    },
  });
}
