// The one place that knows the portal's languages. Dependency-free so that the proxy,
// the routing, scripts and tests can all import it.
//
// Locales are full BCP-47 tags so that every date, number and amount next-intl formats follows
// Moroccan conventions (ar-MA writes "نونبر", groups digits "1.234"); URLs use the short prefixes.
export const LOCALES = ["ar-MA", "fr-MA"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ar-MA";

/** The language part, used for `<html lang>`, message files and URL prefixes. */
export const LANGUAGES: Record<Locale, "ar" | "fr"> = { "ar-MA": "ar", "fr-MA": "fr" };
export const DIRECTIONS: Record<Locale, "rtl" | "ltr"> = { "ar-MA": "rtl", "fr-MA": "ltr" };
export const TIME_ZONE = "Africa/Casablanca";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
