import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FundedBadge } from "@/components/budget/badges";
import { BarChart } from "@/components/programme/charts";
import { yearParam } from "@/lib/budget/params";
import { getResults } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/budget/[year]/results">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("results.title", { year: (await params).year }) };
}

/** The results: exact counts, the ranking, what is funded (bars and the same figures as a table), and the open data. */
export default async function ResultsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const year = yearParam((await params).year);
  const data = year ? await getResults(year) : null;
  if (!data) notFound();
  const { cycle, results } = data;
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  const money = (value: number) => format.number(value, "money");
  const max = results ? Math.max(1, ...results.ranked.map((p) => p.voteCount ?? 0)) : 1;
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-3">
        <p><Link href={`/budget/${cycle.year}`}>{t("links.backToCycle", { year: String(cycle.year) })}</Link></p>
        <h1 className="text-3xl">{t("results.title", { year: String(cycle.year) })}</h1>
      </header>
      {!results ? (
        <p>{t("results.notYet")}</p>
      ) : (
        <>
          <p className="text-lg" data-testid="results-summary">
            {t("results.summary", { ballots: results.ballots, envelope: money(cycle.envelopeMad), funded: money(results.fundedTotal) })}
          </p>
          <p className="text-sm text-muted">{t("results.published", { date: format.dateTime(cycle.resultsPublishedAt!, "withTime") })}</p>
          <BarChart
            id="budget-results"
            title={t("results.chart")}
            dir={locale === "ar-MA" ? "rtl" : "ltr"}
            max={max}
            labelHeader={t("results.project")}
            valueHeader={t("results.votes")}
            extraColumns={[t("results.rank"), t("results.cost"), t("results.outcome")]}
            rows={results.ranked.map((p) => ({
              key: String(p.id),
              label: p.title,
              header: <Link href={`/budget/proposals/${p.id}`} dir="auto">{p.title}</Link>,
              value: p.voteCount ?? 0,
              valueText: format.number(p.voteCount ?? 0),
              cells: [format.number(p.rank ?? 0), money(p.revisedCostMad ?? 0), <FundedBadge key="funded" funded={p.funded} />],
            }))}
          />
          <p>{t("results.rule")}</p>
          <ul className="flex flex-wrap gap-4">
            <li><a href={`/api/open/budget/${cycle.year}?format=csv`} className="inline-flex min-h-12 items-center" download>{t("links.openData")}</a></li>
            <li><a href={`/api/open/budget/${cycle.year}?format=json`} className="inline-flex min-h-12 items-center">{t("links.openDataJson")}</a></li>
          </ul>
        </>
      )}
    </div>
  );
}
