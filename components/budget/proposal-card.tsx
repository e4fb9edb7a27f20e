import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicProposal } from "@/lib/budget/queries";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { FundedBadge, ProposalStatusBadge } from "./badges";

/** One proposal in a cycle's list: no author's name (residents are never named on public pages). */
export async function ProposalCard({ proposal, locale, mine, showResults }: { proposal: PublicProposal; locale: Locale; mine: boolean; showResults: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  return (
    <article className="space-y-2 rounded-card border border-divider bg-surface p-4" aria-labelledby={`proposal-${proposal.id}`}>
      <h3 id={`proposal-${proposal.id}`} className="text-lg">
        <Link href={`/budget/proposals/${proposal.id}`} dir="auto">{proposal.title}</Link>
      </h3>
      <p className="flex flex-wrap items-center gap-2">
        <ProposalStatusBadge status={proposal.status} />
        {showResults && proposal.rank !== null && <FundedBadge funded={proposal.funded} />}
        {mine && <span className="text-sm font-bold">{t("proposals.mine")}</span>}
      </p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("proposals.douar")}</dt>
        <dd>{proposal.douar ? localized(locale, proposal.douar.nameAr, proposal.douar.nameFr) : t("wholeCommune")}</dd>
        <dt className="font-bold">{t("proposals.estimated")}</dt>
        <dd>{format.number(proposal.estimatedCostMad, "money")}</dd>
        {proposal.revisedCostMad !== null && (
          <>
            <dt className="font-bold">{t("proposals.revised")}</dt>
            <dd>{format.number(proposal.revisedCostMad, "money")}</dd>
          </>
        )}
        {showResults && proposal.voteCount !== null && (
          <>
            <dt className="font-bold">{t("results.votes")}</dt>
            <dd>{t("proposal.votes", { count: proposal.voteCount })}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
