// Translations outside a request (e-mails written by actions and workers, tests).
import { createTranslator } from "next-intl";
import { LANGUAGES, TIME_ZONE, type Locale } from "./config";
import { MESSAGES } from "./messages";

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[LANGUAGES[locale]], timeZone: TIME_ZONE });
}
