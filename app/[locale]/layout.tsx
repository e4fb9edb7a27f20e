import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCommune } from "@/lib/commune/queries";
import { env } from "@/lib/env";
import { DIRECTIONS, LANGUAGES, LOCALES } from "@/lib/i18n/config";
import { routing } from "@/lib/i18n/routing";
import { ogLocale, SHARE_IMAGE } from "@/lib/sharing/metadata";
import { arabicFont, arabicRegularFont, latinFont } from "@/lib/fonts";
import "../globals.css";

/** The only message namespaces client components use: everything else renders on the server. */
const CLIENT_NAMESPACES = ["Forms", "Errors", "Errors500"] as const;

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(env().PUBLIC_URL),
    title: { template: t("titleTemplate"), default: t("siteName") },
    description: t("description"),
    // What every page says when shared; the key public pages give their own (lib/sharing/metadata.ts).
    openGraph: { type: "website", siteName: t("siteName"), title: t("siteName"), description: t("description"), locale: ogLocale(locale), alternateLocale: LOCALES.filter((l) => l !== locale).map(ogLocale), images: [SHARE_IMAGE] },
    twitter: { card: "summary_large_image", title: t("siteName"), description: t("description"), images: [SHARE_IMAGE] },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [commune, messages] = await Promise.all([getCommune(), getMessages()]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));

  return (
    <html lang={LANGUAGES[locale]} dir={DIRECTIONS[locale]} className={`${arabicFont.variable} ${arabicRegularFont.variable} ${latinFont.variable}`}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader locale={locale} commune={commune} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} commune={commune} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
