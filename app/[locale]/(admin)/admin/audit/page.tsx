import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { auditFiltersQuery, parseAuditFilters } from "@/lib/audit/filters";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";
import { pageUserWith } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { getSession } from "@/lib/auth/session";
import { pageCount, parsePage } from "@/lib/forms/pagination";
import type { Role } from "@/lib/generated/prisma/enums";
import { pageLocale } from "@/lib/i18n/page";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const [t, session] = await Promise.all([getTranslations({ locale: await pageLocale(params), namespace: "Admin" }), getSession()]);
  return { title: t(can(session?.roles ?? [], "audit_log.read") ? "auditLog" : "myActions") };
}

export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  await pageUserWith("admin.access", locale, "/admin/audit");
  const query = await searchParams;
  const page = parsePage(query.page);
  const filters = parseAuditFilters(query);
  const filterQuery = auditFiltersQuery(filters);
  const [t, tRoles, format, { items, total, ownOnly }] = await Promise.all([getTranslations("Admin"), getTranslations("Roles"), getFormatter(), listAuditEvents({ page, filters })]);
  const field = (name: keyof typeof filters, label: string, hint?: string, type = "text") => (
    <div className="space-y-1">
      <label htmlFor={`audit-${name}`} className="block font-bold">{label}</label>
      {hint && <p id={`audit-${name}-hint`} className="text-sm text-muted">{hint}</p>}
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        defaultValue={filters[name] ?? ""}
        aria-describedby={hint ? `audit-${name}-hint` : undefined}
        dir={type === "date" || name !== "actor" ? "ltr" : "auto"}
        className="block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2"
      />
    </div>
  );
  return (
    <div className="space-y-5">
      <h1 className="text-3xl">{t(ownOnly ? "myActions" : "auditLog")}</h1>
      <p>{t(ownOnly ? "myActionsIntro" : "auditIntro")}</p>
      <form method="get" aria-label={t("auditFilters")} className="no-print grid gap-3 rounded-card border border-divider bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
        {field("actor", t("auditActor"))}
        {field("action", t("auditAction"), t("auditActionHint"))}
        {field("target", t("auditTarget"), t("auditTargetHint"))}
        {field("from", t("auditFrom"), undefined, "date")}
        {field("to", t("auditTo"), undefined, "date")}
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="min-h-12 rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">{t("auditFilter")}</button>
          <a href={`/api/admin/audit?${new URLSearchParams(filterQuery).toString()}`} className="inline-flex min-h-12 items-center font-bold">
            {t("auditCsv")}
          </a>
        </div>
      </form>
      <p>{t("auditCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("noAudit")}</p>
      ) : (
        <DataTable label={t("auditLog")} tableClassName="bg-surface" columns={[{ label: t("columnWhen") }, { label: t("columnActor") }, { label: t("columnAction") }, { label: t("columnTarget") }, { label: t("columnChange") }]}>
          {items.map((event) => (
            <tr key={String(event.id)} className="border-b border-divider align-top">
              <td className="p-2">
                {format.dateTime(event.occurredAt, "withTime")}
                {event.requestId && <span className="block text-sm text-muted">{t("auditRequest")} <code dir="ltr" className="break-all">{event.requestId}</code></span>}
              </td>
              <td className="p-2" dir="auto">
                {event.actor ? `${event.actor.name} <${event.actor.email}>` : "—"}
                {event.actorRoles && <span className="block text-sm text-muted">{t("auditRoles")} {format.list(event.actorRoles.split(",").map((role) => tRoles(role as Role)))}</span>}
              </td>
              <td className="p-2"><code dir="ltr">{event.action}</code></td>
              <td className="p-2"><code dir="ltr" className="break-all">{event.targetType}:{event.targetId}</code></td>
              <td className="p-2">
                <code dir="ltr" className="break-all text-sm">{JSON.stringify(event.before ?? null)} → {JSON.stringify(event.after ?? null)}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination pathname="/admin/audit" page={page} pages={pageCount(total, AUDIT_PAGE_SIZE)} query={filterQuery} />
    </div>
  );
}
