// The public register: a GET filter form (works without JavaScript, its URL can be shared) and a
// table of petitions with their status, type, dates and signature counts; never a name.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/navigation";
import type { RegisterFilters } from "@/lib/petitions/queries";
import type { PetitionKind, PetitionStatus } from "@/lib/petitions/rules";
import { PETITION_KINDS, PETITION_STATUSES } from "@/lib/petitions/schemas";
import { PetitionStatusBadge } from "./badges";

const field = "block w-full min-h-12 rounded-md border-2 border-muted bg-surface px-3";

export async function RegisterFilterForm({ filters }: { filters: RegisterFilters }) {
  const t = await getTranslations("Petitions");
  return (
    <section aria-labelledby="filters-title" className="no-print rounded-card border border-divider bg-surface p-4">
      <h2 id="filters-title" className="text-xl">{t("filters.label")}</h2>
      <form method="get" role="search" aria-labelledby="filters-title" className="mt-3 grid gap-4 sm:grid-cols-3">
        <div className="space-y-1 sm:col-span-3">
          <label htmlFor="filter-q" className="block font-bold">{t("filters.search")}</label>
          <input id="filter-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={field} />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block font-bold">{t("filters.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{t("filters.any")}</option>
            {PETITION_STATUSES.filter((s) => s !== "DRAFT").map((status) => (
              <option key={status} value={status}>{t(`status.${status}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-kind" className="block font-bold">{t("filters.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className={field}>
            <option value="">{t("filters.any")}</option>
            {PETITION_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`kind.${kind}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="min-h-12 cursor-pointer rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">{t("filters.apply")}</button>
        </div>
      </form>
    </section>
  );
}

export type RegisterRow = {
  id: number; kind: PetitionKind; status: PetitionStatus; subject: string; reference: string | null; threshold: number;
  signatures: number; filedAt: Date | null; decidedAt: Date | null; answerDueOn: Date | null;
};

/** The register's table; `href` says where a row leads (the public page, or the bureau's review page). */
export async function PetitionTable({ rows, label, href, showDue = false }: { rows: RegisterRow[]; label: string; href: (id: number) => string; showDue?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Petitions"), getFormatter()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, "short") : "—");
  const columns = [
    { label: t("columns.reference") }, { label: t("columns.subject") }, { label: t("columns.kind") }, { label: t("columns.status") },
    { label: t("columns.signatures"), align: "end" as const }, { label: t("columns.filed") },
    showDue ? { label: t("columns.due") } : { label: t("columns.decided") },
  ];
  return (
    <DataTable label={label} columns={columns}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-divider align-top">
          <td className="p-2 whitespace-nowrap"><span dir="ltr">{row.reference ?? "—"}</span></td>
          <td className="p-2"><Link href={href(row.id)} dir="auto">{row.subject}</Link></td>
          <td className="p-2">{t(`kind.${row.kind}`)}</td>
          <td className="p-2"><PetitionStatusBadge status={row.status} /></td>
          <td className="p-2 text-end whitespace-nowrap">{row.kind === "CITIZENS" ? `${format.number(row.signatures)} / ${format.number(row.threshold)}` : "—"}</td>
          <td className="p-2 whitespace-nowrap">{date(row.filedAt)}</td>
          <td className="p-2 whitespace-nowrap">{date(showDue ? (row.decidedAt ? null : row.answerDueOn) : row.decidedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
