import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { LANGUAGES, TIME_ZONE } from "./config";
import { FORMATS } from "./formats";
import { MESSAGES } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: MESSAGES[LANGUAGES[locale]],
    timeZone: TIME_ZONE,
    formats: FORMATS,
  };
});
