import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { decisionDoneAction, inviteAssociationsAction, publishMinutesAction, updateMeetingAction } from "@/lib/programme/meeting-actions";
import { DecisionBadge } from "@/components/programme/meetings/decision-badge";
import { meetingErrorMessages } from "@/components/programme/meetings/error-messages";
import { meetingFormItems } from "@/components/programme/meetings/meeting-fields";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { MEETING_ERROR_KEYS, wallClock, type MeetingErrorKey } from "@/lib/programme/meeting-schemas";
import { getMeetingForStaff, getMeetingFormOptions } from "@/lib/programme/meetings";

const DONE = ["created", "saved", "invited", "minutesSaved", "minutesPublished", "decisionUpdated"] as const;

function meetingId(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/meetings/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeMeetings.admin" });
  return { title: `${t("title")} ${(await params).id}` };
}

export default async function MeetingAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme/meetings/[id]">) {
  const locale = await pageLocale(params);
  const raw = (await params).id;
  await pageUserWith("programme.manage", locale, `/admin/programme/meetings/${encodeURIComponent(raw)}`);
  const id = meetingId(raw);
  if (!id) notFound();
  const [t, tm, format, data, programmes, errorMessages, query] = await Promise.all([
    getTranslations("ProgrammeMeetings.admin"),
    getTranslations("ProgrammeMeetings"),
    getFormatter(),
    getMeetingForStaff(id),
    getMeetingFormOptions(),
    meetingErrorMessages(),
    searchParams,
  ]);
  if (!data) notFound();
  const { meeting, invitable } = data;
  const published = meeting.minutesPublishedAt !== null;
  const clock = wallClock(meeting.scheduledAt);
  const done = DONE.find((key) => key === query.done);
  const error = MEETING_ERROR_KEYS.find((key): key is MeetingErrorKey => key === query.error);
  const doneText =
    done === "invited" ? t("done.invited", { count: Number(query.count) || 0 }) : done ? t(`done.${done}`) : null;
  const title = tm("meetingOf", { date: format.dateTime(meeting.scheduledAt, "withTime") });

  return (
    <div className="max-w-5xl space-y-8">
      <div className="space-y-3">
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/admin/programme/meetings">{t("backToList")}</Link>
          <Link href={`/programme/meetings/${meeting.id}`}>{t("publicPage")}</Link>
        </p>
        <h1 className="text-3xl">{title}</h1>
        {doneText && (
          <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{doneText}</p>
        )}
        {error && (
          <p role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold">{errorMessages[error]}</p>
        )}
      </div>

      <section aria-labelledby="meeting-details" className="space-y-4 rounded-card border border-divider bg-surface p-4 md:p-5">
        <h2 id="meeting-details" className="text-2xl">{t("details")}</h2>
        <ProgrammeForm
          action={updateMeetingAction}
          idPrefix="meeting"
          label={t("details")}
          items={await meetingFormItems(locale, programmes)}
          hidden={{ meetingId: String(meeting.id) }}
          defaults={{
            programmeId: String(meeting.programmeId), date: clock.date, time: clock.time,
            placeAr: meeting.placeAr, placeFr: meeting.placeFr, agendaAr: meeting.agendaAr, agendaFr: meeting.agendaFr,
          }}
          submitLabel={t("save")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="meeting-invitations" className="space-y-4 rounded-card border border-divider bg-surface p-4 md:p-5">
        <h2 id="meeting-invitations" className="text-2xl">{t("inviteTitle")}</h2>
        <h3 className="text-lg">{t("invitedTitle")}</h3>
        {meeting.invitations.length === 0 ? (
          <p className="text-muted">{tm("noInvitations")}</p>
        ) : (
          <ul className="space-y-2" data-testid="invited-associations">
            {meeting.invitations.map((invitation) => (
              <li key={invitation.association.id} className="flex flex-wrap items-baseline gap-x-3">
                <bdi lang="ar" className="font-bold">{invitation.association.name}</bdi>
                <span className={`text-sm font-bold ${invitation.confirmedAt ? "text-success" : "text-muted"}`}>
                  <span aria-hidden="true">{invitation.confirmedAt ? "✓ " : "○ "}</span>
                  {invitation.confirmedAt ? t("confirmedOn", { date: format.dateTime(invitation.confirmedAt, "withTime") }) : t("awaitingConfirmation")}
                </span>
              </li>
            ))}
          </ul>
        )}
        {!published &&
          (invitable.length === 0 ? (
            <p>{t("noneToInvite")}</p>
          ) : (
            <>
              <p>{t("inviteIntro")}</p>
              <ProgrammeForm
                action={inviteAssociationsAction}
                idPrefix="invite"
                label={t("inviteTitle")}
                items={[
                  {
                    kind: "checkboxes",
                    name: "associationIds",
                    label: t("associations"),
                    options: invitable.map((a) => ({ value: String(a.id), label: a.hasRepresentative ? a.name : `${a.name} ${t("noRepresentative")}` })),
                  },
                ]}
                hidden={{ meetingId: String(meeting.id) }}
                submitLabel={t("invite")}
                errorMessages={errorMessages}
              />
            </>
          ))}
      </section>

      <section aria-labelledby="meeting-minutes" className="space-y-4 rounded-card border border-divider bg-surface p-4 md:p-5">
        <h2 id="meeting-minutes" className="text-2xl">{t("minutesTitle")}</h2>
        {published ? (
          <>
            <p className="text-sm text-muted">{tm("minutesPublishedOn", { date: format.dateTime(meeting.minutesPublishedAt!, "withTime") })}</p>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="space-y-1">
                <h3 className="text-lg">{t("minutesAr")}</h3>
                <p lang="ar" dir="rtl" className="whitespace-pre-line">{meeting.minutesAr}</p>
              </div>
              {meeting.minutesFr && (
                <div className="space-y-1">
                  <h3 className="text-lg">{t("minutesFr")}</h3>
                  <p lang="fr" dir="ltr" className="whitespace-pre-line">{meeting.minutesFr}</p>
                </div>
              )}
            </div>
            <h3 className="text-xl">{t("decisionsTitle")}</h3>
            {meeting.decisions.length === 0 ? (
              <p>{tm("noDecisions")}</p>
            ) : (
              <ol className="space-y-3">
                {meeting.decisions.map((decision) => {
                  const number = format.number(decision.position);
                  return (
                    <li key={decision.id} data-testid="staff-decision" className="flex flex-wrap items-center gap-3 rounded-md border border-divider p-3">
                      <div className="min-w-0 flex-1 basis-64 space-y-1">
                        <p className="font-bold">{t("decisionNumber", { number })}</p>
                        <p><bdi lang="ar">{decision.textAr}</bdi></p>
                        {decision.textFr && <p><bdi lang="fr">{decision.textFr}</bdi></p>}
                        {decision.doneAt && <p className="text-sm text-muted">{tm("doneOn", { date: format.dateTime(decision.doneAt, "long") })}</p>}
                      </div>
                      <DecisionBadge done={decision.doneAt !== null} />
                      <form action={decisionDoneAction}>
                        <input type="hidden" name="decisionId" value={decision.id} />
                        <input type="hidden" name="meetingId" value={meeting.id} />
                        <input type="hidden" name="done" value={decision.doneAt ? "0" : "1"} />
                        <button
                          type="submit"
                          className={`min-h-12 rounded-md px-4 font-bold ${decision.doneAt ? "border-2 border-brand bg-surface text-brand hover:bg-paper" : "bg-brand text-white hover:bg-brand-dark"}`}
                        >
                          {decision.doneAt ? t("markUndone", { number }) : t("markDone", { number })}
                        </button>
                      </form>
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        ) : (
          <>
            <p>{t("minutesIntro")}</p>
            <ProgrammeForm
              action={publishMinutesAction}
              idPrefix="minutes"
              label={t("minutesTitle")}
              items={[
                {
                  kind: "row",
                  fields: [
                    { kind: "textarea", name: "minutesAr", label: t("minutesAr"), required: true, lang: "ar", dir: "rtl", maxLength: 20_000, rows: 8 },
                    { kind: "textarea", name: "minutesFr", label: t("minutesFr"), lang: "fr", dir: "ltr", maxLength: 20_000, rows: 8 },
                  ],
                },
                {
                  kind: "row",
                  fields: [
                    { kind: "textarea", name: "decisionsAr", label: t("decisionsAr"), hint: t("decisionsArHint"), lang: "ar", dir: "rtl", rows: 6 },
                    { kind: "textarea", name: "decisionsFr", label: t("decisionsFr"), hint: t("decisionsFrHint"), lang: "fr", dir: "ltr", rows: 6 },
                  ],
                },
                { kind: "checkbox", name: "publish", label: t("publish"), hint: t("publishHint") },
              ]}
              hidden={{ meetingId: String(meeting.id) }}
              defaults={{
                minutesAr: meeting.minutesAr ?? "",
                minutesFr: meeting.minutesFr ?? "",
                decisionsAr: meeting.decisions.map((d) => d.textAr).join("\n"),
                decisionsFr: meeting.decisions.some((d) => d.textFr) ? meeting.decisions.map((d) => d.textFr).join("\n") : "",
              }}
              submitLabel={t("saveMinutes")}
              errorMessages={errorMessages}
            />
          </>
        )}
      </section>
    </div>
  );
}
