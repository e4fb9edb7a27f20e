// Translations outside a request (e-mails written by actions and workers, tests).
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import { LANGUAGES, TIME_ZONE, type Locale } from "./config";

export const MESSAGES = { ar, fr } as const;

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[LANGUAGES[locale]], timeZone: TIME_ZONE });
}
