import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultGroups, SearchForm, TypeCounts } from "@/components/search/results";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/forms/pagination";
import { pageLocale } from "@/lib/i18n/page";
import { searchPortal } from "@/lib/search/queries";
import { parseSearchFilters, SEARCH_PAGE_SIZE, searchQuery } from "@/lib/search/schemas";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await pageLocale(params);
  const filters = parseSearchFilters(await searchParams);
  const [t, results] = await Promise.all([getTranslations("Search"), searchPortal(filters)]);
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      <SearchForm filters={filters} />
      {!filters.q ? (
        <p>{t("noQuery")}</p>
      ) : (
        <section aria-labelledby="search-results" className="space-y-4">
          <h2 id="search-results" className="text-xl" data-testid="search-total">{t("results", { count: results.total, q: filters.q })}</h2>
          <TypeCounts filters={filters} results={results} />
          {results.hits.length === 0 ? <p>{t("empty")}</p> : <ResultGroups results={results} locale={locale} q={filters.q} />}
          <Pagination pathname="/search" page={filters.page} pages={pageCount(results.total, SEARCH_PAGE_SIZE)} query={searchQuery(filters, { page: 1 })} />
        </section>
      )}
    </div>
  );
}
