import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { documentErrorMessages, documentFieldItems } from "@/components/documents/admin-forms";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { createDocumentAction } from "@/lib/documents/actions";
import { CATEGORY_VALUES } from "@/lib/documents/rules";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/documents/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Documents.admin" });
  return { title: t("new") };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the form starts with when a work item links here (e.g. the budget statements due for a year). */
function prefilled(query: Record<string, string | string[] | undefined>): Record<string, string> {
  const value = (key: string) => (typeof query[key] === "string" ? query[key] : "");
  const category = value("category");
  return {
    ...((CATEGORY_VALUES as readonly string[]).includes(category) ? { category } : {}),
    ...(ISO_DAY.test(value("periodFrom")) ? { periodFrom: value("periodFrom") } : {}),
    ...(ISO_DAY.test(value("periodTo")) ? { periodTo: value("periodTo") } : {}),
  };
}

export default async function NewDocumentPage({ params, searchParams }: PageProps<"/[locale]/admin/documents/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("documents.publish", locale, "/admin/documents/new");
  const [t, items, errorMessages] = await Promise.all([getTranslations("Documents.admin"), documentFieldItems({ withFile: true }), documentErrorMessages()]);
  return (
    <div className="max-w-5xl space-y-5">
      <p><Link href="/admin/documents">{t("backToList")}</Link></p>
      <h1 className="text-3xl">{t("new")}</h1>
      <ProgrammeForm action={createDocumentAction} idPrefix="document" items={items} defaults={prefilled(await searchParams)} submitLabel={t("create")} errorMessages={errorMessages} />
    </div>
  );
}
