import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consultationErrorMessages } from "@/components/consultations/error-messages";
import { closesOnItem, consultationTextItems } from "@/components/consultations/consultation-fields";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { openConsultationAction } from "@/lib/consultations/actions";
import { AUDIENCES, QUESTION_KINDS, QUESTION_SLOTS } from "@/lib/consultations/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/consultations/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Consultations" });
  return { title: t("staff.new") };
}

export default async function NewConsultationPage({ params }: PageProps<"/[locale]/admin/consultations/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("consultations.manage", locale, "/admin/consultations/new");
  const [t, errorMessages] = await Promise.all([getTranslations("Consultations"), consultationErrorMessages()]);
  const questionItems = QUESTION_SLOTS.flatMap((n): FormItem[] => [
    { kind: "heading", text: t("staff.question", { n }) },
    { kind: "select", name: `q${n}Kind`, label: t("staff.questionKind", { n }), placeholder: t("staff.kindNone"), options: QUESTION_KINDS.map((k) => ({ value: k, label: t(`staff.kind.${k}`) })) },
    { kind: "row", fields: [
      { kind: "text", name: `q${n}PromptAr`, label: t("staff.promptAr", { n }), maxLength: 500, dir: "rtl", lang: "ar" },
      { kind: "text", name: `q${n}PromptFr`, label: t("staff.promptFr", { n }), maxLength: 500, dir: "ltr", lang: "fr" },
    ] },
    { kind: "row", fields: [
      { kind: "textarea", name: `q${n}OptionsAr`, label: t("staff.optionsAr", { n }), maxLength: 2000, rows: 3, dir: "rtl", lang: "ar" },
      { kind: "textarea", name: `q${n}OptionsFr`, label: t("staff.optionsFr", { n }), maxLength: 2000, rows: 3, dir: "ltr", lang: "fr" },
    ] },
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/consultations">{t("staff.back")}</Link></p>
      <h1 className="text-3xl">{t("staff.new")}</h1>
      <ProgrammeForm
        action={openConsultationAction}
        idPrefix="consultation"
        items={[
          ...consultationTextItems(t),
          { kind: "radios", name: "audience", label: t("staff.audienceLabel"), required: true, options: AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) })) },
          closesOnItem(t),
          { kind: "text", name: "documentIds", label: t("staff.documentIds"), hint: t("staff.documentIdsHint"), maxLength: 200, dir: "ltr" },
          ...questionItems,
        ]}
        defaults={{ audience: "RESIDENTS" }}
        submitLabel={t("staff.open")}
        errorMessages={errorMessages}
      />
    </div>
  );
}
