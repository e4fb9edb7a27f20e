import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageCount, parsePage } from "@/lib/forms/pagination";
import { pageLocale } from "@/lib/i18n/page";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("auditLog") };
}

export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  await pageUserWith("audit_log.read", locale, "/admin/audit");
  const page = parsePage((await searchParams).page);
  const [t, format, { items, total }] = await Promise.all([getTranslations("Admin"), getFormatter(), listAuditEvents({ page })]);
  return (
    <div className="space-y-5">
      <h1 className="text-3xl">{t("auditLog")}</h1>
      <p>{t("auditIntro")}</p>
      {items.length === 0 ? (
        <p>{t("noAudit")}</p>
      ) : (
        <DataTable label={t("auditLog")} tableClassName="bg-surface" columns={[{ label: t("columnWhen") }, { label: t("columnActor") }, { label: t("columnAction") }, { label: t("columnTarget") }, { label: t("columnChange") }]}>
          {items.map((event) => (
            <tr key={String(event.id)} className="border-b border-divider align-top">
              <td className="p-2">{format.dateTime(event.occurredAt, "withTime")}</td>
              <td className="p-2" dir="auto">{event.actor ? `${event.actor.name} <${event.actor.email}>` : "—"}</td>
              <td className="p-2"><code dir="ltr">{event.action}</code></td>
              <td className="p-2"><code dir="ltr" className="break-all">{event.targetType}:{event.targetId}</code></td>
              <td className="p-2">
                <code dir="ltr" className="break-all text-sm">{JSON.stringify(event.before ?? null)} → {JSON.stringify(event.after ?? null)}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination pathname="/admin/audit" page={page} pages={pageCount(total, AUDIT_PAGE_SIZE)} />
    </div>
  );
}
