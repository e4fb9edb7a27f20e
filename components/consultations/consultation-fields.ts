// The titles, descriptions and closing day of a consultation's form (opening and editing share them).
import type { FormItem } from "@/components/programme/programme-form";

type T = (key: "staff.titleAr" | "staff.titleFr" | "staff.descriptionAr" | "staff.descriptionFr" | "staff.closesOn" | "staff.dayHint") => string;

export function consultationTextItems(t: T): FormItem[] {
  return [
    { kind: "row", fields: [
      { kind: "text", name: "titleAr", label: t("staff.titleAr"), required: true, maxLength: 300, dir: "rtl", lang: "ar" },
      { kind: "text", name: "titleFr", label: t("staff.titleFr"), required: true, maxLength: 300, dir: "ltr", lang: "fr" },
    ] },
    { kind: "row", fields: [
      { kind: "textarea", name: "descriptionAr", label: t("staff.descriptionAr"), required: true, maxLength: 10000, rows: 6, dir: "rtl", lang: "ar" },
      { kind: "textarea", name: "descriptionFr", label: t("staff.descriptionFr"), required: true, maxLength: 10000, rows: 6, dir: "ltr", lang: "fr" },
    ] },
  ];
}

export function closesOnItem(t: T): FormItem {
  return { kind: "text", name: "closesOn", label: t("staff.closesOn"), hint: t("staff.dayHint"), required: true, maxLength: 10, dir: "ltr", short: true };
}
