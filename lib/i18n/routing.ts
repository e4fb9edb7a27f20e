import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./config";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Arabic lives at "/", French at "/fr": short canonical URLs for the default language.
  localePrefix: { mode: "as-needed", prefixes: { "ar-MA": "/ar", "fr-MA": "/fr" } },
  // URLs stay canonical; people choose with the visible language switch (style.md §6).
  localeDetection: false,
  // With detection off the cookie would serve nothing, and a Set-Cookie on every page defeats caches.
  localeCookie: false,
});
