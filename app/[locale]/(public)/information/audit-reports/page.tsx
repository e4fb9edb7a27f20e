import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImplementationChart, RecommendationStatusPill } from "@/components/audit-reports/status";
import { listPublishedReports } from "@/lib/audit-reports/queries";
import { AUDIT_SOURCES, recommendationOverdue } from "@/lib/audit-reports/rules";
import { moroccanDay } from "@/lib/calendar/working-days";
import { LANGUAGES } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/information/audit-reports">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AuditReports" });
  return { title: t("title") };
}

export default async function PublicAuditReportsPage({ params }: PageProps<"/[locale]/information/audit-reports">) {
  const locale = await pageLocale(params);
  const [t, ts, format, reports] = await Promise.all([getTranslations("AuditReports"), getTranslations("AuditReports.sources"), getFormatter(), listPublishedReports()]);
  const today = moroccanDay(new Date());
  const lang = LANGUAGES[locale];
  const allStatuses = reports.flatMap((r) => r.recommendations.map((x) => x.status));
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
        <ImplementationChart id="all-chart" statuses={allStatuses} />
      </header>
      {reports.length === 0 && <p>{t("none")}</p>}
      {reports.map((report) => (
        <article key={report.id} aria-labelledby={`report-${report.id}`} className="space-y-4 rounded-card border border-divider bg-surface p-4" data-testid="audit-report">
          <header className="space-y-1">
            <p className="font-bold text-brand-dark">{ts(report.source)} · <span className="font-normal">{t("basis", { basis: AUDIT_SOURCES.find((s) => s.value === report.source)?.basis[lang] ?? "" })}</span></p>
            <h2 id={`report-${report.id}`} className="text-2xl">{localized(locale, report.titleAr, report.titleFr)}</h2>
            {report.periodFrom && report.periodTo && <p>{t("period", { from: format.dateTime(report.periodFrom, "long"), to: format.dateTime(report.periodTo, "long") })}</p>}
            <p className="text-muted">
              {t("receivedOn", { date: format.dateTime(report.receivedOn, "long") })}
              {report.presentedOn && <> · {t("presentedOn", { date: format.dateTime(report.presentedOn, "long") })}</>}
            </p>
          </header>
          {localized(locale, report.summaryAr, report.summaryFr) && <p className="whitespace-pre-line">{localized(locale, report.summaryAr, report.summaryFr)}</p>}
          {report.documentId && <p><Link href={`/information/documents/${report.documentId}`}>{t("document")}</Link></p>}
          <h3 className="text-xl">{t("recommendations")}</h3>
          <ImplementationChart id={`chart-${report.id}`} statuses={report.recommendations.map((r) => r.status)} />
          {report.recommendations.length === 0 ? <p>{t("noRecommendations")}</p> : (
            <ol className="space-y-3">
              {report.recommendations.map((r) => (
                <li key={r.id} className="space-y-2 border-s-4 border-divider ps-3" data-testid="public-recommendation">
                  <p className="font-bold">{r.position}. {localized(locale, r.textAr, r.textFr)}</p>
                  <p className="flex flex-wrap items-center gap-3">
                    <RecommendationStatusPill status={r.status} />
                    {recommendationOverdue(r.status, r.dueOn, today) && <strong className="text-danger">{t("overdue")}</strong>}
                  </p>
                  <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-bold">{t("service")}</dt><dd>{localized(locale, r.serviceAr, r.serviceFr)}</dd>
                    <dt className="font-bold">{t("dueOn")}</dt><dd>{format.dateTime(r.dueOn, "long")}</dd>
                    {r.status === "NOT_IMPLEMENTED" && r.statusReason && (<><dt className="font-bold">{t("reason")}</dt><dd dir="auto">{r.statusReason}</dd></>)}
                  </dl>
                  {r.notes.length > 0 && (
                    <details>
                      <summary className="min-h-12 cursor-pointer py-3">{t("notes")}</summary>
                      <ul className="space-y-1">
                        {r.notes.map((n) => <li key={n.id}><strong>{format.dateTime(n.notedOn, "long")}</strong> — {t(`status.${n.status}`)} — <span dir="auto">{n.text}</span></li>)}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </div>
  );
}
