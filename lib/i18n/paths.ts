import { DEFAULT_LOCALE, LANGUAGES, type Locale } from "./config";

/** The public URL path of a page in a language: Arabic unprefixed, French under /fr (see routing.ts). */
export function localizedPath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${LANGUAGES[locale]}${path === "/" ? "" : path}`;
}
