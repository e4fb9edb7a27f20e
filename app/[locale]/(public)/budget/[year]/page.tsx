import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CycleTimeline } from "@/components/budget/cycle-timeline";
import { ProposalCard } from "@/components/budget/proposal-card";
import { yearParam } from "@/lib/budget/params";
import { getCycle, myProposalIds } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/budget/[year]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("cycleTitle", { year: (await params).year }) };
}

/** A cycle: its phase and calendar, its charter (the rules of the cycle), and every proposal. */
export default async function BudgetCyclePage({ params }: Props) {
  const locale = await pageLocale(params);
  const year = yearParam((await params).year);
  const cycle = year ? await getCycle(year) : null;
  if (!cycle) notFound();
  const [t, mine] = await Promise.all([getTranslations("Budget"), myProposalIds(cycle.id)]);
  const button = "inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark";
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <p><Link href="/budget">{t("title")}</Link></p>
        <h1 className="text-3xl">{t("cycleTitle", { year: String(cycle.year) })}</h1>
      </header>
      <CycleTimeline cycle={cycle} />
      <ul className="flex flex-wrap gap-3">
        {cycle.phase === "PROPOSALS" && <li><Link href={`/budget/${cycle.year}/propose`} className={button}>{t("links.propose")}</Link></li>}
        {cycle.phase === "VOTE" && <li><Link href={`/budget/${cycle.year}/vote`} className={button}>{t("links.vote")}</Link></li>}
        {cycle.resultsPublishedAt && <li><Link href={`/budget/${cycle.year}/results`} className={button}>{t("links.results")}</Link></li>}
      </ul>
      <section id="charter" aria-labelledby="charter-title" className="space-y-3">
        <h2 id="charter-title" className="text-2xl">{t("charter.title")}</h2>
        <p className="text-sm text-muted">{t("legalBasis")}</p>
        <div className="whitespace-pre-line rounded-card border border-divider bg-surface p-4" lang={locale === "ar-MA" ? "ar" : "fr"}>
          {localized(locale, cycle.charterAr, cycle.charterFr)}
        </div>
      </section>
      <section aria-labelledby="proposals-title" className="space-y-3">
        <h2 id="proposals-title" className="text-2xl">{t("proposals.title")}</h2>
        {cycle.proposals.length === 0 ? (
          <p>{t("proposals.none")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2" data-testid="proposals">
            {cycle.proposals.map((p) => <ProposalCard key={p.id} proposal={p} locale={locale} mine={mine.has(p.id)} showResults={!!cycle.resultsPublishedAt} />)}
          </div>
        )}
      </section>
    </div>
  );
}
