import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const LINKS = [
  { key: "overview", href: "/programme" },
  { key: "projects", href: "/programme/projects" },
  { key: "meetings", href: "/programme/meetings" },
  { key: "evaluations", href: "/programme/evaluations" },
  { key: "data", href: "/programme/data" },
] as const;

/** The programme's own pages, with the current one marked; server-rendered, so no JavaScript. */
export async function SectionNav({ current }: { current: (typeof LINKS)[number]["key"] | null }) {
  const t = await getTranslations("Programme");
  return (
    <nav aria-label={t("sectionNav")} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {LINKS.map(({ key, href }) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={current === key ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-bold no-underline hover:bg-brand-soft aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {t(`links.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
