import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { documentErrorMessages, documentFieldItems } from "@/components/documents/admin-forms";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { createDocumentAction } from "@/lib/documents/actions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/documents/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Documents.admin" });
  return { title: t("new") };
}

export default async function NewDocumentPage({ params }: PageProps<"/[locale]/admin/documents/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("documents.publish", locale, "/admin/documents/new");
  const [t, items, errorMessages] = await Promise.all([getTranslations("Documents.admin"), documentFieldItems({ withFile: true }), documentErrorMessages()]);
  return (
    <div className="max-w-5xl space-y-5">
      <p><Link href="/admin/documents">{t("backToList")}</Link></p>
      <h1 className="text-3xl">{t("new")}</h1>
      <ProgrammeForm action={createDocumentAction} idPrefix="document" items={items} submitLabel={t("create")} errorMessages={errorMessages} />
    </div>
  );
}
