// The frame of the print views: the commune's header with the print date, the content, and the
// source address. A4 and the hiding of the site's header and footer come from print.css.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCommune } from "@/lib/commune/queries";
import { env } from "@/lib/env";
import { LANGUAGES, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import "./print.css";

export async function PrintSheet({ locale, path, backHref, children }: { locale: Locale; path: string; backHref: string; children: ReactNode }) {
  const [t, tl, format, commune] = await Promise.all([getTranslations("Programme"), getTranslations("Layout"), getFormatter(), getCommune()]);
  const other: Locale = locale === "ar-MA" ? "fr-MA" : "ar-MA";
  return (
    <div className="print-sheet space-y-8">
      <div className="no-print space-y-2 rounded-md border-s-4 border-brand bg-brand-soft p-4">
        <p>{t("print.instruction")}</p>
        <p>
          <Link href={backHref}>{t("print.back")}</Link>
        </p>
      </div>
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-ink pb-4" data-testid="print-header">
        <div>
          <p className="text-xl font-bold">{commune ? localized(locale, commune.nameAr, commune.nameFr) : tl("portalName")}</p>
          {commune && (
            <>
              <p>
                {tl("regionLine", {
                  province: localized(locale, commune.provinceAr, commune.provinceFr),
                  region: localized(locale, commune.regionAr, commune.regionFr),
                })}
              </p>
              <p lang={LANGUAGES[other]} className="text-sm">
                {localized(locale, commune.nameFr, commune.nameAr)}
              </p>
            </>
          )}
        </div>
        <p className="font-bold" data-testid="print-date">
          {t("print.printedOn", { date: format.dateTime(new Date(), "long") })}
        </p>
      </header>
      {children}
      <p className="border-t border-divider pt-3 text-sm text-muted">
        {t.rich("print.source", { url: `${env().PUBLIC_URL}${localizedPath(locale, path)}`, link: (chunks) => <bdi dir="ltr" className="break-all">{chunks}</bdi> })}
      </p>
    </div>
  );
}
