// The public library's pieces: the search and filter form (plain GET, works without JavaScript)
// and one document in a list.
import { getFormatter, getTranslations } from "next-intl/server";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/rules";
import type { LibraryFilters } from "@/lib/documents/schemas";
import type { DocumentCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";

const field = "block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2";

export async function LibrarySearch({ filters, years }: { filters: LibraryFilters; years: number[] }) {
  const t = await getTranslations("Documents");
  return (
    <section aria-labelledby="library-search" className="no-print rounded-card border border-divider bg-surface p-4">
      <h2 id="library-search" className="text-xl">{t("searchLabel")}</h2>
      <form method="get" role="search" aria-labelledby="library-search" className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="library-q" className="block font-bold">{t("searchLabel")}</label>
          <input id="library-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} aria-describedby="library-q-hint" className={field} />
          <p id="library-q-hint" className="text-sm text-muted">{t("searchHint")}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="library-category" className="block font-bold">{t("category")}</label>
          <select id="library-category" name="category" defaultValue={filters.category ?? ""} className={field}>
            <option value="">{t("allCategories")}</option>
            {DOCUMENT_CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>{t(`categories.${c.value}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="library-year" className="block font-bold">{t("year")}</label>
          <select id="library-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className={field}>
            <option value="">{t("allYears")}</option>
            {years.map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="min-h-12 rounded-md bg-brand px-5 font-bold text-white hover:bg-brand-dark">{t("searchSubmit")}</button>
        </div>
      </form>
    </section>
  );
}

type ListedDocument = {
  id: number; category: DocumentCategory; titleAr: string; titleFr: string; summaryAr: string; summaryFr: string;
  documentDate: Date; publishedAt: Date | null;
};

export async function DocumentCard({ document, locale }: { document: ListedDocument; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Documents"), getFormatter()]);
  return (
    <article className="space-y-2 rounded-card border border-divider bg-surface p-4">
      <p className="text-sm font-bold text-brand-dark">{t(`categories.${document.category}`)}</p>
      <h3 className="text-lg">
        <Link href={`/information/documents/${document.id}`}>{localized(locale, document.titleAr, document.titleFr)}</Link>
      </h3>
      <p className="line-clamp-3">{localized(locale, document.summaryAr, document.summaryFr)}</p>
      <p className="text-sm text-muted">
        {t("documentDate")}: {format.dateTime(document.documentDate, "long")}
        {document.publishedAt && <> · {t("publishedOn", { date: format.dateTime(document.publishedAt, "long") })}</>}
      </p>
    </article>
  );
}
