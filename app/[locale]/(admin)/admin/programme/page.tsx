import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/badges";
import { can } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import type { Locale } from "@/lib/i18n/config";
import { listProjectsForStaff, STAFF_PROJECTS_PAGE_SIZE, type StaffProjectListItem } from "@/lib/programme/service";
import { pageCount, parsePage } from "@/lib/forms/pagination";
import { Pagination } from "@/components/ui/pagination";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  return { title: t("title") };
}

function ProjectLink({ project, locale, demo, axis }: { project: StaffProjectListItem; locale: Locale; demo: string; axis: string }) {
  return (
    <div>
      <Link href={`/admin/programme/${encodeURIComponent(project.code)}`} className="font-bold">
        <span dir="ltr">{project.code}</span>
        {" · "}
        <span dir="auto">{localized(locale, project.titleAr, project.titleFr)}</span>
      </Link>
      <span className="block text-sm text-muted">
        {axis}
        {project.isDemo && ` · ${demo}`}
      </span>
    </div>
  );
}

/** What waits for an answer; a link for those who may answer, when there is something. */
function Waiting({ project, canAnswer, questions, difficulties }: { project: StaffProjectListItem; canAnswer: boolean; questions: string; difficulties: string }) {
  const base = `/admin/programme/${encodeURIComponent(project.code)}`;
  const item = (count: number, href: string, text: string) =>
    canAnswer && count > 0 ? <Link href={href} className="font-bold">{text}</Link> : <span className="text-muted">{text}</span>;
  return (
    <span className="flex flex-col">
      {item(project.unanswered, `${base}/discussion`, questions)}
      {item(project.openDifficulties, `${base}/difficulties`, difficulties)}
    </span>
  );
}

export default async function ProgrammeAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme">) {
  const locale = await pageLocale(params);
  const user = await pageUserWith("programme.update_progress", locale, "/admin/programme");
  const page = parsePage((await searchParams).page);
  const [t, ti, tm, te, ta, format, { total, projects }] = await Promise.all([
    getTranslations("ProgrammeAdmin"),
    getTranslations("ProgrammeImport"),
    getTranslations("ProgrammeMeetings"),
    getTranslations("ProgrammeEvaluation"),
    getTranslations("ProgrammeAdoption"),
    getFormatter(),
    listProjectsForStaff(page),
  ]);
  const percent = (value: number) => format.number(value / 100, "percent");
  const canAnswer = can(user.roles, "programme.answer");

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl">{t("title")}</h1>
        {can(user.roles, "programme.manage") && (
          <Link href="/admin/programme/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark hover:text-white">
            {t("newProject")}
          </Link>
        )}
      </div>
      <p>{t("intro")}</p>
      {can(user.roles, "programme.manage") && (
        <nav aria-label={t("toolsNav")} className="no-print">
          <ul className="flex flex-wrap gap-2">
            {[
              { href: "/admin/programme/import", label: ti("title") },
              { href: "/admin/programme/meetings", label: tm("admin.title") },
              { href: "/admin/programme/evaluations", label: te("admin.title") },
              { href: "/admin/programme/adoption", label: ta("adminLink") },
            ].map((tool) => (
              <li key={tool.href}>
                <Link href={tool.href} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-bold no-underline hover:bg-brand-soft">
                  {tool.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>{t("projectsCount", { count: total })}</p>
      {projects.length === 0 ? (
        <p>{t("noProjects")}</p>
      ) : (
        <>
          {/* Phones: one card per project. */}
          <ul className="space-y-3 md:hidden">
            {projects.map((project) => (
              <li key={project.id} className="space-y-2 rounded-card border border-divider bg-surface p-4">
                <ProjectLink project={project} locale={locale} demo={t("demo")} axis={t("axisNumber", { number: project.axis.number })} />
                <StatusBadge status={project.status} />
                <p className="tabular-nums">
                  {project.latest
                    ? t("overview.figuresLine", { physical: percent(project.latest.physicalPercent), financial: percent(project.latest.financialPercent) })
                    : t("overview.noUpdates")}
                </p>
                {project.latest && (
                  <p className="text-sm text-muted">
                    {t("columns.lastUpdate")}: {format.dateTime(project.latest.recordedAt, "short")}
                  </p>
                )}
                <Waiting project={project} canAnswer={canAnswer} questions={t("waitingQuestions", { count: project.unanswered })} difficulties={t("waitingDifficulties", { count: project.openDifficulties })} />
              </li>
            ))}
          </ul>
          {/* Wider screens: a table. */}
          <DataTable label={t("title")} className="hidden md:block" tableClassName="bg-surface" columns={[{ label: t("columns.project") }, { label: t("columns.status") }, { label: t("columns.physical"), align: "end" }, { label: t("columns.financial"), align: "end" }, { label: t("columns.lastUpdate") }, { label: t("columns.waiting") }]}>
            {projects.map((project) => (
              <tr key={project.id} className="border-b border-divider align-top">
                <td className="min-w-64 p-2">
                  <ProjectLink project={project} locale={locale} demo={t("demo")} axis={t("axisNumber", { number: project.axis.number })} />
                </td>
                <td className="p-2"><StatusBadge status={project.status} /></td>
                <td className="p-2 text-end tabular-nums">{project.latest ? percent(project.latest.physicalPercent) : t("overview.notSet")}</td>
                <td className="p-2 text-end tabular-nums">{project.latest ? percent(project.latest.financialPercent) : t("overview.notSet")}</td>
                <td className="whitespace-nowrap p-2">{project.latest ? format.dateTime(project.latest.recordedAt, "short") : t("never")}</td>
                <td className="p-2">
                  <Waiting project={project} canAnswer={canAnswer} questions={t("waitingQuestions", { count: project.unanswered })} difficulties={t("waitingDifficulties", { count: project.openDifficulties })} />
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination pathname="/admin/programme" page={page} pages={pageCount(total, STAFF_PROJECTS_PAGE_SIZE)} />
        </>
      )}
    </div>
  );
}
