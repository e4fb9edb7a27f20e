import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProposalForm } from "@/components/budget/proposal-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { editProposalAction } from "@/lib/budget/actions";
import { idParam } from "@/lib/budget/params";
import { getProposal } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/budget/proposals/[id]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("form.editTitle"), robots: { index: false } };
}

/** The author edits their proposal while the proposal phase lasts. */
export default async function EditProposalPage({ params }: Props) {
  const locale = await pageLocale(params);
  const id = idParam((await params).id);
  if (!id) notFound();
  await pageUserWith("budget.propose", locale, `/budget/proposals/${id}/edit`);
  const proposal = await getProposal(id);
  if (!proposal || !proposal.mine) notFound();
  const t = await getTranslations("Budget");
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <p><Link href={`/budget/proposals/${proposal.id}`} dir="auto">{proposal.title}</Link></p>
        <h1 className="text-3xl">{t("form.editTitle")}</h1>
      </header>
      {proposal.canEdit ? (
        <ProposalForm
          locale={locale}
          action={editProposalAction}
          hidden={{ proposalId: String(proposal.id) }}
          defaults={{ title: proposal.title, description: proposal.description, douar: proposal.douarId === null ? "commune" : String(proposal.douarId), competence: proposal.competence, estimatedCostMad: String(proposal.estimatedCostMad) }}
          submitLabel={t("form.save")}
        />
      ) : (
        <p role="status" className="rounded-md border-2 border-divider bg-surface p-4 font-bold">{t("form.closed")}</p>
      )}
    </div>
  );
}
