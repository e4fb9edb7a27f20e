import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintSheet } from "@/components/programme/print-sheet";
import { ProjectHeader, ProjectSections } from "@/components/programme/project";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getProjectByCode } from "@/lib/programme/queries";

type Props = PageProps<"/[locale]/programme/projects/[code]/print">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, project] = await Promise.all([getTranslations({ locale, namespace: "Programme" }), getProjectByCode((await params).code)]);
  if (!project) return {};
  // A copy of the project's page: search engines index the page itself.
  return { title: `${localized(locale, project.titleAr, project.titleFr)} · ${t("print.title")}`, robots: { index: false } };
}

/** The project's page on A4: the same sections, without navigation. */
export default async function ProjectPrintPage({ params }: Props) {
  const locale = await pageLocale(params);
  const project = await getProjectByCode((await params).code);
  if (!project) notFound();
  const path = `/programme/projects/${encodeURIComponent(project.code)}`;
  return (
    <PrintSheet locale={locale} path={path} backHref={path}>
      <div className="space-y-8">
        <ProjectHeader project={project} locale={locale} />
        <ProjectSections project={project} locale={locale} links={false} />
      </div>
    </PrintSheet>
  );
}
