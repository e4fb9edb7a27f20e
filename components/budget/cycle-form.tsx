import { getTranslations } from "next-intl/server";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { getCycleFormOptions } from "@/lib/budget/queries";
import { CHARTER_MAX } from "@/lib/budget/schemas";
import type { FormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import { budgetErrorMessages } from "./error-messages";

/** A cycle's dates, envelope, charter and where funded projects go: for a new cycle (with its year) and for edits. */
export async function CycleForm({
  locale,
  action,
  withYear,
  hidden,
  defaults,
  submitLabel,
}: {
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  withYear: boolean;
  hidden?: Record<string, string>;
  defaults?: Record<string, string>;
  submitLabel: string;
}) {
  const [t, options, errorMessages] = await Promise.all([getTranslations("Budget.admin"), getCycleFormOptions(), budgetErrorMessages()]);
  const day = (name: string, label: string) => ({ kind: "text" as const, name, label, hint: t("dayHint"), required: true, maxLength: 10, dir: "ltr" as const, short: true });
  const items: FormItem[] = [
    ...(withYear ? [{ kind: "text" as const, name: "year", label: t("year"), required: true, maxLength: 4, inputMode: "numeric" as const, short: true }] : []),
    { kind: "text", name: "envelopeMad", label: t("envelope"), required: true, maxLength: 16, inputMode: "numeric", short: true },
    { kind: "row", fields: [day("proposalsStart", t("proposalsStart")), day("proposalsEnd", t("proposalsEnd"))] },
    { kind: "row", fields: [day("voteStart", t("voteStart")), day("voteEnd", t("voteEnd"))] },
    {
      kind: "select", name: "programmeId", label: t("programme"), required: true, placeholder: t("choose"),
      options: options.programmes.map((p) => ({ value: String(p.id), label: `${localized(locale, p.titleAr, p.titleFr)} (${p.startYear}–${p.endYear})` })),
    },
    {
      kind: "select", name: "axisId", label: t("axis"), required: true, placeholder: t("choose"),
      options: options.axes.map((a) => ({ value: String(a.id), label: `${a.number}. ${localized(locale, a.titleAr, a.titleFr)}` })),
    },
    { kind: "textarea", name: "charterAr", label: t("charterAr"), hint: t("charterHint"), required: true, maxLength: CHARTER_MAX, rows: 10, dir: "rtl", lang: "ar" },
    { kind: "textarea", name: "charterFr", label: t("charterFr"), required: true, maxLength: CHARTER_MAX, rows: 10, dir: "ltr", lang: "fr" },
  ];
  return <ProgrammeForm action={action} idPrefix="cycle" items={items} hidden={hidden} defaults={defaults} submitLabel={submitLabel} errorMessages={errorMessages} />;
}
