// The search page's pieces: the form (plain GET, works without JavaScript), the counts per type
// (links that filter to one type), and the results grouped by type with highlighted excerpts.
// Excerpts are segments rendered as text and <mark>, never HTML (lib/search/highlight.ts).
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { excerpt, type Segment } from "@/lib/search/highlight";
import type { SearchHit, SearchResults } from "@/lib/search/queries";
import { MAX_QUERY_LENGTH, SEARCH_TYPES, searchQuery, type SearchFilters, type SearchType } from "@/lib/search/schemas";

const field = "block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2";
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";

export async function SearchForm({ filters }: { filters: SearchFilters }) {
  const t = await getTranslations("Search");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="no-print grid gap-4 rounded-card border border-divider bg-surface p-4 md:grid-cols-2">
      <div className="space-y-1 md:col-span-2">
        <label htmlFor="search-q" className="block font-bold">{t("queryLabel")}</label>
        <input id="search-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} defaultValue={filters.q} aria-describedby="search-q-hint" className={field} />
        <p id="search-q-hint" className="text-sm text-muted">{t("queryHint")}</p>
      </div>
      <fieldset className="space-y-2 md:col-span-2">
        <legend className="font-bold">{t("types")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {SEARCH_TYPES.map((type) => (
            <label key={type} className="inline-flex min-h-12 items-center gap-2">
              <input type="checkbox" name="type" value={type} defaultChecked={filters.types.includes(type)} className="h-5 w-5" />
              {t(`type.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="search-from" className="block font-bold">{t("from")}</label>
        <input id="search-from" name="from" type="date" defaultValue={day(filters.from)} aria-describedby="search-date-hint" className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="search-to" className="block font-bold">{t("to")}</label>
        <input id="search-to" name="to" type="date" defaultValue={day(filters.to)} aria-describedby="search-date-hint" className={field} />
      </div>
      <p id="search-date-hint" className="text-sm text-muted md:col-span-2">{t("dateHint")}</p>
      <div>
        <button type="submit" className="min-h-12 cursor-pointer rounded-md bg-brand px-5 font-bold text-white hover:bg-brand-dark">{t("submit")}</button>
      </div>
    </form>
  );
}

export async function TypeCounts({ filters, results }: { filters: SearchFilters; results: SearchResults }) {
  const t = await getTranslations("Search");
  const item = "inline-flex min-h-12 items-center gap-2 rounded-md border border-divider px-4 no-underline";
  const current = (types: SearchType[]) => types.length === filters.types.length && types.every((type) => filters.types.includes(type));
  const all = SEARCH_TYPES.reduce((sum, type) => sum + results.counts[type], 0);
  return (
    <nav aria-label={t("byType")} className="no-print">
      <ul className="flex flex-wrap gap-2" data-testid="search-counts">
        <li>
          <Link href={{ pathname: "/search", query: searchQuery(filters, { types: [], page: 1 }) }} aria-current={current([]) ? "page" : undefined} className={`${item} aria-[current=page]:bg-brand aria-[current=page]:text-white`}>
            {t("allTypes")} <span className="font-bold">({all})</span>
          </Link>
        </li>
        {SEARCH_TYPES.map((type) => (
          <li key={type}>
            <Link href={{ pathname: "/search", query: searchQuery(filters, { types: [type], page: 1 }) }} aria-current={current([type]) ? "page" : undefined} className={`${item} aria-[current=page]:bg-brand aria-[current=page]:text-white`} data-type={type}>
              {t(`type.${type}`)} <span className="font-bold">({results.counts[type]})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Excerpt({ segments, inline = false }: { segments: Segment[]; inline?: boolean }) {
  if (segments.length === 0) return null;
  const Tag = inline ? "span" : "p";
  return (
    <Tag className={inline ? undefined : "text-ink"}>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index} className="rounded-sm bg-warning-soft px-0.5 font-bold text-ink">{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </Tag>
  );
}

async function Hit({ hit, locale, q }: { hit: SearchHit; locale: Locale; q: string }) {
  const [t, format] = await Promise.all([getTranslations("Search"), getFormatter()]);
  const title = localized(locale, hit.titleAr, hit.titleFr);
  return (
    <article className="space-y-1 rounded-card border border-divider bg-surface p-4" data-testid="search-hit" data-type={hit.type}>
      <h3 className="text-lg">
        <Link href={hit.path}>
          <Excerpt segments={excerpt([title], q, 400)} inline />
        </Link>
      </h3>
      <Excerpt segments={excerpt(locale === "ar-MA" ? hit.textsAr : hit.textsFr, q)} />
      <p className="text-sm text-muted">
        {t(`typeOne.${hit.type}`)}
        {hit.date && <> · {t("date")}: {format.dateTime(hit.date, "long")}</>}
        {hit.fuzzy && <> · {t("fuzzy")}</>}
      </p>
    </article>
  );
}

/** The page's results, grouped by type (groups in the order of their best result). */
export async function ResultGroups({ results, locale, q }: { results: SearchResults; locale: Locale; q: string }) {
  const t = await getTranslations("Search");
  const groups = new Map<SearchType, SearchHit[]>();
  for (const hit of results.hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return (
    <div className="space-y-6">
      {[...groups].map(([type, hits]) => (
        <section key={type} aria-labelledby={`search-group-${type}`} className="space-y-3" data-testid={`search-group-${type}`}>
          <h2 id={`search-group-${type}`} className="text-xl">
            {t(`type.${type}`)} ({results.counts[type]})
          </h2>
          <ul className="space-y-3">
            {hits.map((hit) => (
              <li key={`${hit.type}-${hit.id}`}>
                <Hit hit={hit} locale={locale} q={q} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
