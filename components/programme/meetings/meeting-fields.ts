import "server-only";
// The fields of the staff meeting form (new and edit), for components/programme/programme-form.tsx.
import { getTranslations } from "next-intl/server";
import type { FormItem } from "@/components/programme/programme-form";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";

type Programme = { id: number; startYear: number; endYear: number; titleAr: string; titleFr: string };

export async function meetingFormItems(locale: Locale, programmes: Programme[]): Promise<FormItem[]> {
  const t = await getTranslations("ProgrammeMeetings.admin");
  return [
    {
      kind: "select",
      name: "programmeId",
      label: t("programme"),
      required: true,
      options: programmes.map((p) => ({ value: String(p.id), label: localized(locale, p.titleAr, p.titleFr) })),
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "date", label: t("date"), hint: t("dateHint"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 10, short: true },
        { kind: "text", name: "time", label: t("time"), hint: t("timeHint"), required: true, dir: "ltr", inputMode: "numeric", maxLength: 5, short: true },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "placeAr", label: t("placeAr"), required: true, lang: "ar", dir: "rtl", maxLength: 300 },
        { kind: "text", name: "placeFr", label: t("placeFr"), required: true, lang: "fr", dir: "ltr", maxLength: 300 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "agendaAr", label: t("agendaAr"), required: true, lang: "ar", dir: "rtl", maxLength: 5000, rows: 5 },
        { kind: "textarea", name: "agendaFr", label: t("agendaFr"), required: true, lang: "fr", dir: "ltr", maxLength: 5000, rows: 5 },
      ],
    },
  ];
}
