import type { Locale } from "./config";

/** Picks the Arabic or French column of a bilingual record. */
export function localized<T>(locale: Locale, arabic: T, french: T): T {
  return locale === "ar-MA" ? arabic : french;
}
