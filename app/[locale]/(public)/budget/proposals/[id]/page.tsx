import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FundedBadge, ProposalStatusBadge } from "@/components/budget/badges";
import { idParam } from "@/lib/budget/params";
import { getProposal } from "@/lib/budget/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/budget/proposals/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const id = idParam((await params).id);
  const proposal = id ? await getProposal(id) : null;
  return proposal ? shareMetadata(locale, `/budget/proposals/${proposal.id}`, { title: proposal.title, description: proposal.description }) : {};
}

/** A proposal: what was proposed, the technical review, the vote's result, and the programme project it became. */
export default async function ProposalPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const id = idParam((await params).id);
  const proposal = id ? await getProposal(id) : null;
  if (!proposal) notFound();
  const done = (await searchParams).done;
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  const { cycle } = proposal;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <p><Link href={`/budget/${cycle.year}`}>{t("links.backToCycle", { year: String(cycle.year) })}</Link></p>
        <h1 className="text-3xl" dir="auto">{proposal.title}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <ProposalStatusBadge status={proposal.status} />
          {cycle.resultsPublishedAt && proposal.rank !== null && <FundedBadge funded={proposal.funded} />}
        </p>
      </header>
      {(done === "submitted" || done === "saved") && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`proposal.done.${done}`)}</p>
      )}
      {proposal.project && (
        <p className="rounded-card border-2 border-brand bg-brand-soft p-4">
          {t("proposal.project", { code: proposal.project.code })}{" "}
          <Link href={`/programme/projects/${proposal.project.code}`} className="font-bold">{t("proposal.projectLink", { code: proposal.project.code })}</Link>
        </p>
      )}
      <p className="whitespace-pre-line" dir="auto">{proposal.description}</p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("proposals.douar")}</dt>
        <dd>{proposal.douar ? localized(locale, proposal.douar.nameAr, proposal.douar.nameFr) : t("wholeCommune")}</dd>
        <dt className="font-bold">{t("proposals.competence")}</dt>
        <dd>{t(`competence.${proposal.competence}`)}</dd>
        <dt className="font-bold">{t("proposals.estimated")}</dt>
        <dd>{format.number(proposal.estimatedCostMad, "money")}</dd>
        <dt className="font-bold">{t("proposals.submittedOn")}</dt>
        <dd>{format.dateTime(proposal.createdAt, "long")}</dd>
      </dl>
      {proposal.canEdit && (
        <p><Link href={`/budget/proposals/${proposal.id}/edit`} className="inline-flex min-h-12 items-center rounded-md border-2 border-brand px-5 font-bold no-underline hover:bg-brand-soft">{t("proposal.edit")}</Link></p>
      )}
      <section aria-labelledby="review-title" className="space-y-2">
        <h2 id="review-title" className="text-2xl">{t("proposal.review")}</h2>
        {proposal.status === "SUBMITTED" ? (
          <p>{t("proposal.notReviewed")}</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t("proposals.reason")}</dt>
            <dd className="whitespace-pre-line" dir="auto">{proposal.reviewReason}</dd>
            {proposal.revisedCostMad !== null && (
              <>
                <dt className="font-bold">{t("proposals.revised")}</dt>
                <dd>{format.number(proposal.revisedCostMad, "money")}</dd>
              </>
            )}
          </dl>
        )}
      </section>
      {cycle.resultsPublishedAt && proposal.voteCount !== null && (
        <section aria-labelledby="result-title" className="space-y-2">
          <h2 id="result-title" className="text-2xl">{t("proposal.result")}</h2>
          <p>{t("proposal.votes", { count: proposal.voteCount })} · {t("proposal.rank", { rank: proposal.rank ?? 0 })}</p>
          <p><Link href={`/budget/${cycle.year}/results`}>{t("links.results")}</Link></p>
        </section>
      )}
      <ShareLinks locale={locale} path={`/budget/proposals/${proposal.id}`} title={proposal.title} />
    </div>
  );
}
