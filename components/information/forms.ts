import "server-only";
// The forms of access-to-information requests, as items for the shared form renderer
// (components/programme/programme-form.tsx), translated on the server.
import { getTranslations } from "next-intl/server";
import type { FormItem } from "@/components/programme/programme-form";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/rules";
import { ART7_EXCEPTIONS, REFUSAL_GROUNDS } from "@/lib/information/rules";
import { DELIVERY_MODES, IDENTITY_KINDS, INFORMATION_ERROR_KEYS, OFFICER_CHANNELS, OUTCOMES } from "@/lib/information/schemas";

export async function informationErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Information.errors");
  return Object.fromEntries(INFORMATION_ERROR_KEYS.map((key) => [key, t(key)]));
}

/** Exactly the fields of art. 14, plus the preferred way of access (art. 15) and urgency (art. 17). */
export async function requestFieldItems(): Promise<FormItem[]> {
  const t = await getTranslations("Information.form");
  return [
    { kind: "row", fields: [
      { kind: "text", name: "firstName", label: t("firstName"), required: true, maxLength: 100, dir: "auto" },
      { kind: "text", name: "lastName", label: t("lastName"), required: true, maxLength: 100, dir: "auto" },
    ] },
    { kind: "textarea", name: "address", label: t("address"), required: true, maxLength: 300, rows: 2, dir: "auto" },
    { kind: "radios", name: "identityKind", label: t("identityKind"), required: true, options: IDENTITY_KINDS.map((value) => ({ value, label: t(value) })) },
    { kind: "text", name: "identityNumber", label: t("identityNumber"), hint: t("identityHint"), required: true, maxLength: 20, dir: "ltr", short: true },
    { kind: "text", name: "email", label: t("email"), hint: t("emailHint"), maxLength: 200, dir: "ltr" },
    { kind: "textarea", name: "informationRequested", label: t("informationRequested"), hint: t("informationHint"), required: true, maxLength: 4000, rows: 6, dir: "auto" },
    { kind: "radios", name: "deliveryMode", label: t("deliveryMode"), required: true, options: DELIVERY_MODES.map((value) => ({ value, label: t(value) })) },
    { kind: "checkbox", name: "urgent", label: t("urgent") },
  ];
}

/** The officer's entry of a paper, post or e-mail request: the same fields, the channel and the day received. */
export async function officerEntryItems(): Promise<FormItem[]> {
  const [t, tc] = await Promise.all([getTranslations("Information.admin"), getTranslations("Information.channel")]);
  return [
    { kind: "radios", name: "channel", label: t("channel"), required: true, options: OFFICER_CHANNELS.map((value) => ({ value, label: tc(value) })) },
    { kind: "text", name: "receivedOn", label: t("receivedOn"), hint: t("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
    ...(await requestFieldItems()),
  ];
}

export async function answerItems(): Promise<FormItem[]> {
  const [t, to, tg, te] = await Promise.all([
    getTranslations("Information.admin"),
    getTranslations("Information.outcome"),
    getTranslations("Information.grounds"),
    getTranslations("Information.exceptions"),
  ]);
  return [
    { kind: "radios", name: "outcome", label: t("outcome"), required: true, options: OUTCOMES.map((value) => ({ value, label: to(value) })) },
    { kind: "textarea", name: "answerText", label: t("answerText"), maxLength: 8000, rows: 5, dir: "auto" },
    { kind: "textarea", name: "withheldPart", label: t("withheldPart"), maxLength: 2000, rows: 3, dir: "auto" },
    { kind: "select", name: "refusalGround", label: t("refusalGround"), placeholder: "—", options: REFUSAL_GROUNDS.map((value) => ({ value, label: tg(value) })) },
    { kind: "checkboxes", name: "exceptions", label: t("exceptionsLabel"), options: ART7_EXCEPTIONS.map((value) => ({ value, label: te(value) })) },
    { kind: "textarea", name: "refusalReasons", label: t("refusalReasons"), maxLength: 4000, rows: 4, dir: "auto" },
    { kind: "text", name: "publishedReference", label: t("publishedReference"), maxLength: 500, dir: "auto" },
  ];
}

/** The officer's redacted version of an answered request for the public archive. */
export async function archiveItems(): Promise<FormItem[]> {
  const [t, tc] = await Promise.all([getTranslations("Information.admin"), getTranslations("Documents.categories")]);
  return [
    { kind: "select", name: "category", label: t("archiveCategory"), required: true, options: DOCUMENT_CATEGORIES.map((c) => ({ value: c.value, label: tc(c.value) })), placeholder: "—" },
    { kind: "textarea", name: "question", label: t("archiveQuestion"), required: true, maxLength: 4000, rows: 4, dir: "auto" },
    { kind: "textarea", name: "answer", label: t("archiveAnswer"), required: true, maxLength: 8000, rows: 6, dir: "auto" },
    { kind: "checkbox", name: "privacyChecked", label: t("archiveCheck"), required: true },
  ];
}
