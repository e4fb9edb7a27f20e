// A civil-society meeting as the public reads it: when and where, the agenda, the invited
// associations (and who confirmed), then, once published, the minutes and each decision with its
// state. Server-rendered: no JavaScript needed.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import type { PublicMeeting } from "@/lib/programme/meetings";
import { DecisionBadge } from "./decision-badge";

/** A bilingual text in the page's language; the Arabic one (marked as such) when French is missing. */
function Bilingual({ locale, ar, fr, className }: { locale: Locale; ar: string; fr: string | null; className?: string }) {
  if (locale === "fr-MA" && fr && fr.trim() !== "") return <p dir="auto" className={className}>{fr}</p>;
  // Arabic inside a French page: isolated (bdi), aligned like the page.
  if (locale === "fr-MA") {
    return (
      <p className={className}>
        <bdi lang="ar">{ar}</bdi>
      </p>
    );
  }
  return <p dir="auto" className={className}>{ar}</p>;
}

export async function MeetingDecisions({ meeting, locale, headingLevel = 4 }: { meeting: PublicMeeting; locale: Locale; headingLevel?: 2 | 4 }) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeMeetings"), getFormatter()]);
  const Heading = headingLevel === 2 ? "h2" : "h4";
  const done = meeting.decisions.filter((d) => d.done).length;
  const headingId = `meeting-${meeting.id}-decisions`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading id={headingId} className={headingLevel === 2 ? "text-2xl" : "text-lg font-bold"}>{t("decisions")}</Heading>
      {meeting.decisions.length === 0 ? (
        <p>{t("noDecisions")}</p>
      ) : (
        <>
          <p className="font-bold">{t("decisionsProgress", { done, total: format.number(meeting.decisions.length) })}</p>
          <ol className="space-y-2">
            {meeting.decisions.map((decision) => (
              <li
                key={decision.id}
                data-testid="meeting-decision"
                className={`flex flex-wrap items-start gap-x-4 gap-y-2 rounded-md border-s-4 bg-surface p-3 ${decision.done ? "border-success" : "border-accent"}`}
              >
                <span className="font-bold tabular-nums" aria-hidden="true">{format.number(decision.position)}.</span>
                <div className="min-w-0 flex-1 basis-56 space-y-1">
                  {locale === "fr-MA" && decision.textFr ? (
                    <p dir="auto">{decision.textFr}</p>
                  ) : (
                    <p>{locale === "fr-MA" ? <bdi lang="ar">{decision.textAr}</bdi> : decision.textAr}</p>
                  )}
                  {decision.doneAt && <p className="text-sm text-muted">{t("doneOn", { date: format.dateTime(decision.doneAt, "long") })}</p>}
                  {!decision.doneAt && decision.dueOn && <p className="text-sm text-muted">{t("dueOn", { date: format.dateTime(decision.dueOn, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) })}</p>}
                </div>
                <DecisionBadge done={decision.done} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** One meeting; `full` on its own page (with the minutes), a summary in the list. */
export async function MeetingView({ meeting, locale, full = false }: { meeting: PublicMeeting; locale: Locale; full?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeMeetings"), getFormatter()]);
  const subClass = full ? "text-2xl" : "text-lg";
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("when")}</dt>
        <dd>{format.dateTime(meeting.scheduledAt, "withTime")}</dd>
        <dt className="font-bold">{t("place")}</dt>
        <dd>
          <Bilingual locale={locale} ar={meeting.placeAr} fr={meeting.placeFr} className="inline" />
        </dd>
      </dl>
      <div className="space-y-1">
        {full ? <h2 className={subClass}>{t("agenda")}</h2> : <p className="font-bold">{t("agenda")}</p>}
        <Bilingual locale={locale} ar={meeting.agendaAr} fr={meeting.agendaFr} className="whitespace-pre-line" />
      </div>
      <div className="space-y-1">
        {full ? <h2 className={subClass}>{t("invitedAssociations")}</h2> : <p className="font-bold">{t("invitedAssociations")}</p>}
        {meeting.associations.length === 0 ? (
          <p className="text-muted">{t("noInvitations")}</p>
        ) : (
          <ul className="space-y-1">
            {meeting.associations.map((association) => (
              <li key={association.id} className="flex flex-wrap items-baseline gap-x-2">
                <bdi lang="ar">{association.name}</bdi>
                <span className={`text-sm font-bold ${association.confirmed ? "text-success" : "text-muted"}`}>
                  <span aria-hidden="true">{association.confirmed ? "✓ " : "○ "}</span>
                  {association.confirmed ? t("confirmed") : t("notConfirmed")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {meeting.minutes ? (
        <>
          {full && (
            <section aria-labelledby={`meeting-${meeting.id}-minutes`} className="space-y-2">
              <h2 id={`meeting-${meeting.id}-minutes`} className={subClass}>{t("minutes")}</h2>
              <p className="text-sm text-muted">{t("minutesPublishedOn", { date: format.dateTime(meeting.minutes.publishedAt, "long") })}</p>
              <Bilingual locale={locale} ar={meeting.minutes.ar} fr={meeting.minutes.fr} className="whitespace-pre-line" />
            </section>
          )}
          {!full && (
            <div className="space-y-1">
              <p className="font-bold">{t("minutes")}</p>
              <Bilingual locale={locale} ar={meeting.minutes.ar} fr={meeting.minutes.fr} className="line-clamp-4 whitespace-pre-line" />
              <p className="text-sm text-muted">{t("minutesPublishedOn", { date: format.dateTime(meeting.minutes.publishedAt, "long") })}</p>
            </div>
          )}
          <MeetingDecisions meeting={meeting} locale={locale} headingLevel={full ? 2 : 4} />
        </>
      ) : (
        meeting.held && <p className="rounded-md border-s-4 border-muted bg-surface p-3">{t("minutesNotYet")}</p>
      )}
      {!full && (
        <p>
          <Link href={`/programme/meetings/${meeting.id}`} className="font-bold">
            {t("details")}
            <span className="sr-only"> — {t("meetingOf", { date: format.dateTime(meeting.scheduledAt, "long") })}</span>
          </Link>
        </p>
      )}
    </div>
  );
}
