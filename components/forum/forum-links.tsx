import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The forum's own links: raise a problem (in this douar when given), the rules, the figures. */
export async function ForumLinks({ douarId }: { douarId?: number }) {
  const t = await getTranslations("Forum");
  return (
    <ul className="no-print flex flex-wrap gap-3">
      <li>
        <Link
          href={{ pathname: "/forum/new", query: douarId ? { douar: String(douarId) } : {} }}
          className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 font-bold text-white no-underline hover:bg-brand-dark"
        >
          {t("links.new")}
        </Link>
      </li>
      <li>
        <Link href="/forum/rules" className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4">{t("links.rules")}</Link>
      </li>
      <li>
        <Link href="/forum/data" className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4">{t("links.data")}</Link>
      </li>
    </ul>
  );
}
