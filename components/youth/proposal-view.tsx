// One proposal of the youth council as the public and staff see it: the text, when it was sent,
// the council's response and the follow-up (the equality committee's pills: same workflow).
import { getFormatter, getTranslations } from "next-intl/server";
import { OpinionStatusPill, ResponsePill } from "@/components/equality/badges";
import { RichText } from "@/components/ui/rich-text";
import type { PublicYouthProposal } from "@/lib/youth/queries";

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

export async function YouthProposalView({ proposal, headingLevel = 3 }: { proposal: PublicYouthProposal; headingLevel?: 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations("Youth.proposals"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, DAY);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <article className="space-y-3 rounded-card border border-divider bg-surface p-4">
      <header className="space-y-1">
        <Heading className="text-xl" dir="auto">{proposal.subject}</Heading>
        <p className="flex flex-wrap items-center gap-2">
          <OpinionStatusPill status={proposal.status} />
          {proposal.sentOn && <span>{t("sentOn", { date: day(proposal.sentOn) })}</span>}
        </p>
        {proposal.presentedBy && <p className="text-sm" dir="auto">{t("presentedBy", { name: proposal.presentedBy })}</p>}
      </header>
      <RichText text={proposal.body} />
      {proposal.sentOn && (
        <div className="space-y-2 rounded-card border-s-4 border-brand bg-brand-soft p-3">
          <Sub className="text-lg">{t("response")}</Sub>
          {proposal.response && proposal.responseOn ? (
            <>
              <p className="flex flex-wrap items-center gap-2"><ResponsePill response={proposal.response} /> <span>{t("responseOn", { date: day(proposal.responseOn) })}</span></p>
              {proposal.responseText && <RichText text={proposal.responseText} />}
            </>
          ) : (
            <p>{t("noResponse")}</p>
          )}
          {proposal.followUpNote && (
            <>
              <Sub className="text-lg">{t("followUp")}</Sub>
              <RichText text={proposal.followUpNote} />
            </>
          )}
          {proposal.doneOn && <p>{t("doneOn", { date: day(proposal.doneOn) })}</p>}
        </div>
      )}
    </article>
  );
}
