import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { getProjectForEdit, getProjectFormOptions } from "@/lib/programme/service";
import { ProjectHeader } from "../../_components/project-header";
import { ProjectForm } from "../../_components/project-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/[code]/edit">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  const { code } = await params;
  return { title: `${t("tabs.edit")} ${code}` };
}

export default async function EditProjectPage({ params }: PageProps<"/[locale]/admin/programme/[code]/edit">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const user = await pageUserWith("programme.manage", locale, `/admin/programme/${encodeURIComponent(code)}/edit`);
  const [t, project, options] = await Promise.all([getTranslations("ProgrammeAdmin"), getProjectForEdit(code), getProjectFormOptions()]);
  if (!project) notFound();
  return (
    <div className="max-w-5xl space-y-5">
      <ProjectHeader project={project} locale={locale} roles={user.roles} current="edit" />
      <h2 className="text-2xl">{t("tabs.edit")}</h2>
      <p className="text-muted">{t("form.codeFixed", { code: project.code })}</p>
      <ProjectForm locale={locale} options={options} project={project} />
    </div>
  );
}
