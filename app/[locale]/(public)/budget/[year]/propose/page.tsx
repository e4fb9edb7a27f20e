import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProposalForm } from "@/components/budget/proposal-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { submitProposalAction } from "@/lib/budget/actions";
import { yearParam } from "@/lib/budget/params";
import { getCycle } from "@/lib/budget/queries";
import { proposalsOpen } from "@/lib/budget/rules";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/budget/[year]/propose">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("form.newTitle", { year: (await params).year }), robots: { index: false } };
}

export default async function ProposePage({ params }: Props) {
  const locale = await pageLocale(params);
  const year = yearParam((await params).year);
  const cycle = year ? await getCycle(year) : null;
  if (!cycle) notFound();
  await pageUserWith("budget.propose", locale, `/budget/${cycle.year}/propose`);
  const t = await getTranslations("Budget");
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <p><Link href={`/budget/${cycle.year}`}>{t("links.backToCycle", { year: String(cycle.year) })}</Link></p>
        <h1 className="text-3xl">{t("form.newTitle", { year: String(cycle.year) })}</h1>
        <p>{t("form.intro")}</p>
        <p><Link href={`/budget/${cycle.year}#charter`}>{t("links.charter")}</Link></p>
      </header>
      {proposalsOpen(cycle.phase) ? (
        <ProposalForm locale={locale} action={submitProposalAction} hidden={{ cycleId: String(cycle.id) }} submitLabel={t("form.submit")} />
      ) : (
        <p role="status" className="rounded-md border-2 border-divider bg-surface p-4 font-bold">{t("form.closed")}</p>
      )}
    </div>
  );
}
