import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getProjectFormOptions } from "@/lib/programme/service";
import { ProjectForm } from "../_components/project-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  return { title: t("newProject") };
}

export default async function NewProjectPage({ params }: PageProps<"/[locale]/admin/programme/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/new");
  const [t, options] = await Promise.all([getTranslations("ProgrammeAdmin"), getProjectFormOptions()]);
  return (
    <div className="max-w-5xl space-y-5">
      <p>
        <Link href="/admin/programme">{t("tabs.backToList")}</Link>
      </p>
      <h1 className="text-3xl">{t("newProject")}</h1>
      {options.programmes.length === 0 ? (
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{t("form.noProgramme")}</p>
      ) : (
        <ProjectForm locale={locale} options={options} />
      )}
    </div>
  );
}
