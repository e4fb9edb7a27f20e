import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { saveSettingsAction } from "@/lib/equality/actions";
import { getEqualitySettings } from "@/lib/equality/queries";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/admin/equality/settings">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.settings" });
  return { title: t("title") };
}

/** The administrator records what the council's internal regulation fixes for the committee (art. 120). */
export default async function EqualitySettingsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await pageUserWith("settings.manage", locale, "/admin/equality/settings");
  const [t, settings, errorMessages] = await Promise.all([getTranslations("Equality.settings"), getEqualitySettings(), equalityErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <DoneBanner done={(await searchParams).done} known={["saved"]} text={() => t("saved")} />
      <ProgrammeForm
        action={saveSettingsAction}
        idPrefix="settings"
        items={[
          { kind: "row", fields: [
            { kind: "text", name: "nameAr", label: t("nameAr"), required: true, maxLength: 200, dir: "rtl", lang: "ar" },
            { kind: "text", name: "nameFr", label: t("nameFr"), required: true, maxLength: 200, dir: "ltr", lang: "fr" },
          ] },
          { kind: "row", fields: [
            { kind: "text", name: "minMembers", label: t("minMembers"), required: true, maxLength: 3, inputMode: "numeric", dir: "ltr", short: true },
            { kind: "text", name: "maxMembers", label: t("maxMembers"), required: true, maxLength: 3, inputMode: "numeric", dir: "ltr", short: true },
          ] },
          { kind: "row", fields: [
            { kind: "text", name: "targetWomenPercent", label: t("target"), required: true, maxLength: 3, inputMode: "numeric", dir: "ltr", short: true },
            { kind: "text", name: "meetingsPerYear", label: t("meetingsPerYear"), required: true, maxLength: 2, inputMode: "numeric", dir: "ltr", short: true },
          ] },
          { kind: "row", fields: [
            { kind: "textarea", name: "bureauRolesAr", label: t("bureauRolesAr"), hint: t("listHint"), maxLength: 4000, rows: 5, dir: "rtl", lang: "ar" },
            { kind: "textarea", name: "bureauRolesFr", label: t("bureauRolesFr"), hint: t("listHint"), maxLength: 4000, rows: 5, dir: "ltr", lang: "fr" },
          ] },
          { kind: "row", fields: [
            { kind: "textarea", name: "categoriesAr", label: t("categoriesAr"), hint: t("listHint"), maxLength: 4000, rows: 6, dir: "rtl", lang: "ar" },
            { kind: "textarea", name: "categoriesFr", label: t("categoriesFr"), hint: t("listHint"), maxLength: 4000, rows: 6, dir: "ltr", lang: "fr" },
          ] },
        ]}
        defaults={{
          nameAr: settings.nameAr, nameFr: settings.nameFr, minMembers: String(settings.minMembers), maxMembers: String(settings.maxMembers),
          targetWomenPercent: String(settings.targetWomenPercent), meetingsPerYear: String(settings.meetingsPerYear),
          bureauRolesAr: settings.bureauRolesAr.join("\n"), bureauRolesFr: settings.bureauRolesFr.join("\n"),
          categoriesAr: settings.categoriesAr.join("\n"), categoriesFr: settings.categoriesFr.join("\n"),
        }}
        submitLabel={t("submit")}
        errorMessages={errorMessages}
      />
    </div>
  );
}
