import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { evaluationErrorMessages } from "@/components/programme/evaluation/error-messages";
import { EvaluationFiguresView } from "@/components/programme/evaluation/figures";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getEvaluationForStaff, reportYear } from "@/lib/programme/evaluation";
import { generateEvaluationAction, publishEvaluationAction, saveEvaluationTextAction, unpublishEvaluationAction } from "@/lib/programme/evaluation-actions";

const DONE = ["generated", "saved", "published", "unpublished"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/evaluations/[year]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeEvaluation" });
  const { year } = await params;
  return { title: t("admin.reportOf", { year: reportYear(year) ?? 0 }) };
}

/** One annual report: its figures, the narrative and summary staff write, and its publication (decree 2.16.301 arts. 14–15). */
export default async function EvaluationAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme/evaluations/[year]">) {
  const locale = await pageLocale(params);
  const { year: rawYear } = await params;
  // The permission first: people without it get a 403 whatever the address.
  await pageUserWith("programme.manage", locale, `/admin/programme/evaluations/${rawYear}`);
  const year = reportYear(rawYear);
  if (year === null) notFound();
  const [t, format, evaluation, errorMessages, query] = await Promise.all([
    getTranslations("ProgrammeEvaluation"),
    getFormatter(),
    getEvaluationForStaff(year),
    evaluationErrorMessages(),
    searchParams,
  ]);
  if (!evaluation) notFound();
  const done = DONE.find((d) => d === query.done);
  const hidden = { year: String(year) };

  return (
    <div className="max-w-5xl space-y-8">
      <p>
        <Link href="/admin/programme/evaluations">{t("admin.backToReports")}</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-3xl">{t("admin.reportOf", { year })}</h1>
        <p className="max-w-3xl text-muted">{t("admin.reportIntro")}</p>
        <p>{t("admin.generatedOn", { date: format.dateTime(evaluation.generatedAt, "withTime") })}</p>
        <p className={evaluation.publishedAt ? "font-bold text-success" : "font-bold"} data-testid="publication-state">
          {evaluation.publishedAt ? t("admin.publishedOn", { date: format.dateTime(evaluation.publishedAt, "long") }) : t("admin.notPublished")}
        </p>
      </div>
      {done && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
          {t(`done.${done}`)}
        </p>
      )}

      <section aria-labelledby="publication-title" className="space-y-3 rounded-card border border-divider bg-surface p-4 md:p-6">
        <h2 id="publication-title" className="text-2xl">{t("admin.publicationTitle")}</h2>
        {evaluation.publishedAt ? (
          <>
            <p>{t("admin.publishedHelp")}</p>
            <p>
              <Link href={`/programme/evaluations/${year}`}>{t("admin.viewPublic")}</Link>
            </p>
            <ProgrammeForm action={unpublishEvaluationAction} idPrefix="unpublish" items={[]} hidden={hidden} submitLabel={t("admin.unpublish")} errorMessages={errorMessages} label={t("admin.unpublish")} />
          </>
        ) : (
          <>
            <p>{t("admin.publishHelp")}</p>
            <ProgrammeForm action={publishEvaluationAction} idPrefix="publish" items={[]} hidden={hidden} submitLabel={t("admin.publish")} errorMessages={errorMessages} label={t("admin.publish")} />
          </>
        )}
      </section>

      <section aria-labelledby="text-title" className="space-y-3">
        <h2 id="text-title" className="text-2xl">{t("admin.textTitle")}</h2>
        <p className="max-w-3xl text-muted">{t("admin.textHelp")}</p>
        <ProgrammeForm
          action={saveEvaluationTextAction}
          idPrefix="text"
          hidden={hidden}
          label={t("admin.textTitle")}
          items={[
            {
              kind: "row",
              fields: [
                { kind: "textarea", name: "summaryAr", label: t("admin.summaryAr"), hint: t("admin.summaryArHint"), dir: "rtl", lang: "ar", maxLength: 5000, rows: 8 },
                { kind: "textarea", name: "summaryFr", label: t("admin.summaryFr"), hint: t("admin.summaryFrHint"), dir: "ltr", lang: "fr", maxLength: 5000, rows: 8 },
              ],
            },
            {
              kind: "row",
              fields: [
                { kind: "textarea", name: "narrativeAr", label: t("admin.narrativeAr"), hint: t("admin.narrativeHint"), dir: "rtl", lang: "ar", maxLength: 20000, rows: 12 },
                { kind: "textarea", name: "narrativeFr", label: t("admin.narrativeFr"), hint: t("admin.narrativeHint"), dir: "ltr", lang: "fr", maxLength: 20000, rows: 12 },
              ],
            },
          ]}
          defaults={{ summaryAr: evaluation.summaryAr, summaryFr: evaluation.summaryFr, narrativeAr: evaluation.narrativeAr, narrativeFr: evaluation.narrativeFr }}
          submitLabel={t("admin.saveText")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="figures-title" className="space-y-6">
        <div className="space-y-2">
          <h2 id="figures-title" className="text-2xl">{t("admin.figuresTitle")}</h2>
          <p className="max-w-3xl text-muted">{t("admin.figuresHelp")}</p>
        </div>
        {!evaluation.publishedAt && (
          <ProgrammeForm action={generateEvaluationAction} idPrefix="regenerate" items={[]} hidden={hidden} submitLabel={t("admin.regenerate")} errorMessages={errorMessages} label={t("admin.regenerate")} />
        )}
        {evaluation.figures ? (
          <>
            {evaluation.figures.isDemo && <p className="max-w-3xl rounded-md border-s-4 border-accent bg-warning-soft p-3">{t("demoNotice")}</p>}
            <EvaluationFiguresView figures={evaluation.figures} locale={locale} />
          </>
        ) : (
          <p>{t("admin.figuresUnreadable")}</p>
        )}
      </section>
    </div>
  );
}
