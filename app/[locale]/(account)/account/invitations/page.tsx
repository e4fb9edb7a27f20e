import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { confirmAttendanceAction } from "@/lib/programme/meeting-actions";
import { meetingErrorMessages } from "@/components/programme/meetings/error-messages";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { MEETING_ERROR_KEYS, type MeetingErrorKey } from "@/lib/programme/meeting-schemas";
import { listMyInvitations } from "@/lib/programme/meetings";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/invitations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeMeetings.invitations" });
  return { title: t("title") };
}

export default async function InvitationsPage({ params, searchParams }: PageProps<"/[locale]/account/invitations">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/invitations");
  const [t, tm, format, invitations, errorMessages, query] = await Promise.all([
    getTranslations("ProgrammeMeetings.invitations"),
    getTranslations("ProgrammeMeetings"),
    getFormatter(),
    listMyInvitations(),
    meetingErrorMessages(),
    searchParams,
  ]);
  const error = MEETING_ERROR_KEYS.find((key): key is MeetingErrorKey => key === query.error);

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {query.done === "confirmed" && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("confirmedDone")}</p>
      )}
      {error && (
        <p role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold">{errorMessages[error]}</p>
      )}
      {invitations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {invitations.map((invitation) => {
            const { meeting, association } = invitation;
            const headingId = `invitation-${meeting.id}-${association.id}`;
            return (
              <li key={headingId}>
                <article
                  aria-labelledby={headingId}
                  data-testid="invitation"
                  className={`space-y-3 rounded-card border p-4 ${invitation.canConfirm ? "border-s-4 border-brand bg-brand-soft" : "border-divider bg-surface"}`}
                >
                  <h2 id={headingId} className="text-xl">
                    {tm("meetingOf", { date: format.dateTime(meeting.scheduledAt, "withTime") })}
                    {invitation.past && <span className="ms-2 text-base font-normal text-muted">({t("past")})</span>}
                  </h2>
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-bold">{t("association")}</dt>
                    <dd><bdi lang="ar">{association.name}</bdi></dd>
                    <dt className="font-bold">{tm("place")}</dt>
                    <dd dir="auto">{localized(locale, meeting.placeAr, meeting.placeFr)}</dd>
                    <dt className="font-bold">{tm("agenda")}</dt>
                    <dd dir="auto" className="whitespace-pre-line">{localized(locale, meeting.agendaAr, meeting.agendaFr)}</dd>
                  </dl>
                  {invitation.confirmedAt ? (
                    <p className="font-bold text-success">
                      <span aria-hidden="true">✓ </span>
                      {t("confirmedOn", { date: format.dateTime(invitation.confirmedAt, "withTime") })}
                    </p>
                  ) : invitation.canConfirm ? (
                    <form action={confirmAttendanceAction}>
                      <input type="hidden" name="meetingId" value={meeting.id} />
                      <input type="hidden" name="associationId" value={association.id} />
                      <button
                        type="submit"
                        aria-describedby={headingId}
                        className="min-h-12 rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark"
                      >
                        {t("confirm")}
                      </button>
                    </form>
                  ) : (
                    <p className="text-muted">{association.verified ? t("pastNotConfirmed") : t("notVerified")}</p>
                  )}
                  <p>
                    <Link href={`/programme/meetings/${meeting.id}`}>{t("viewMeeting")}</Link>
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
