// The library as open data and as an Atom feed (law 31.13 art. 10: publish by electronic means,
// including open-data portals; art. 6: re-use citing source and date). Pure functions: the route
// handlers (app/api/open/documents, app/api/feeds/documents) fetch the rows and call them. No
// personal data: no uploader, no checker, only what the public page shows.
import { moroccanDate } from "@/lib/programme/open-data";
import type { DocumentCategory, DocumentFormat } from "@/lib/generated/prisma/enums";

export const DOCUMENT_COLUMNS = [
  "id", "category", "title_ar", "title_fr", "summary_ar", "summary_fr", "document_date", "period_from", "period_to",
  "source_service_ar", "source_service_fr", "published_at", "version", "format", "bytes", "page_url", "file_url",
] as const;
type Column = (typeof DOCUMENT_COLUMNS)[number];
export type DocumentRow = Record<Column, string | number | null>;

export type OpenDocument = {
  id: number; category: DocumentCategory; titleAr: string; titleFr: string; summaryAr: string; summaryFr: string;
  documentDate: Date; periodFrom: Date | null; periodTo: Date | null; sourceServiceAr: string; sourceServiceFr: string;
  publishedAt: Date | null; updatedAt: Date;
  versions: { id: number; number: number; format: DocumentFormat; bytes: number }[];
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** `url(path)` makes an absolute address of a path of the portal. */
export function documentRow(d: OpenDocument, url: (path: string) => string): DocumentRow {
  const current = d.versions[0];
  return {
    id: d.id, category: d.category.toLowerCase(), title_ar: d.titleAr, title_fr: d.titleFr, summary_ar: d.summaryAr, summary_fr: d.summaryFr,
    document_date: day(d.documentDate), period_from: day(d.periodFrom), period_to: day(d.periodTo),
    source_service_ar: d.sourceServiceAr, source_service_fr: d.sourceServiceFr,
    published_at: d.publishedAt ? moroccanDate(d.publishedAt) : null,
    version: current?.number ?? null, format: current?.format.toLowerCase() ?? null, bytes: current?.bytes ?? null,
    page_url: url(`/information/documents/${d.id}`), file_url: current ? url(`/api/files/documents/${current.id}`) : null,
  };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An Atom 1.0 feed of the newest publications, in one language. */
export function documentsAtom(
  documents: readonly Omit<OpenDocument, "versions">[],
  { locale, title, selfUrl, url, now }: { locale: "ar" | "fr"; title: string; selfUrl: string; url: (path: string) => string; now: Date },
): string {
  const updated = documents.reduce((latest, d) => Math.max(latest, (d.publishedAt ?? d.updatedAt).getTime()), 0);
  const entries = documents.map((d) => {
    const link = url(`/information/documents/${d.id}`);
    return [
      "  <entry>",
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(locale === "ar" ? d.titleAr : d.titleFr)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <published>${(d.publishedAt ?? d.updatedAt).toISOString()}</published>`,
      `    <updated>${(d.publishedAt ?? d.updatedAt).toISOString()}</updated>`,
      `    <summary>${escapeXml(locale === "ar" ? d.summaryAr : d.summaryFr)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url("/information"))}"/>`,
    `  <updated>${new Date(updated || now.getTime()).toISOString()}</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** Where the listing is served (app/api/open/documents; not localized). */
export function documentsOpenDataUrl(format: "csv" | "json"): string {
  return `/api/open/documents?format=${format}`;
}

/** Where the feed is served (app/api/feeds/documents), in one language. */
export function documentsFeedUrl(lang: "ar" | "fr"): string {
  return lang === "fr" ? "/api/feeds/documents?lang=fr" : "/api/feeds/documents";
}
