import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsErrorMessages } from "@/components/settings/error-messages";
import { ProgrammeForm, type FormField, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { saveCommuneSettingsAction } from "@/lib/settings/actions";
import { getCommuneSettingsForAdmin } from "@/lib/settings/service";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/settings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Settings" });
  return { title: t("title") };
}

/** The administrator edits the commune's settings (design.md §5): nothing commune-specific is hard-coded. */
export default async function CommuneSettingsPage({ params, searchParams }: PageProps<"/[locale]/admin/settings">) {
  const locale = await pageLocale(params);
  await pageUserWith("settings.manage", locale, "/admin/settings");
  const [t, errorMessages, settings] = await Promise.all([getTranslations("Settings"), settingsErrorMessages(), getCommuneSettingsForAdmin()]);
  if (!settings) notFound();
  const done = (await searchParams).done;
  const text = (name: Exclude<keyof typeof settings, "ordinarySessionMonths" | "hasArrondissements" | "staffSecondFactorRequired">, extra: Partial<Extract<FormField, { kind: "text" }>> = {}): FormField => ({ kind: "text", name, label: t(name), maxLength: 200, ...extra });
  const arabic = { dir: "rtl", lang: "ar" } as const;
  const latin = { dir: "ltr" } as const;
  const numeric = { inputMode: "numeric", short: true, required: true, maxLength: 12 } as const;
  const items: FormItem[] = [
    { kind: "heading", text: t("identity") },
    { kind: "row", fields: [text("nameAr", { ...arabic, required: true }), text("nameFr", { ...latin, lang: "fr", required: true })] },
    text("code", { ...latin, required: true, short: true }),
    { kind: "row", fields: [text("provinceAr", { ...arabic, required: true }), text("provinceFr", { ...latin, lang: "fr", required: true })] },
    { kind: "row", fields: [text("regionAr", { ...arabic, required: true }), text("regionFr", { ...latin, lang: "fr", required: true })] },
    { kind: "heading", text: t("council") },
    text("legalPopulation", { ...numeric, hint: t("legalPopulationHint") }),
    text("censusYear", numeric),
    { kind: "checkbox", name: "hasArrondissements", label: t("hasArrondissements") },
    text("councilSize", numeric),
    {
      kind: "checkboxes", name: "ordinarySessionMonths", label: t("sessionMonths"), hint: t("sessionMonthsHint"), required: true,
      options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t(`month.${String(i + 1) as "1"}`) })),
    },
    text("mandateStartYear", numeric),
    text("mandateEndYear", numeric),
    { kind: "heading", text: t("contact") },
    { kind: "row", fields: [text("addressAr", { ...arabic, required: true, maxLength: 400 }), text("addressFr", { ...latin, lang: "fr", required: true, maxLength: 400 })] },
    text("phone", { ...latin, required: true, maxLength: 40 }),
    text("email", { ...latin, required: true }),
    text("informationOfficer"),
    text("informationOfficerContact", { maxLength: 400 }),
    { kind: "heading", text: t("social") },
    text("facebookUrl", { ...latin, hint: t("socialHint"), maxLength: 300 }),
    text("instagramUrl", { ...latin, maxLength: 300 }),
    text("youtubeUrl", { ...latin, maxLength: 300 }),
    { kind: "heading", text: t("privacy") },
    text("signatoryDataRetentionMonths", { ...numeric, hint: t("retentionHint"), maxLength: 2 }),
    text("cndpAuthorisation", { ...latin, maxLength: 100 }),
    { kind: "heading", text: t("security") },
    { kind: "checkbox", name: "staffSecondFactorRequired", label: t("staffSecondFactorRequired"), hint: t("staffSecondFactorRequiredHint") },
  ];
  const defaults = Object.fromEntries(
    Object.entries(settings).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : typeof value === "boolean" ? (value ? "on" : "") : String(value ?? "")]),
  );
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/settings/holidays">{t("holidaysLink")}</Link> · <Link href="/admin/equality/settings">{t("equalityLink")}</Link>
      </p>
      {done === "saved" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("saved")}</p>}
      <ProgrammeForm action={saveCommuneSettingsAction} idPrefix="settings" items={items} defaults={defaults} submitLabel={t("save")} errorMessages={errorMessages} />
    </div>
  );
}
