import { getTranslations } from "next-intl/server";
import type { Commune } from "@/lib/commune/queries";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";

/** The commune's official accounts that the administrator entered (issue 8: sharing and social channels). */
function socialAccounts(commune: Commune): { name: string; url: string }[] {
  const accounts = [
    { name: "Facebook", url: commune.facebookUrl },
    { name: "Instagram", url: commune.instagramUrl },
    { name: "YouTube", url: commune.youtubeUrl },
  ];
  return accounts.filter((account): account is { name: string; url: string } => !!account.url);
}

export async function SiteFooter({ locale, commune }: { locale: Locale; commune: Commune | null }) {
  const t = await getTranslations("Layout");
  const openData = await getTranslations("OpenData");
  const communeName = commune ? localized(locale, commune.nameAr, commune.nameFr) : t("portalName");
  return (
    <footer className="no-print mt-16 border-t-4 border-brand bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-privacy">
          <h2 id="footer-privacy" className="text-lg">{t("footerPrivacyTitle")}</h2>
          <p className="mt-2 text-muted">{t("footerPrivacyText")}</p>
          <p className="mt-2"><Link href="/privacy">{t("footerPrivacyLink")}</Link></p>
        </section>
        <section aria-labelledby="footer-info">
          <h2 id="footer-info" className="text-lg">{t("footerInfoTitle")}</h2>
          <p className="mt-2 text-muted">{t("footerInfoText")}</p>
          <p className="mt-2"><Link href="/right-to-information">{t("footerInfoLink")}</Link></p>
          <p className="mt-2"><Link href="/open-data">{openData("footerLink")}</Link></p>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-lg">{t("footerContactTitle")}</h2>
          {commune && (
            <address className="mt-2 not-italic text-muted">
              <p>{localized(locale, commune.addressAr, commune.addressFr)}</p>
              <p>
                {t("footerPhone")}: <a href={`tel:${commune.phone.replace(/\s/g, "")}`} dir="ltr">{commune.phone}</a>
              </p>
              <p>
                {t("footerEmail")}: <a href={`mailto:${commune.email}`} dir="ltr">{commune.email}</a>
              </p>
            </address>
          )}
          {commune && socialAccounts(commune).length > 0 && (
            <ul aria-label={t("footerSocial")} className="mt-3 flex flex-wrap gap-2">
              {socialAccounts(commune).map(({ name, url }) => (
                <li key={name}>
                  <a href={url} rel="me noopener" className="inline-flex min-h-12 items-center rounded-md border border-divider px-3" dir="ltr">
                    {name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p className="border-t border-divider px-4 py-4 text-center text-sm text-muted">
        {t("footerCopyright", { year: new Date().getFullYear(), commune: communeName })}
      </p>
    </footer>
  );
}
