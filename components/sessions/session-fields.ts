// The date and place fields of a session's form (scheduling and editing share them).
import type { FormItem } from "@/components/programme/programme-form";

type T = (key: "staff.startsOn" | "staff.endsOn" | "staff.dayHint" | "staff.placeAr" | "staff.placeFr") => string;

export function sessionFieldItems(t: T): FormItem[] {
  return [
    { kind: "row", fields: [
      { kind: "text", name: "startsOn", label: t("staff.startsOn"), hint: t("staff.dayHint"), required: true, maxLength: 10, dir: "ltr", short: true },
      { kind: "text", name: "endsOn", label: t("staff.endsOn"), hint: t("staff.dayHint"), required: true, maxLength: 10, dir: "ltr", short: true },
    ] },
    { kind: "row", fields: [
      { kind: "text", name: "placeAr", label: t("staff.placeAr"), required: true, maxLength: 300, dir: "rtl", lang: "ar" },
      { kind: "text", name: "placeFr", label: t("staff.placeFr"), required: true, maxLength: 300, dir: "ltr", lang: "fr" },
    ] },
  ];
}
