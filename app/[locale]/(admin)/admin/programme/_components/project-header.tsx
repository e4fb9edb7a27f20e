// The heading and sub-navigation shared by a project's staff pages. The current page is marked
// for assistive technology; tabs the person may not use are not shown (the pages guard themselves).
import { getTranslations } from "next-intl/server";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";

type Tab = "overview" | "edit" | "discussion" | "difficulties";

const TABS: { key: Tab; suffix: string; permission: Permission }[] = [
  { key: "overview", suffix: "", permission: "programme.update_progress" },
  { key: "edit", suffix: "/edit", permission: "programme.manage" },
  { key: "discussion", suffix: "/discussion", permission: "programme.answer" },
  { key: "difficulties", suffix: "/difficulties", permission: "programme.answer" },
];

export async function ProjectHeader({
  project,
  locale,
  roles,
  current,
}: {
  project: { code: string; titleAr: string; titleFr: string };
  locale: Locale;
  roles: readonly Role[];
  current: Tab;
}) {
  const t = await getTranslations("ProgrammeAdmin.tabs");
  const base = `/admin/programme/${encodeURIComponent(project.code)}`;
  const tab = "inline-flex min-h-11 items-center rounded-md border border-divider px-3 no-underline hover:bg-brand-soft aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:font-bold aria-[current=page]:text-white";
  return (
    <div className="space-y-3">
      <p>
        <Link href="/admin/programme">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl">
        <span dir="ltr">{project.code}</span>
        {" · "}
        <span dir="auto">{localized(locale, project.titleAr, project.titleFr)}</span>
      </h1>
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-2">
          {TABS.filter((item) => can(roles, item.permission)).map((item) => (
            <li key={item.key}>
              <Link href={`${base}${item.suffix}`} aria-current={item.key === current ? "page" : undefined} className={tab}>
                {t(item.key)}
              </Link>
            </li>
          ))}
          <li>
            <Link href={`/programme/projects/${encodeURIComponent(project.code)}`} className={tab}>
              {t("publicPage")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/** The green confirmation after a staff action redirected back here. */
export function DoneMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
      {text}
    </p>
  );
}
