import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PhaseBadge } from "@/components/budget/badges";
import { CycleTimeline } from "@/components/budget/cycle-timeline";
import { listCycles } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/budget">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("title"), description: t("intro") };
}

/** The participatory budget's entry point: the latest cycle, what one can do in it now, and every cycle. */
export default async function BudgetPage({ params }: Props) {
  await pageLocale(params);
  const [t, cycles] = await Promise.all([getTranslations("Budget"), listCycles()]);
  const current = cycles[0];
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
        <p className="text-sm text-muted">{t("legalBasis")}</p>
      </header>
      {!current ? (
        <p>{t("noCycle")}</p>
      ) : (
        <section aria-labelledby="current-cycle" className="space-y-4">
          <h2 id="current-cycle" className="text-2xl">{t("cycleTitle", { year: String(current.year) })}</h2>
          <CycleTimeline cycle={current} />
          <ul className="flex flex-wrap gap-3">
            {current.phase === "PROPOSALS" && <li><Link href={`/budget/${current.year}/propose`} className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("links.propose")}</Link></li>}
            {current.phase === "VOTE" && <li><Link href={`/budget/${current.year}/vote`} className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("links.vote")}</Link></li>}
            {current.resultsPublishedAt && <li><Link href={`/budget/${current.year}/results`} className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("links.results")}</Link></li>}
            <li><Link href={`/budget/${current.year}`} className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-5 font-bold no-underline hover:bg-brand-soft">{t("links.proposals")}</Link></li>
            <li><Link href={`/budget/${current.year}#charter`} className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-5 font-bold no-underline hover:bg-brand-soft">{t("links.charter")}</Link></li>
          </ul>
        </section>
      )}
      {cycles.length > 1 && (
        <section aria-labelledby="all-cycles" className="space-y-3">
          <h2 id="all-cycles" className="text-2xl">{t("cycles")}</h2>
          <ul className="space-y-2">
            {cycles.map((cycle) => (
              <li key={cycle.id} className="flex flex-wrap items-center gap-3 rounded-md border border-divider bg-surface p-3">
                <Link href={`/budget/${cycle.year}`} className="inline-flex min-h-12 items-center font-bold">{t("links.open", { year: String(cycle.year) })}</Link>
                <PhaseBadge phase={cycle.phase} />
                {cycle.resultsPublishedAt && <Link href={`/budget/${cycle.year}/results`} className="inline-flex min-h-12 items-center">{t("links.results")}</Link>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
