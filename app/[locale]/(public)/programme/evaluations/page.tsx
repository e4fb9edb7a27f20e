import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/programme/section-nav";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { listPublishedEvaluations } from "@/lib/programme/evaluation";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/evaluations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeEvaluation" });
  return { title: t("public.title"), description: t("public.description") };
}

/** The published summaries of the annual evaluation reports, latest year first (decree 2.16.301 art. 15). */
export default async function EvaluationsPage({ params }: PageProps<"/[locale]/programme/evaluations">) {
  const locale = await pageLocale(params);
  const [t, format, evaluations] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter(), listPublishedEvaluations()]);
  return (
    <div className="space-y-10">
      <header className="space-y-4 rounded-xl bg-brand-soft p-6 md:p-8">
        <h1 className="text-3xl text-brand-dark md:text-4xl">{t("public.title")}</h1>
        <p className="max-w-3xl text-lg">{t("public.intro")}</p>
      </header>
      <SectionNav current="evaluations" />
      {evaluations.length === 0 ? (
        <p className="text-lg">{t("public.none")}</p>
      ) : (
        <ul className="space-y-4" data-testid="published-evaluations">
          {evaluations.map((evaluation) => {
            const summary = localized(locale, evaluation.summaryAr, evaluation.summaryFr).trim() || evaluation.summaryAr;
            const excerpt = summary.length > 280 ? `${summary.slice(0, 280).replace(/\s+\S*$/, "")}…` : summary;
            return (
              <li key={`${evaluation.programme.startYear}-${evaluation.year}`} className="space-y-2 rounded-card border border-divider bg-surface p-4 md:p-6">
                <h2 className="text-2xl">
                  <Link href={`/programme/evaluations/${evaluation.year}`}>{t("public.reportOf", { year: evaluation.year })}</Link>
                </h2>
                <p className="text-sm text-muted">
                  {localized(locale, evaluation.programme.titleAr, evaluation.programme.titleFr)}
                  {" · "}
                  {t("public.publishedOn", { date: format.dateTime(evaluation.publishedAt, "long") })}
                </p>
                {evaluation.figures && (
                  <p className="font-bold">
                    {t("public.keyLine", {
                      rate: format.number(evaluation.figures.summary.completionRate, "percent"),
                      completed: evaluation.figures.summary.completed,
                      programmed: evaluation.figures.summary.programmed,
                    })}
                  </p>
                )}
                <p className="max-w-3xl" {...(localized(locale, evaluation.summaryAr, evaluation.summaryFr).trim() ? {} : { lang: "ar", dir: "rtl" })}>
                  {excerpt}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="max-w-3xl text-muted">{t("public.legalNote")}</p>
    </div>
  );
}
