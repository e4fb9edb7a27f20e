import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublishedEvaluationFigures, WrittenText } from "@/components/programme/evaluation/figures";
import { PrintSheet } from "@/components/programme/print-sheet";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getPublishedEvaluation, reportYear } from "@/lib/programme/evaluation";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/evaluations/[year]/print">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeEvaluation" });
  const year = reportYear((await params).year);
  return { title: `${t("public.reportOf", { year: year ?? 0 })} · ${t("public.print")}`, robots: { index: false } };
}

/** The published summary of one year's report on A4, to post at the commune's headquarters (decree 2.16.301 art. 15). */
export default async function EvaluationPrintPage({ params }: PageProps<"/[locale]/programme/evaluations/[year]/print">) {
  const locale = await pageLocale(params);
  const year = reportYear((await params).year);
  if (year === null) notFound();
  const [t, format, evaluation] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter(), getPublishedEvaluation(year)]);
  if (!evaluation) notFound();
  const { figures } = evaluation;
  const path = `/programme/evaluations/${year}`;
  return (
    <PrintSheet locale={locale} path={path} backHref={path}>
      <div className="space-y-8">
        <div className="space-y-2">
          <h1 className="text-3xl text-brand-dark">{t("public.reportOf", { year })}</h1>
          <p className="font-bold">{localized(locale, evaluation.programme.titleAr, evaluation.programme.titleFr)}</p>
          <p>{t("public.publishedOn", { date: format.dateTime(evaluation.publishedAt, "long") })}</p>
          <p>{t("public.printIntro")}</p>
          {figures?.isDemo && <p>{t("demoNotice")}</p>}
        </div>
        <section aria-labelledby="summary-title" className="space-y-3">
          <h2 id="summary-title" className="text-2xl">{t("public.summaryTitle")}</h2>
          <WrittenText locale={locale} ar={evaluation.summaryAr} fr={evaluation.summaryFr} testId="evaluation-summary" />
        </section>
        {figures && <PublishedEvaluationFigures figures={figures} locale={locale} />}
      </div>
    </PrintSheet>
  );
}
