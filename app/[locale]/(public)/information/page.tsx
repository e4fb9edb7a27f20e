import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentCard, LibrarySearch } from "@/components/documents/library";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/forms/pagination";
import { LIBRARY_PAGE_SIZE, listPublishedDocuments, publishedDocumentYears } from "@/lib/documents/queries";
import { LibraryFiltersSchema } from "@/lib/documents/schemas";
import { documentsFeedUrl, documentsOpenDataUrl } from "@/lib/documents/open-data";
import { LANGUAGES } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/i18n/page";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/information">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Documents" });
  return { title: t("title"), alternates: { types: { "application/atom+xml": documentsFeedUrl(LANGUAGES[locale]) } } };
}

export default async function InformationPage({ params, searchParams }: PageProps<"/[locale]/information">) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const filters = LibraryFiltersSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, ts, ta, tr, list, years] = await Promise.all([
    getTranslations("Documents"),
    getTranslations("Information.statistics"),
    getTranslations("Information.archive"),
    getTranslations("AuditReports"),
    listPublishedDocuments(filters),
    publishedDocumentYears(),
  ]);
  const linkQuery = Object.fromEntries(
    Object.entries({ q: filters.q, category: filters.category, year: filters.year?.toString() }).filter((e): e is [string, string] => !!e[1]),
  );
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      <LibrarySearch filters={filters} years={years} />
      <section aria-labelledby="library-results" className="space-y-4">
        <h2 id="library-results" className="text-xl" data-testid="library-count">{t("results", { count: list.total })}</h2>
        {list.documents.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="library-list">
            {list.documents.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <Pagination pathname="/information" page={filters.page} pages={pageCount(list.total, LIBRARY_PAGE_SIZE)} query={linkQuery} />
      </section>
      <aside aria-labelledby="library-ask" className="space-y-2 rounded-md border-s-4 border-accent bg-brand-soft p-4">
        <h2 id="library-ask" className="text-xl">{t("askTitle")}</h2>
        <p>{t("askText")}</p>
        <p>
          <Link href="/information/request" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("askForm")}</Link>
        </p>
        <p><Link href="/right-to-information">{t("askLink")}</Link></p>
        <p><Link href="/information/archive">{ta("link")}</Link></p>
        <p><Link href="/information/statistics">{ts("link")}</Link></p>
        <p><Link href="/information/audit-reports">{tr("link")}</Link></p>
      </aside>
      <section aria-labelledby="library-open" className="no-print space-y-2">
        <h2 id="library-open" className="text-xl">{t("openData")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li><a href={documentsOpenDataUrl("csv")} download>{t("openDataCsv")}</a></li>
          <li><a href={documentsOpenDataUrl("json")}>{t("openDataJson")}</a></li>
          <li><a href={documentsFeedUrl(LANGUAGES[locale])}>{t("feed")}</a></li>
        </ul>
      </section>
    </div>
  );
}
