import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getForumStats, OPEN_DATA_COLUMNS } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

/** Served by app/api/open/forum/route.ts (not localized). */
const openDataUrl = (format: "csv" | "json") => `/api/open/forum?format=${format}`;

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/data">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("data.title") };
}

export default async function ForumDataPage({ params }: PageProps<"/[locale]/forum/data">) {
  const locale = await pageLocale(params);
  const [t, format, stats] = await Promise.all([getTranslations("Forum"), getFormatter(), getForumStats()]);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl">{t("data.title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-card border border-divider bg-surface p-4">
          <dt className="text-sm">{t("data.total")}</dt>
          <dd className="text-3xl font-bold">{format.number(stats.total)}</dd>
        </div>
        <div className="rounded-card border border-divider bg-surface p-4">
          <dt className="text-sm">{t("data.resolvedShare")}</dt>
          <dd className="text-3xl font-bold">{format.number(stats.resolvedShare, "percent")}</dd>
        </div>
        <div className="rounded-card border border-divider bg-surface p-4">
          <dt className="text-sm">{t("data.medianFirstAnswer")}</dt>
          <dd className="text-3xl font-bold">
            {stats.medianDaysToFirstAnswer === null ? t("data.none") : t("data.days", { days: format.number(stats.medianDaysToFirstAnswer, { maximumFractionDigits: 1 }) })}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="by-category" className="space-y-3">
        <h2 id="by-category" className="text-2xl">{t("data.byCategory")}</h2>
        <table className="w-full border-collapse">
          <thead>
            <tr className="border-b-2 border-divider text-start">
              <th scope="col" className="p-2 text-start">{t("list.category")}</th>
              <th scope="col" className="p-2 text-end">{t("data.topics")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byCategory.map((c) => (
              <tr key={c.id} className="border-b border-divider">
                <th scope="row" className="p-2 text-start font-normal">{localized(locale, c.nameAr, c.nameFr)}</th>
                <td className="p-2 text-end">{format.number(c.topics)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="open-data" className="space-y-3">
        <h2 id="open-data" className="text-2xl">{t("data.openData")}</h2>
        <p>{t("data.openDataIntro")}</p>
        <ul className="flex flex-wrap gap-3">
          <li><a href={openDataUrl("csv")} download className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4">CSV</a></li>
          <li><a href={openDataUrl("json")} className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4">JSON</a></li>
        </ul>
        <p className="text-sm">{t("data.columns")}: <span dir="ltr">{OPEN_DATA_COLUMNS.join(", ")}</span></p>
      </section>
      <p>
        <Link href="/forum">{t("rules.back")}</Link>
      </p>
    </div>
  );
}
