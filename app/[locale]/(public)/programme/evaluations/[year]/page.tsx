import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublishedEvaluationFigures, WrittenText } from "@/components/programme/evaluation/figures";
import { SectionNav } from "@/components/programme/section-nav";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getPublishedEvaluation, reportYear } from "@/lib/programme/evaluation";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/evaluations/[year]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeEvaluation" });
  const year = reportYear((await params).year);
  return { title: t("public.reportOf", { year: year ?? 0 }), description: t("public.description") };
}

/** The published summary of one year's evaluation report, with its key figures (decree 2.16.301 arts. 14–15). */
export default async function EvaluationPage({ params }: PageProps<"/[locale]/programme/evaluations/[year]">) {
  const locale = await pageLocale(params);
  const year = reportYear((await params).year);
  if (year === null) notFound();
  const [t, format, evaluation] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter(), getPublishedEvaluation(year)]);
  if (!evaluation) notFound();
  const { figures } = evaluation;
  return (
    <div className="space-y-12">
      <header className="space-y-4 rounded-xl bg-brand-soft p-6 md:p-8">
        <p>
          <Link href="/programme/evaluations">{t("public.allReports")}</Link>
        </p>
        <h1 className="text-3xl text-brand-dark md:text-4xl">{t("public.reportOf", { year })}</h1>
        <p className="font-bold">{localized(locale, evaluation.programme.titleAr, evaluation.programme.titleFr)}</p>
        <p>{t("public.publishedOn", { date: format.dateTime(evaluation.publishedAt, "long") })}</p>
        <p className="max-w-3xl">{t("public.reportIntro")}</p>
        {figures?.isDemo && <p className="max-w-3xl rounded-md border-s-4 border-accent bg-warning-soft p-3">{t("demoNotice")}</p>}
      </header>

      <SectionNav current="evaluations" />

      <section aria-labelledby="summary-title" className="space-y-3">
        <h2 id="summary-title" className="text-2xl">{t("public.summaryTitle")}</h2>
        <WrittenText locale={locale} ar={evaluation.summaryAr} fr={evaluation.summaryFr} testId="evaluation-summary" />
      </section>

      {figures && <PublishedEvaluationFigures figures={figures} locale={locale} />}

      <section aria-labelledby="more-title" className="space-y-3">
        <h2 id="more-title" className="text-2xl">{t("public.moreTitle")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`/programme/evaluations/${year}/print`} className="font-bold">{t("public.print")}</Link>
          </li>
          <li>
            <Link href="/programme">{t("public.programmeLink")}</Link>
          </li>
        </ul>
        <p className="max-w-3xl text-muted">{t("public.legalNote")}</p>
      </section>
    </div>
  );
}
