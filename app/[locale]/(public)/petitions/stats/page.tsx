import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getPetitionStatistics } from "@/lib/petitions/queries";
import { PETITION_KINDS, PETITION_STATUSES } from "@/lib/petitions/schemas";

export async function generateMetadata({ params }: PageProps<"/[locale]/petitions/stats">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("stats.title") };
}

/** The register's statistics, with decisions on time vs late (art. 125) and overdue pending petitions flagged. */
export default async function PetitionStatsPage({ params }: PageProps<"/[locale]/petitions/stats">) {
  await pageLocale(params);
  const [t, format, stats] = await Promise.all([getTranslations("Petitions"), getFormatter(), getPetitionStatistics()]);
  const figure = (label: string, value: string, testId: string, alert = false) => (
    <div className={`rounded-card border p-4 ${alert ? "border-danger bg-danger-soft" : "border-divider bg-surface"}`}>
      <dt className="text-sm">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <div className="max-w-4xl space-y-8">
      <nav aria-label={t("links.register")} className="no-print text-sm"><Link href="/petitions">{t("links.register")}</Link></nav>
      <h1 className="text-3xl">{t("stats.title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {figure(t("stats.total"), format.number(stats.total), "stat-total")}
        {figure(t("stats.acceptedShare"), stats.acceptedShare === null ? t("stats.none") : format.number(stats.acceptedShare, "percent"), "stat-accepted-share")}
        {figure(t("stats.medianDays"), stats.medianDays === null ? t("stats.none") : t("stats.days", { count: stats.medianDays }), "stat-median")}
        {figure(t("stats.onTime"), format.number(stats.onTime), "stat-on-time")}
        {figure(t("stats.late"), format.number(stats.late), "stat-late", stats.late > 0)}
        {figure(t("stats.overduePending"), format.number(stats.overduePending), "stat-overdue", stats.overduePending > 0)}
      </dl>
      <section aria-labelledby="by-status" className="space-y-2">
        <h2 id="by-status" className="text-2xl">{t("stats.byStatus")}</h2>
        <dl className="grid grid-cols-[1fr_max-content] gap-x-6 gap-y-1 sm:max-w-md">
          {PETITION_STATUSES.filter((s) => s !== "DRAFT").map((status) => (
            <div key={status} className="contents">
              <dt>{t(`status.${status}`)}</dt>
              <dd className="text-end font-bold" data-testid={`stat-status-${status}`}>{format.number(stats.byStatus[status])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="by-kind" className="space-y-2">
        <h2 id="by-kind" className="text-2xl">{t("stats.byKind")}</h2>
        <dl className="grid grid-cols-[1fr_max-content] gap-x-6 gap-y-1 sm:max-w-md">
          {PETITION_KINDS.map((kind) => (
            <div key={kind} className="contents">
              <dt>{t(`kind.${kind}`)}</dt>
              <dd className="text-end font-bold">{format.number(stats.byKind[kind])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
