import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LibraryView } from "@/components/equality/library-view";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit-reports/papers">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AuditReports.papers" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The internal-audit committee's working papers (plan axis 7): a members-only library, like the equality committee's. */
export default async function AuditPapersPage({ params, searchParams }: PageProps<"/[locale]/admin/audit-reports/papers">) {
  const locale = await pageLocale(params);
  await pageUserWith("audit_reports.manage", locale, "/admin/audit-reports/papers");
  const t = await getTranslations("AuditReports.papers");
  return (
    <div className="max-w-3xl space-y-6">
      <p className="no-print"><Link href="/admin/audit-reports">{t("back")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <LibraryView space="INTERNAL_AUDIT" done={(await searchParams).done} />
    </div>
  );
}
