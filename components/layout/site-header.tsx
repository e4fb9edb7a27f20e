import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/accounts/actions";
import { can } from "@/lib/auth/permissions";
import { getSession } from "@/lib/auth/session";
import type { Commune } from "@/lib/commune/queries";
import { LANGUAGES, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { countMyUnreadNotifications } from "@/lib/notifications/queries";
import { HeaderSearch } from "@/components/search/header-search";
import { LanguageSwitch } from "./language-switch";
import { MODULES } from "./nav-items";
import { NavLink } from "./nav-link";

const headerLink =
  "inline-flex min-h-11 items-center rounded-md px-3 font-bold text-white no-underline hover:bg-white/10 hover:text-white";

export async function SiteHeader({ locale, commune }: { locale: Locale; commune: Commune | null }) {
  const t = await getTranslations("Layout");
  const nav = await getTranslations("Nav");
  const user = await getSession();
  const unread = user ? await countMyUnreadNotifications() : 0;
  const other: Locale = locale === "ar-MA" ? "fr-MA" : "ar-MA";

  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="absolute -top-40 start-2 z-50 rounded-md bg-white px-4 py-3 font-bold text-brand focus:top-2"
      >
        {t("skipLink")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
          <svg aria-hidden="true" viewBox="0 0 40 40" className="h-10 w-10 shrink-0">
            <circle cx="20" cy="20" r="19" fill="#fff" />
            <path d="M20 7l3.2 8.6 9.2.4-7.2 5.7 2.5 8.9L20 25.4l-7.7 5.2 2.5-8.9-7.2-5.7 9.2-.4z" fill="#0b5d4b" />
          </svg>
          <span className="leading-tight">
            <span className="block text-lg font-bold">{commune ? localized(locale, commune.nameAr, commune.nameFr) : t("portalName")}</span>
            {commune && (
              <span className="block text-sm opacity-90">
                <span lang={LANGUAGES[other]}>{localized(locale, commune.nameFr, commune.nameAr)}</span>
                {" · "}
                {t("regionLine", {
                  province: localized(locale, commune.provinceAr, commune.provinceFr),
                  region: localized(locale, commune.regionAr, commune.regionFr),
                })}
              </span>
            )}
          </span>
        </Link>
        <HeaderSearch locale={locale} />
        <div className="no-print flex flex-wrap items-center gap-2">
          <Suspense>
            <LanguageSwitch target={other} label={t("languageSwitch")} description={t("languageSwitchLabel")} lang={LANGUAGES[other]} />
          </Suspense>
          <nav aria-label={t("accountNav")} className="flex flex-wrap items-center gap-1">
            {user ? (
              <>
                {can(user.roles, "admin.access") && (
                  <Link href="/admin" className={headerLink}>
                    {t("admin")}
                  </Link>
                )}
                <Link href="/account" className={headerLink}>
                  {t("account")}
                </Link>
                <Link href="/account/notifications" className={headerLink}>
                  {t("notifications")}
                  {unread > 0 && <span className="ms-2 rounded-md bg-white px-2 text-sm text-brand-dark">{t("unread", { count: unread })}</span>}
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className={`${headerLink} cursor-pointer`}>
                    {t("signOut")}
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link href="/signin" className={headerLink}>
                  {t("signIn")}
                </Link>
                <Link href="/register" className={`${headerLink} bg-white !text-brand hover:bg-brand-soft`}>
                  {t("register")}
                </Link>
              </>
            )}
          </nav>
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="no-print border-t border-white/20 bg-brand-dark">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1">
          {(["/", ...MODULES.map((m) => `/${m}`)] as const).map((href, index) => (
            <li key={href}>
              <NavLink
                href={href}
                className="inline-flex min-h-11 items-center rounded-md px-3 text-white no-underline hover:bg-white/10 hover:text-white aria-[current=page]:bg-white aria-[current=page]:font-bold aria-[current=page]:text-brand-dark"
              >
                {index === 0 ? nav("home") : nav(MODULES[index - 1]!)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
