import { getTranslations } from "next-intl/server";
import { getBudgetOrigin } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";

/** On a programme project's page: "from the participatory budget", linked to the proposal it came from. Nothing otherwise. */
export async function BudgetOrigin({ projectId }: { projectId: number }) {
  const origin = await getBudgetOrigin(projectId);
  if (!origin) return null;
  const t = await getTranslations("Budget");
  return (
    <p className="rounded-card border-2 border-brand bg-brand-soft p-4" data-testid="budget-origin">
      <span className="font-bold">{t("origin", { year: String(origin.cycle.year) })}</span>{" "}
      <Link href={`/budget/proposals/${origin.id}`}>{t("originLink")}</Link>
    </p>
  );
}
