import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function Pagination({ pathname, page, pages, query = {} }: { pathname: string; page: number; pages: number; query?: Record<string, string | string[]> }) {
  if (pages <= 1) return null;
  const t = await getTranslations("Admin");
  const link = "inline-flex min-h-11 items-center rounded-md border border-divider px-4";
  return (
    <nav aria-label={t("pageOf", { page, pages })} className="no-print flex flex-wrap items-center gap-3">
      {page > 1 && <Link className={link} href={{ pathname, query: { ...query, page: String(page - 1) } }}>{t("previous")}</Link>}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && <Link className={link} href={{ pathname, query: { ...query, page: String(page + 1) } }}>{t("next")}</Link>}
    </nav>
  );
}
