import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/layout/nav-link";
import { can } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const ADMIN_LINKS = [
  { href: "/admin", key: "home", permission: "admin.access", exact: true },
  { href: "/admin/programme", key: "programme", permission: "programme.update_progress" },
  { href: "/admin/documents", key: "documents", permission: "documents.publish" },
  { href: "/admin/information", key: "information", permission: "information.handle_requests" },
  { href: "/admin/forum", key: "forum", permission: "forum.answer" },
  { href: "/admin/forum/categories", key: "forumCategories", permission: "settings.manage" },
  { href: "/admin/budget", key: "budget", permission: "budget.manage" },
  { href: "/admin/petitions", key: "petitions", permission: "petitions.review" },
  { href: "/admin/sessions", key: "sessions", permission: "sessions.manage" },
  { href: "/admin/consultations", key: "consultations", permission: "consultations.manage" },
  { href: "/admin/equality", key: "equality", permission: "committee.record_responses" },
  { href: "/admin/youth-council", key: "youthCouncil", permission: "youth.manage" },
  { href: "/admin/users", key: "users", permission: "users.read" },
  { href: "/admin/associations", key: "associations", permission: "associations.verify" },
  { href: "/admin/audit-reports", key: "auditReports", permission: "audit_reports.manage" },
  { href: "/admin/audit", key: "auditLog", permission: "audit_log.read" },
  // Staff without the audit permission see their own actions there (lib/audit/queries.ts).
  { href: "/admin/audit", key: "myActions", permission: "admin.access", unless: "audit_log.read" },
  { href: "/admin/outbox", key: "outbox", permission: "outbox.read" },
  { href: "/admin/settings", key: "settings", permission: "settings.manage", exact: true },
  { href: "/admin/settings/holidays", key: "holidays", permission: "settings.manage" },
] as const;

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  const user = await pageUserWith("admin.access", locale, "/admin");
  const t = await getTranslations("Admin");
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav")} className="no-print rounded-card border border-divider bg-surface p-2">
        <ul className="flex flex-wrap gap-1">
          {ADMIN_LINKS.filter((link) => can(user.roles, link.permission) && !("unless" in link && can(user.roles, link.unless))).map((link) => (
            <li key={link.key}>
              <NavLink
                href={link.href}
                exact={"exact" in link}
                className="inline-flex min-h-11 items-center rounded-md px-3 no-underline hover:bg-brand-soft aria-[current=page]:bg-brand aria-[current=page]:font-bold aria-[current=page]:text-white"
              >
                {t(link.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
