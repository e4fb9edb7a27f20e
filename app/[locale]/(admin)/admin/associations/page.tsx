import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssociationStatusPill } from "@/components/associations/status";
import { DataTable } from "@/components/ui/data-table";
import { listAssociationsForStaff } from "@/lib/associations/queries";
import type { AssociationStatus } from "@/lib/associations/schemas";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

const FILTERS: readonly AssociationStatus[] = ["PENDING", "VERIFIED", "REFUSED"];

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/associations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Associations" });
  return { title: t("admin.title") };
}

/** Staff's list of association registrations, those waiting for verification first. */
export default async function AdminAssociationsPage({ params, searchParams }: PageProps<"/[locale]/admin/associations">) {
  const locale = await pageLocale(params);
  await pageUserWith("associations.verify", locale, "/admin/associations");
  const requested = (await searchParams).status;
  const status = FILTERS.find((f) => f === requested);
  const [t, format, rows] = await Promise.all([getTranslations("Associations"), getFormatter(), listAssociationsForStaff(status)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      <nav aria-label={t("admin.filter")}>
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...FILTERS].map((f) => (
            <li key={f ?? "all"}>
              <Link
                href={f ? { pathname: "/admin/associations", query: { status: f } } : "/admin/associations"}
                aria-current={f === status ? "page" : undefined}
                className="inline-flex min-h-12 items-center rounded-md border border-divider px-3 no-underline aria-[current=page]:bg-brand aria-[current=page]:font-bold aria-[current=page]:text-white"
              >
                {f ? t(`status.${f}`) : t("admin.all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{t("admin.empty")}</p>
      ) : (
        <DataTable label={t("admin.title")} columns={[{ label: t("admin.columns.name") }, { label: t("admin.columns.representative") }, { label: t("admin.columns.submitted") }, { label: t("admin.columns.status") }]}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-divider">
              <td className="p-2"><Link href={`/admin/associations/${row.id}`} dir="auto">{row.name}</Link></td>
              <td className="p-2" dir="auto">{row.representative?.name ?? "—"}</td>
              <td className="p-2">{row.submittedAt ? format.dateTime(row.submittedAt, "long") : "—"}</td>
              <td className="p-2"><AssociationStatusPill status={row.status} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
