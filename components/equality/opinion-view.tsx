// One opinion or proposal of the committee: what it is about, the committee's vote, when it was
// sent, the council's response and its follow-up (shared by the public, workspace and staff pages).
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOpinion } from "@/lib/equality/queries";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { OpinionStatusPill, ResponsePill } from "./badges";
import { Attachments } from "./attachments";
import { RichText } from "@/components/ui/rich-text";

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

export async function OpinionView({ opinion, locale }: { opinion: PublicOpinion; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Equality.opinions"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, DAY);
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <p className="text-muted">{t(`kind.${opinion.kind}`)}</p>
        <h1 className="text-3xl" dir="auto">{opinion.subject}</h1>
        <OpinionStatusPill status={opinion.status} />
      </header>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("requestedByLabel")}</dt>
        <dd>{t(`requestedBy.${opinion.requestedBy}`)}</dd>
        <dt className="font-bold">{t("concernsLabel")}</dt>
        <dd>
          {t(`concerns.${opinion.concerns}`)}
          {opinion.project && (
            <>
              {" : "}
              <Link href={`/programme/projects/${opinion.project.code}`}>{localized(locale, opinion.project.titleAr, opinion.project.titleFr)}</Link>
            </>
          )}
          {opinion.petition && (
            <>
              {" : "}
              <span dir="auto">{opinion.petition.subject}</span>
            </>
          )}
        </dd>
      </dl>
      <RichText text={opinion.body} />
      <Attachments attachments={opinion.attachments} />
      {(opinion.adoptedOn || opinion.sentOn) && (
        <div className="space-y-1 rounded-card border border-divider bg-surface p-4">
          {opinion.votesFor !== null && <p>{t("votes", { for: opinion.votesFor, against: opinion.votesAgainst ?? 0, abstaining: opinion.votesAbstaining ?? 0 })}</p>}
          {opinion.adoptedOn && <p>{t("adoptedOn", { date: day(opinion.adoptedOn) })}</p>}
          {opinion.sentOn && <p>{t("sentOn", { date: day(opinion.sentOn) })}</p>}
        </div>
      )}
      {opinion.sentOn && (
        <section aria-labelledby={`response-${opinion.id}`} className="space-y-2">
          <h2 id={`response-${opinion.id}`} className="text-2xl">{t("responseTitle")}</h2>
          {opinion.response && opinion.responseOn ? (
            <div className="space-y-2 rounded-card border-s-4 border-brand bg-brand-soft p-4">
              <p className="flex flex-wrap items-center gap-2">
                <ResponsePill response={opinion.response} />
                <span>{t("responseOn", { date: day(opinion.responseOn) })}</span>
              </p>
              {opinion.responseText && <RichText text={opinion.responseText} />}
            </div>
          ) : (
            <p>{t("noResponse")}</p>
          )}
          {opinion.followUpNote && (
            <div className="space-y-1">
              <h3 className="text-lg">{t("followUp")}</h3>
              <RichText text={opinion.followUpNote} />
            </div>
          )}
          {opinion.doneOn && <p>{t("doneOn", { date: day(opinion.doneOn) })}</p>}
        </section>
      )}
    </article>
  );
}
