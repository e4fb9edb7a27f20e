import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchivedRequestCard, ArchiveFilterForm } from "@/components/information/archive";
import { Pagination } from "@/components/ui/pagination";
import { pageCount } from "@/lib/forms/pagination";
import { ARCHIVE_PAGE_SIZE, archiveYears, listArchive } from "@/lib/information/archive";
import { ArchiveFiltersSchema } from "@/lib/information/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/information/archive">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.archive" });
  return { title: t("title") };
}

export default async function InformationArchivePage({ params, searchParams }: PageProps<"/[locale]/information/archive">) {
  await pageLocale(params);
  const query = await searchParams;
  const filters = ArchiveFiltersSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, list, years] = await Promise.all([getTranslations("Information.archive"), listArchive(filters), archiveYears()]);
  const linkQuery = Object.fromEntries(
    Object.entries({ category: filters.category, year: filters.year?.toString(), outcome: filters.outcome }).filter((e): e is [string, string] => !!e[1]),
  );
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      <ArchiveFilterForm filters={filters} years={years} />
      <section aria-labelledby="archive-results" className="space-y-4">
        <h2 id="archive-results" className="text-xl" data-testid="archive-count">{t("results", { count: list.total })}</h2>
        {list.requests.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="archive-list">
            {list.requests.map((request) => <li key={request.id}><ArchivedRequestCard request={request} /></li>)}
          </ul>
        )}
        <Pagination pathname="/information/archive" page={filters.page} pages={pageCount(list.total, ARCHIVE_PAGE_SIZE)} query={linkQuery} />
      </section>
      <p><Link href="/information/request">{t("ask")}</Link></p>
    </div>
  );
}
