import "server-only";
// The internal-audit space's forms, as items for the shared form renderer
// (components/programme/programme-form.tsx), translated on the server.
import { getTranslations } from "next-intl/server";
import type { FormItem } from "@/components/programme/programme-form";
import { AUDIT_SOURCES, RECOMMENDATION_STATUSES } from "@/lib/audit-reports/rules";
import { AUDIT_ERROR_KEYS } from "@/lib/audit-reports/schemas";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";

export async function auditErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("AuditReports.errors");
  return Object.fromEntries(AUDIT_ERROR_KEYS.map((key) => [key, t(key)]));
}

type DocumentChoice = { id: number; titleAr: string; titleFr: string; status: string };

export async function reportFieldItems(locale: Locale, documents: DocumentChoice[]): Promise<FormItem[]> {
  const [t, f, ts] = await Promise.all([getTranslations("AuditReports.admin"), getTranslations("AuditReports.admin.fields"), getTranslations("AuditReports.sources")]);
  return [
    { kind: "select", name: "source", label: f("source"), required: true, options: AUDIT_SOURCES.map((s) => ({ value: s.value, label: ts(s.value) })), placeholder: "—" },
    { kind: "row", fields: [
      { kind: "text", name: "titleAr", label: f("titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 300 },
      { kind: "text", name: "titleFr", label: f("titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 300 },
    ] },
    { kind: "row", fields: [
      { kind: "textarea", name: "summaryAr", label: f("summaryAr"), dir: "rtl", lang: "ar", maxLength: 3000, rows: 3 },
      { kind: "textarea", name: "summaryFr", label: f("summaryFr"), dir: "ltr", lang: "fr", maxLength: 3000, rows: 3 },
    ] },
    { kind: "row", fields: [
      { kind: "text", name: "periodFrom", label: f("periodFrom"), hint: f("dateHint"), dir: "ltr", short: true, maxLength: 10 },
      { kind: "text", name: "periodTo", label: f("periodTo"), hint: f("dateHint"), dir: "ltr", short: true, maxLength: 10 },
    ] },
    { kind: "row", fields: [
      { kind: "text", name: "receivedOn", label: f("receivedOn"), hint: f("dateHint"), required: true, dir: "ltr", short: true, maxLength: 10 },
      { kind: "text", name: "presentedOn", label: f("presentedOn"), hint: f("dateHint"), dir: "ltr", short: true, maxLength: 10 },
    ] },
    {
      kind: "select", name: "documentId", label: f("documentId"), hint: f("documentHint"), placeholder: f("noDocument"),
      options: documents.map((d) => ({ value: String(d.id), label: `${localized(locale, d.titleAr, d.titleFr)}${d.status === "PUBLISHED" ? "" : ` ${t("documentDraft")}`}` })),
    },
  ];
}

export async function recommendationItems(): Promise<FormItem[]> {
  const t = await getTranslations("AuditReports.admin.fields");
  return [
    { kind: "row", fields: [
      { kind: "textarea", name: "textAr", label: t("textAr"), required: true, dir: "rtl", lang: "ar", maxLength: 3000, rows: 3 },
      { kind: "textarea", name: "textFr", label: t("textFr"), required: true, dir: "ltr", lang: "fr", maxLength: 3000, rows: 3 },
    ] },
    { kind: "row", fields: [
      { kind: "text", name: "serviceAr", label: t("serviceAr"), required: true, dir: "rtl", lang: "ar", maxLength: 200 },
      { kind: "text", name: "serviceFr", label: t("serviceFr"), required: true, dir: "ltr", lang: "fr", maxLength: 200 },
    ] },
    { kind: "text", name: "dueOn", label: t("dueOn"), hint: t("dateHint"), required: true, dir: "ltr", short: true, maxLength: 10 },
  ];
}

export async function followUpItems(): Promise<FormItem[]> {
  const [t, ts] = await Promise.all([getTranslations("AuditReports.admin.fields"), getTranslations("AuditReports.status")]);
  return [
    { kind: "text", name: "notedOn", label: t("notedOn"), hint: t("dateHint"), required: true, dir: "ltr", short: true, maxLength: 10 },
    { kind: "select", name: "status", label: t("status"), required: true, options: RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: ts(s) })), placeholder: "—" },
    { kind: "textarea", name: "text", label: t("text"), required: true, maxLength: 3000, rows: 3, dir: "auto" },
  ];
}
