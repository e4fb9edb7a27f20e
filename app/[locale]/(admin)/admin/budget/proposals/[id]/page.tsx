import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProposalStatusBadge } from "@/components/budget/badges";
import { budgetErrorMessages } from "@/components/budget/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { reviewProposalAction } from "@/lib/budget/actions";
import { idParam } from "@/lib/budget/params";
import { getProposalForReview } from "@/lib/budget/queries";
import { reviewOpen } from "@/lib/budget/rules";
import { REASON_MAX } from "@/lib/budget/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/admin/budget/proposals/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("admin.review") };
}

/** Staff: the technical review of one proposal (feasible or not, why, the revised cost). */
export default async function ReviewProposalPage({ params }: Props) {
  const locale = await pageLocale(params);
  const id = idParam((await params).id);
  if (!id) notFound();
  await pageUserWith("budget.manage", locale, `/admin/budget/proposals/${id}`);
  const proposal = await getProposalForReview(id);
  if (!proposal) notFound();
  const [t, format, errorMessages] = await Promise.all([getTranslations("Budget"), getFormatter(), budgetErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p><Link href={`/admin/budget/${proposal.cycle.year}`}>{t("cycleTitle", { year: String(proposal.cycle.year) })}</Link></p>
        <h1 className="text-3xl" dir="auto">{t("admin.reviewTitle", { title: proposal.title })}</h1>
        <ProposalStatusBadge status={proposal.status} />
      </header>
      <p className="whitespace-pre-line" dir="auto">{proposal.description}</p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("admin.author")}</dt>
        <dd dir="auto">{proposal.author.name}</dd>
        <dt className="font-bold">{t("proposals.douar")}</dt>
        <dd>{proposal.douar ? localized(locale, proposal.douar.nameAr, proposal.douar.nameFr) : t("wholeCommune")}</dd>
        <dt className="font-bold">{t("proposals.competence")}</dt>
        <dd>{t(`competence.${proposal.competence}`)}</dd>
        <dt className="font-bold">{t("proposals.estimated")}</dt>
        <dd>{format.number(proposal.estimatedCostMad, "money")}</dd>
        <dt className="font-bold">{t("proposals.submittedOn")}</dt>
        <dd>{format.dateTime(proposal.createdAt, "long")}</dd>
      </dl>
      {reviewOpen(proposal.cycle.phase) ? (
        <ProgrammeForm
          action={reviewProposalAction}
          idPrefix="review"
          items={[
            { kind: "radios", name: "feasible", label: t("admin.feasible"), required: true, options: [{ value: "yes", label: t("admin.feasibleYes") }, { value: "no", label: t("admin.feasibleNo") }] },
            { kind: "textarea", name: "reason", label: t("admin.reason"), hint: t("admin.reasonHint"), required: true, maxLength: REASON_MAX, rows: 4 },
            { kind: "text", name: "revisedCostMad", label: t("admin.revisedCost"), hint: t("admin.revisedCostHint"), maxLength: 16, inputMode: "numeric", short: true },
          ]}
          hidden={{ proposalId: String(proposal.id) }}
          defaults={{
            feasible: proposal.status === "SUBMITTED" ? "" : proposal.status === "FEASIBLE" ? "yes" : "no",
            reason: proposal.reviewReason ?? "",
            revisedCostMad: String(proposal.revisedCostMad ?? proposal.estimatedCostMad),
          }}
          submitLabel={t("admin.saveReview")}
          errorMessages={errorMessages}
        />
      ) : (
        <p role="status" className="rounded-md border-2 border-divider bg-surface p-4 font-bold">{t("admin.reviewClosed")}</p>
      )}
    </div>
  );
}
