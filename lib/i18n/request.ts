import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { LANGUAGES, TIME_ZONE } from "./config";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${LANGUAGES[locale]}.json`)).default,
    timeZone: TIME_ZONE,
    formats: {
      dateTime: {
        short: { day: "numeric", month: "short", year: "numeric" },
        long: { day: "numeric", month: "long", year: "numeric" },
        withTime: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
      },
      number: {
        money: { style: "currency", currency: "MAD", maximumFractionDigits: 0 },
        percent: { style: "percent", maximumFractionDigits: 0 },
      },
    },
  };
});
