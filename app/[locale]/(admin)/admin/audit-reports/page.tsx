import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { auditErrorMessages, reportFieldItems } from "@/components/audit-reports/forms";
import { DataTable } from "@/components/ui/data-table";
import { FormSection } from "@/components/ui/form-section";
import { createReportAction } from "@/lib/audit-reports/actions";
import { auditDocumentChoices, listReportsForStaff } from "@/lib/audit-reports/queries";
import { implementationSummary, recommendationOverdue } from "@/lib/audit-reports/rules";
import { pageUserWith } from "@/lib/auth/page-guards";
import { moroccanDay } from "@/lib/calendar/working-days";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit-reports">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AuditReports.admin" });
  return { title: t("title") };
}

export default async function AdminAuditReportsPage({ params }: PageProps<"/[locale]/admin/audit-reports">) {
  const locale = await pageLocale(params);
  await pageUserWith("audit_reports.manage", locale, "/admin/audit-reports");
  const [t, tp, ts, format, reports, documents, errorMessages] = await Promise.all([
    getTranslations("AuditReports.admin"),
    getTranslations("AuditReports.papers"),
    getTranslations("AuditReports.sources"),
    getFormatter(),
    listReportsForStaff(),
    auditDocumentChoices(),
    auditErrorMessages(),
  ]);
  const items = await reportFieldItems(locale, documents);
  const today = moroccanDay(new Date());
  return (
    <div className="max-w-5xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/information/audit-reports">{t("viewPublic")}</Link></li>
          <li><Link href="/admin/audit-reports/papers">{tp("link")}</Link></li>
        </ul>
      </header>
      {reports.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable
          label={t("title")}
          columns={[{ label: t("columns.report") }, { label: t("columns.source") }, { label: t("columns.receivedOn") }, { label: t("columns.recommendations") }, { label: t("columns.public") }]}
        >
          {reports.map((r) => {
            const summary = implementationSummary(r.recommendations.map((x) => x.status));
            const overdue = r.recommendations.filter((x) => recommendationOverdue(x.status, x.dueOn, today)).length;
            return (
              <tr key={r.id} className="border-b border-divider">
                <td className="p-2"><Link href={`/admin/audit-reports/${r.id}`}>{localized(locale, r.titleAr, r.titleFr)}</Link></td>
                <td className="p-2">{ts(r.source)}</td>
                <td className="p-2">{format.dateTime(r.receivedOn, "short")}</td>
                <td className="p-2">{t("recommendationsCount", { implemented: summary.implemented, total: summary.total, overdue })}</td>
                <td className="p-2">{r.publishedAt ? t("published") : t("notPublished")}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <FormSection framed id="new-report" title={t("new")} action={createReportAction} items={items} submitLabel={t("create")} errorMessages={errorMessages} />
    </div>
  );
}
