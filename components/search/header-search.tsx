// The portal-wide search box of the header: a plain GET form to /search (works without JavaScript).
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/schemas";

export async function HeaderSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations("Search");
  return (
    <form method="get" action={localizedPath(locale, "/search")} role="search" aria-label={t("headerLabel")} className="no-print flex min-w-0 grow items-center gap-1 sm:grow-0">
      <label htmlFor="header-search-q" className="sr-only">{t("headerLabel")}</label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t("headerPlaceholder")}
        className="min-h-11 w-full min-w-0 rounded-md border-2 border-white bg-white px-3 text-ink sm:w-64"
      />
      <button type="submit" className="min-h-11 shrink-0 cursor-pointer rounded-md border-2 border-white px-3 font-bold text-white hover:bg-white/10">
        {t("headerSubmit")}
      </button>
    </form>
  );
}
