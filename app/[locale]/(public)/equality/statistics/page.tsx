import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GenderSplitFigure } from "@/components/equality/gender-split";
import { CompositionFigure } from "@/components/equality/figures";
import { DataTable } from "@/components/ui/data-table";
import { getGenderStatistics } from "@/lib/equality/statistics";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/statistics">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.statistics" });
  return { title: t("title"), description: t("intro") };
}

const PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS", "DELAYED", "COMPLETED", "CANCELLED"] as const;

/** The gender lens on the whole portal: figures the portal already knows, never individuals. */
export default async function GenderStatisticsPage({ params }: PageProps<"/[locale]/equality/statistics">) {
  const locale = await pageLocale(params);
  const [t, tp, stats] = await Promise.all([getTranslations("Equality.statistics"), getTranslations("Programme"), getGenderStatistics()]);
  const section = (id: string, title: string, note: string, figure: React.ReactNode) => (
    <section aria-labelledby={`${id}-title`} className="space-y-3 break-inside-avoid">
      <h2 id={`${id}-title`} className="text-2xl">{title}</h2>
      <p className="text-muted">{note}</p>
      {figure}
    </section>
  );
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <p className="no-print"><Link href="/equality">{t("back")}</Link></p>
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      {section("composition", t("composition"), t("compositionNote"), <CompositionFigure composition={stats.composition} target={stats.targetWomenPercent} locale={locale} />)}
      {section("attendance", t("attendance"), t("attendanceNote"), <GenderSplitFigure id="attendance-chart" title={t("attendance")} split={stats.meetingAttendances} locale={locale} />)}
      {section("trainings", t("trainings"), t("trainingsNote"), <GenderSplitFigure id="trainings-chart" title={t("trainings")} split={stats.trainingParticipants} locale={locale} withUndeclared />)}
      {section("meetings", t("inPerson"), t("inPersonNote"), <GenderSplitFigure id="in-person-chart" title={t("inPerson")} split={stats.inPersonConsultations} locale={locale} />)}
      {section("consultations", t("consultations"), t("declaredNote", { count: stats.consultationRespondents.declared }), <GenderSplitFigure id="consultations-chart" title={t("consultations")} split={stats.consultationRespondents.split} locale={locale} />)}
      {section("petitions", t("petitions"), t("declaredNote", { count: stats.petitionFilers.declared }), <GenderSplitFigure id="petitions-chart" title={t("petitions")} split={stats.petitionFilers.split} locale={locale} />)}
      {section("forum", t("forum"), t("declaredNote", { count: stats.forumParticipants.declared }), <GenderSplitFigure id="forum-chart" title={t("forum")} split={stats.forumParticipants.split} locale={locale} />)}
      <section aria-labelledby="projects-title" className="space-y-3 break-inside-avoid">
        <h2 id="projects-title" className="text-2xl">{t("projects")}</h2>
        <p className="text-muted">{t("projectsNote")}</p>
        <DataTable label={t("projects")} columns={[{ label: t("approach") }, { label: t("total") }, ...PROJECT_STATUSES.map((status) => ({ label: tp(`status.${status}`) }))]}>
          {stats.projects.map((row) => (
            <tr key={row.tag} className="border-b border-divider">
              <th scope="row" className="p-2 text-start font-normal">{tp(`gender.${row.tag}`)}</th>
              <td className="p-2 font-bold">{row.total}</td>
              {PROJECT_STATUSES.map((status) => <td key={status} className="p-2">{row.byStatus[status] ?? 0}</td>)}
            </tr>
          ))}
        </DataTable>
        <p><Link href="/programme">{t("programmeLink")}</Link></p>
      </section>
    </div>
  );
}
