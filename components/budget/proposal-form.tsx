import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { getDouarChoices } from "@/lib/budget/queries";
import { COMPETENCES, DESCRIPTION_MAX, TITLE_MAX } from "@/lib/budget/schemas";
import type { FormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import { budgetErrorMessages } from "./error-messages";

/** The proposal form, for a new proposal and for its author's edits. */
export async function ProposalForm({
  locale,
  action,
  hidden,
  defaults,
  submitLabel,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  defaults?: Record<string, string>;
  submitLabel: string;
}) {
  const [t, douars, errorMessages] = await Promise.all([getTranslations("Budget"), getDouarChoices(), budgetErrorMessages()]);
  return (
    <ProgrammeForm
      action={action}
      idPrefix="proposal"
      items={[
        { kind: "text", name: "title", label: t("form.projectTitle"), required: true, maxLength: TITLE_MAX, dir: "auto" },
        { kind: "textarea", name: "description", label: t("form.description"), hint: t("form.descriptionHint"), required: true, maxLength: DESCRIPTION_MAX, rows: 6 },
        {
          kind: "select", name: "douar", label: t("form.douar"), required: true, placeholder: t("form.chooseDouar"),
          options: [{ value: "commune", label: t("wholeCommune") }, ...douars.map((d) => ({ value: String(d.id), label: localized(locale, d.nameAr, d.nameFr) }))],
        },
        { kind: "radios", name: "competence", label: t("form.competence"), hint: t("form.competenceHint"), required: true, options: COMPETENCES.map((c) => ({ value: c, label: t(`competence.${c}`) })) },
        { kind: "text", name: "estimatedCostMad", label: t("form.estimatedCost"), hint: t("form.estimatedCostHint"), required: true, maxLength: 16, inputMode: "numeric", short: true },
      ]}
      hidden={hidden}
      defaults={defaults}
      submitLabel={submitLabel}
      errorMessages={errorMessages}
    />
  );
}
