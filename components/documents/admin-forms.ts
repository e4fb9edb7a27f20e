import "server-only";
// The staff forms of the library, as items for the shared form renderer
// (components/programme/programme-form.tsx), translated on the server.
import { getTranslations } from "next-intl/server";
import type { FormItem } from "@/components/programme/programme-form";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/rules";
import { DOCUMENT_ERROR_KEYS } from "@/lib/documents/schemas";
import { DOCUMENT_ACCEPT } from "@/lib/uploads/documents";

export async function documentErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Documents.errors");
  return Object.fromEntries(DOCUMENT_ERROR_KEYS.map((key) => [key, t(key)]));
}

export async function fileItem(): Promise<FormItem> {
  const t = await getTranslations("Documents.admin.fields");
  return { kind: "file", name: "file", label: t("file"), hint: t("fileHint"), accept: DOCUMENT_ACCEPT, required: true };
}

/** The description of a document (and, for a new one, its file). */
export async function documentFieldItems({ withFile }: { withFile: boolean }): Promise<FormItem[]> {
  const [t, tc] = await Promise.all([getTranslations("Documents.admin.fields"), getTranslations("Documents.categories")]);
  const items: FormItem[] = [
    { kind: "select", name: "category", label: t("category"), required: true, options: DOCUMENT_CATEGORIES.map((c) => ({ value: c.value, label: tc(c.value) })), placeholder: "—" },
    { kind: "row", fields: [
      { kind: "text", name: "titleAr", label: t("titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 300 },
      { kind: "text", name: "titleFr", label: t("titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 300 },
    ] },
    { kind: "row", fields: [
      { kind: "textarea", name: "summaryAr", label: t("summaryAr"), hint: t("summaryHint"), required: true, dir: "rtl", lang: "ar", maxLength: 3000, rows: 4 },
      { kind: "textarea", name: "summaryFr", label: t("summaryFr"), hint: t("summaryHint"), required: true, dir: "ltr", lang: "fr", maxLength: 3000, rows: 4 },
    ] },
    { kind: "text", name: "documentDate", label: t("documentDate"), hint: t("dateHint"), required: true, dir: "ltr", short: true, maxLength: 10 },
    { kind: "row", fields: [
      { kind: "text", name: "sourceServiceAr", label: t("sourceServiceAr"), required: true, dir: "rtl", lang: "ar", maxLength: 200 },
      { kind: "text", name: "sourceServiceFr", label: t("sourceServiceFr"), required: true, dir: "ltr", lang: "fr", maxLength: 200 },
    ] },
    { kind: "row", fields: [
      { kind: "text", name: "periodFrom", label: t("periodFrom"), hint: t("periodHint"), dir: "ltr", short: true, maxLength: 10 },
      { kind: "text", name: "periodTo", label: t("periodTo"), hint: t("dateHint"), dir: "ltr", short: true, maxLength: 10 },
    ] },
  ];
  if (withFile) items.push(await fileItem());
  return items;
}
