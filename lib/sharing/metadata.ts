import "server-only";
// What a page says about itself when it is shared (WhatsApp, Facebook, X…): Open Graph and Twitter
// card tags in the page's language, the same page in the other language (alternate links, and
// og:locale:alternate), and the portal's share image (public/share.png, 1200 × 630).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";

export const SHARE_IMAGE = { url: "/share.png", width: 1200, height: 630 } as const;

/** "ar-MA" → "ar_MA", the form Open Graph expects. */
export function ogLocale(locale: Locale): string {
  return locale.replace("-", "_");
}

/** One line of at most `max` characters (whole words, an ellipsis when cut), for a description tag. */
export function shareSummary(text: string | null | undefined, max = 200): string {
  const line = (text ?? "").replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The absolute address of `path` (without locale) in `locale`. */
export function absoluteUrl(locale: Locale, path: string): string {
  return new URL(localizedPath(locale, path), env().PUBLIC_URL).toString();
}

/**
 * The metadata of a shareable page: its title, a description (the portal's when the page has none),
 * Open Graph and Twitter tags in `locale`, and the alternate-language links.
 */
export async function shareMetadata(locale: Locale, path: string, page: { title: string; description?: string | null; type?: "website" | "article" }): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const ts = await getTranslations({ locale, namespace: "Sharing" });
  const description = shareSummary(page.description) || t("description");
  const url = localizedPath(locale, path);
  const image = { ...SHARE_IMAGE, alt: ts("imageAlt") };
  return {
    title: page.title,
    description,
    alternates: {
      canonical: url,
      languages: { ...Object.fromEntries(LOCALES.map((l) => [l, localizedPath(l, path)])), "x-default": localizedPath("ar-MA", path) },
    },
    openGraph: {
      type: page.type ?? "article",
      siteName: t("siteName"),
      title: page.title,
      description,
      url,
      locale: ogLocale(locale),
      alternateLocale: LOCALES.filter((l) => l !== locale).map(ogLocale),
      images: [image],
    },
    twitter: { card: "summary_large_image", title: page.title, description, images: [image] },
  };
}
