import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PhaseBadge } from "@/components/budget/badges";
import { DataTable } from "@/components/ui/data-table";
import { pageUserWith } from "@/lib/auth/page-guards";
import { listCyclesForStaff } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/budget">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("admin.title") };
}

/** Staff: the cycles, newest first. */
export default async function AdminBudgetPage({ params }: PageProps<"/[locale]/admin/budget">) {
  const locale = await pageLocale(params);
  await pageUserWith("budget.manage", locale, "/admin/budget");
  const [t, cycles] = await Promise.all([getTranslations("Budget"), listCyclesForStaff()]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      <p><Link href="/admin/budget/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("admin.newCycle")}</Link></p>
      {cycles.length > 0 && (
        <DataTable label={t("cycles")} columns={[{ label: t("admin.year") }, { label: t("phaseLabel") }, { label: t("admin.proposalsCount"), align: "end" }, { label: t("admin.ballotsCount"), align: "end" }]}>
          {cycles.map((c) => (
            <tr key={c.id} className="border-b border-divider">
              <td className="p-2"><Link href={`/admin/budget/${c.year}`} className="inline-flex min-h-12 items-center font-bold">{t("cycleTitle", { year: String(c.year) })}</Link></td>
              <td className="p-2"><PhaseBadge phase={c.phase} /></td>
              <td className="p-2 text-end">{c._count.proposals}</td>
              <td className="p-2 text-end">{c._count.ballots}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
