// A list of topics with filters (category, status, douar) and search: a GET form, so that it
// works without JavaScript and every filtered list has its own address.
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { TopicFilters, TopicListItem } from "@/lib/forum/queries";
import { TOPIC_STATUSES } from "@/lib/forum/rules";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { TopicStatusBadge } from "./status-badge";

type Choice = { id: number; nameAr: string; nameFr: string };

type Props = {
  locale: Locale;
  pathname: string;
  filters: TopicFilters;
  result: { total: number; pages: number; topics: TopicListItem[] };
  categories: Choice[];
  /** Omitted on a douar's own page, where the douar is fixed. */
  douars?: Choice[];
};

const fieldClass = "block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2";

export async function TopicList({ locale, pathname, filters, result, categories, douars }: Props) {
  const [t, format] = await Promise.all([getTranslations("Forum"), getFormatter()]);
  const query: Record<string, string> = Object.fromEntries(
    Object.entries({ douar: douars ? String(filters.douar ?? "") : "", category: String(filters.category ?? ""), status: filters.status ?? "", q: filters.q }).filter(([, v]) => v),
  );
  return (
    <div className="space-y-5">
      <form method="get" action={localizedPath(locale, pathname)} role="search" aria-label={t("list.filters")} className="grid gap-4 rounded-card border border-divider bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block font-bold">{t("list.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} maxLength={100} className={fieldClass} />
        </div>
        {douars && (
          <div className="space-y-1">
            <label htmlFor="filter-douar" className="block font-bold">{t("list.douar")}</label>
            <select id="filter-douar" name="douar" defaultValue={filters.douar === null ? "" : String(filters.douar)} className={fieldClass}>
              <option value="">{t("list.allDouars")}</option>
              <option value="commune">{t("communeSpace")}</option>
              {douars.map((d) => <option key={d.id} value={d.id}>{localized(locale, d.nameAr, d.nameFr)}</option>)}
            </select>
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor="filter-category" className="block font-bold">{t("list.category")}</label>
          <select id="filter-category" name="category" defaultValue={filters.category ?? ""} className={fieldClass}>
            <option value="">{t("list.allCategories")}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{localized(locale, c.nameAr, c.nameFr)}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block font-bold">{t("list.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
            <option value="">{t("list.allStatuses")}</option>
            {TOPIC_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="min-h-12 rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">{t("list.apply")}</button>
        </div>
      </form>

      <p role="status">{t("list.count", { count: result.total })}</p>
      {result.topics.length > 0 && (
        <ul className="space-y-3">
          {result.topics.map((topic) => (
            <li key={topic.id}>
              <article className="space-y-2 rounded-card border border-divider bg-surface p-4">
                <h3 className="text-lg">
                  <Link href={`/forum/topics/${topic.id}`} dir="auto">{topic.title}</Link>
                </h3>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <TopicStatusBadge status={topic.status} />
                  <span>{localized(locale, topic.category.nameAr, topic.category.nameFr)}</span>
                  <span>· {topic.douar ? localized(locale, topic.douar.nameAr, topic.douar.nameFr) : t("communeSpace")}</span>
                  <span>· {format.dateTime(topic.createdAt, "long")}</span>
                </p>
                <p className="text-sm text-muted">
                  {t("list.supporters", { count: topic._count.supports })} · {t("list.replies", { count: topic._count.posts })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname={pathname} page={filters.page} pages={result.pages} query={query} />
    </div>
  );
}
