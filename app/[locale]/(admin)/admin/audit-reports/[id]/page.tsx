import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneMessage } from "@/app/[locale]/(admin)/admin/programme/_components/project-header";
import { auditErrorMessages, followUpItems, recommendationItems, reportFieldItems } from "@/components/audit-reports/forms";
import { ImplementationChart, RecommendationStatusPill } from "@/components/audit-reports/status";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { FormSection } from "@/components/ui/form-section";
import { addRecommendationAction, followUpAction, publishReportAction, updateReportAction } from "@/lib/audit-reports/actions";
import { auditDocumentChoices, getReportForStaff } from "@/lib/audit-reports/queries";
import { recommendationOverdue } from "@/lib/audit-reports/rules";
import { pageUserWith } from "@/lib/auth/page-guards";
import { moroccanDay } from "@/lib/calendar/working-days";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

const DONE = ["created", "saved", "published", "unpublished", "recommendationAdded", "followUp"] as const;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

async function load(id: string) {
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const report = await getReportForStaff(Number(id));
  if (!report) notFound();
  return report;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit-reports/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("audit_reports.manage", locale, `/admin/audit-reports/${id}`);
  const report = await load(id);
  return { title: localized(locale, report.titleAr, report.titleFr) };
}

export default async function AdminAuditReportPage({ params, searchParams }: PageProps<"/[locale]/admin/audit-reports/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("audit_reports.manage", locale, `/admin/audit-reports/${id}`);
  const report = await load(id);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const [t, ta, ts, format, documents, recommendation, followUp, errorMessages] = await Promise.all([
    getTranslations("AuditReports.admin"),
    getTranslations("AuditReports"),
    getTranslations("AuditReports.sources"),
    getFormatter(),
    auditDocumentChoices(),
    recommendationItems(),
    followUpItems(),
    auditErrorMessages(),
  ]);
  const fields = await reportFieldItems(locale, documents);
  const today = moroccanDay(new Date());
  const hidden = { reportId: String(report.id) };
  return (
    <div className="max-w-5xl space-y-8">
      <p><Link href="/admin/audit-reports">{t("backToList")}</Link></p>
      <header className="space-y-2">
        <p className="font-bold text-brand-dark">{ts(report.source)}</p>
        <h1 className="text-3xl">{localized(locale, report.titleAr, report.titleFr)}</h1>
        <p data-testid="report-status">{report.publishedAt ? t("publishedSince", { date: format.dateTime(report.publishedAt, "long") }) : t("notPublished")}</p>
      </header>
      <DoneMessage text={done ? t(`done.${done}`) : null} />

      <FormSection framed id="publish" title={t("publishTitle")} action={publishReportAction} hidden={{ ...hidden, publish: report.publishedAt ? "0" : "1" }}
        items={[]} submitLabel={report.publishedAt ? t("unpublish") : t("publish")} errorMessages={errorMessages}>
        <p className="text-sm text-muted">{t("publishHint")}</p>
        {report.publishedAt && <p><Link href="/information/audit-reports">{t("viewPublic")}</Link></p>}
      </FormSection>

      <section aria-labelledby="recommendations-title" className="space-y-4">
        <h2 id="recommendations-title" className="text-2xl">{ta("recommendations")}</h2>
        <ImplementationChart id="staff-chart" statuses={report.recommendations.map((r) => r.status)} />
        {report.recommendations.length === 0 && <p>{ta("noRecommendations")}</p>}
        <ol className="space-y-4">
          {report.recommendations.map((r) => (
            <li key={r.id} id={`recommendation-${r.id}`} className="space-y-3 rounded-card border border-divider bg-surface p-4" data-testid="recommendation">
              <h3 className="text-lg">{r.position}. {localized(locale, r.textAr, r.textFr)}</h3>
              <p className="flex flex-wrap items-center gap-3">
                <RecommendationStatusPill status={r.status} />
                {recommendationOverdue(r.status, r.dueOn, today) && <strong className="text-danger">{ta("overdue")}</strong>}
                <span>{ta("service")}: {localized(locale, r.serviceAr, r.serviceFr)}</span>
                <span>{ta("dueOn")}: {format.dateTime(r.dueOn, "long")}</span>
              </p>
              {r.notes.length > 0 && (
                <ul className="space-y-1 border-s-4 border-divider ps-3">
                  {r.notes.map((n) => (
                    <li key={n.id}><strong>{format.dateTime(n.notedOn, "long")}</strong> — {ta(`status.${n.status}`)} — <span dir="auto">{n.text}</span> <span className="text-sm text-muted">({n.author.name})</span></li>
                  ))}
                </ul>
              )}
              <details>
                <summary className="min-h-12 cursor-pointer py-3 font-bold">{t("followUpTitle")}</summary>
                <ProgrammeForm action={followUpAction} idPrefix={`follow-${r.id}`} hidden={{ recommendationId: String(r.id) }} items={followUp}
                  defaults={{ notedOn: day(today), status: r.status }} submitLabel={t("record")} errorMessages={errorMessages} label={`${t("followUpTitle")} ${r.position}`} />
              </details>
            </li>
          ))}
        </ol>
      </section>

      <FormSection framed id="recommendation-new" title={t("addRecommendation")} action={addRecommendationAction} hidden={hidden} items={recommendation} submitLabel={t("add")} errorMessages={errorMessages} />

      <FormSection id="edit" title={t("editTitle")} action={updateReportAction} hidden={hidden} items={fields} submitLabel={t("save")} errorMessages={errorMessages}
        defaults={{
          source: report.source, titleAr: report.titleAr, titleFr: report.titleFr, summaryAr: report.summaryAr, summaryFr: report.summaryFr,
          periodFrom: day(report.periodFrom), periodTo: day(report.periodTo), receivedOn: day(report.receivedOn), presentedOn: day(report.presentedOn),
          documentId: report.documentId ? String(report.documentId) : "",
        }}>
        {report.document && <p><Link href={`/admin/documents/${report.document.id}`}>{localized(locale, report.document.titleAr, report.document.titleFr)}</Link></p>}
      </FormSection>
    </div>
  );
}
