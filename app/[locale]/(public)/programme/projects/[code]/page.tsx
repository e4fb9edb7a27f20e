import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BudgetOrigin } from "@/components/budget/budget-origin";
import { ProjectHeader, ProjectSections } from "@/components/programme/project";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getProjectByCode } from "@/lib/programme/queries";
import { ProjectEngagement } from "@/components/programme/engagement";

type Props = PageProps<"/[locale]/programme/projects/[code]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const project = await getProjectByCode((await params).code);
  if (!project) return {};
  return shareMetadata(locale, `/programme/projects/${encodeURIComponent(project.code)}`, { title: localized(locale, project.titleAr, project.titleFr), description: localized(locale, project.descriptionAr, project.descriptionFr) });
}

export default async function ProjectPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, project] = await Promise.all([getTranslations("Programme"), getProjectByCode((await params).code)]);
  if (!project) notFound();
  const path = `/programme/projects/${encodeURIComponent(project.code)}`;

  return (
    <div className="space-y-10">
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/programme">{t("title")}</Link>
            <span aria-hidden="true" className="ms-2">/</span>
          </li>
          <li>
            <Link href="/programme/projects">{t("links.projects")}</Link>
            <span aria-hidden="true" className="ms-2">/</span>
          </li>
          <li aria-current="page" dir="ltr">{project.code}</li>
        </ol>
      </nav>

      <ProjectHeader project={project} locale={locale} />
      <BudgetOrigin projectId={project.id} />
      <p className="no-print">
        <Link href={`${path}/print`}>{t("links.print")}</Link>
      </p>
      <ProjectSections
        project={project}
        locale={locale}
        engagement={<ProjectEngagement projectId={project.id} projectCode={project.code} locale={locale} />}
      />

      <p className="no-print">
        <Link href="/programme/projects">{t("project.backToList")}</Link>
      </p>
      <ShareLinks locale={locale} path={path} title={localized(locale, project.titleAr, project.titleFr)} />
    </div>
  );
}
