import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { evaluationErrorMessages } from "@/components/programme/evaluation/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { listEvaluationsForStaff } from "@/lib/programme/evaluation";
import { generateEvaluationAction } from "@/lib/programme/evaluation-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/evaluations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeEvaluation" });
  return { title: t("admin.title") };
}

/** The annual evaluation reports of the current programme (decree 2.16.301 art. 14): choose a year and generate. */
export default async function EvaluationsAdminPage({ params }: PageProps<"/[locale]/admin/programme/evaluations">) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/evaluations");
  const [t, format, data, errorMessages] = await Promise.all([
    getTranslations("ProgrammeEvaluation"),
    getFormatter(),
    listEvaluationsForStaff(),
    evaluationErrorMessages(),
  ]);

  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/programme">{t("admin.backToProgramme")}</Link>
      </p>
      <h1 className="text-3xl">{t("admin.title")}</h1>
      <p className="max-w-3xl">{t("admin.intro")}</p>
      {!data ? (
        <p>{t("errors.noProgramme")}</p>
      ) : (
        <>
          <p className="font-bold">{localized(locale, data.programme.titleAr, data.programme.titleFr)}</p>
          <section aria-labelledby="generate-title" className="space-y-3 rounded-card border border-divider bg-surface p-4 md:p-6">
            <h2 id="generate-title" className="text-2xl">{t("admin.generateTitle")}</h2>
            <p className="text-muted">{t("admin.generateHelp")}</p>
            {data.years.length === 0 ? (
              <p>{t("admin.noYearYet")}</p>
            ) : (
              <ProgrammeForm
                action={generateEvaluationAction}
                idPrefix="generate"
                items={[
                  {
                    kind: "select",
                    name: "year",
                    label: t("admin.year"),
                    required: true,
                    options: [...data.years].reverse().map((year) => ({ value: String(year), label: String(year) })),
                  },
                ]}
                defaults={{ year: String(data.years.at(-1)) }}
                submitLabel={t("admin.generate")}
                errorMessages={errorMessages}
              />
            )}
          </section>

          <section aria-labelledby="reports-title" className="space-y-3">
            <h2 id="reports-title" className="text-2xl">{t("admin.reportsTitle")}</h2>
            {data.evaluations.length === 0 ? (
              <p>{t("admin.noReports")}</p>
            ) : (
              <ul className="space-y-3" data-testid="evaluation-reports">
                {data.evaluations.map((evaluation) => (
                  <li key={evaluation.year} className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-divider bg-surface p-4">
                    <div>
                      <Link href={`/admin/programme/evaluations/${evaluation.year}`} className="text-lg font-bold">
                        {t("admin.reportOf", { year: evaluation.year })}
                      </Link>
                      <span className="block text-sm text-muted">{t("admin.generatedOn", { date: format.dateTime(evaluation.generatedAt, "withTime") })}</span>
                    </div>
                    <span className={evaluation.publishedAt ? "font-bold text-success" : "text-muted"}>
                      {evaluation.publishedAt
                        ? t("admin.publishedOn", { date: format.dateTime(evaluation.publishedAt, "long") })
                        : evaluation.hasSummary
                          ? t("admin.draftWithSummary")
                          : t("admin.draft")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p>
            <Link href="/programme/evaluations">{t("admin.publicLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
