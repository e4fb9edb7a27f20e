import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { listMeetingsForStaff, type StaffMeetingListItem } from "@/lib/programme/meetings";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/meetings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeMeetings.admin" });
  return { title: t("title") };
}

function stateOf(meeting: StaffMeetingListItem): "upcoming" | "awaitingMinutes" | "draft" | "published" {
  if (meeting.minutesPublishedAt) return "published";
  if (meeting.hasDraft) return "draft";
  return meeting.held ? "awaitingMinutes" : "upcoming";
}

const STATE_STYLE = {
  upcoming: "border-brand bg-brand-soft text-brand-dark",
  awaitingMinutes: "border-accent bg-warning-soft text-accent",
  draft: "border-accent bg-warning-soft text-accent",
  published: "border-success bg-success-soft text-success",
} as const;

export default async function MeetingsAdminPage({ params }: PageProps<"/[locale]/admin/programme/meetings">) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/meetings");
  const [t, tm, format, meetings] = await Promise.all([
    getTranslations("ProgrammeMeetings.admin"),
    getTranslations("ProgrammeMeetings"),
    getFormatter(),
    listMeetingsForStaff(),
  ]);

  return (
    <div className="max-w-4xl space-y-5">
      <p>
        <Link href="/admin/programme">{t("backToProgramme")}</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <Link
          href="/admin/programme/meetings/new"
          className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark hover:text-white"
        >
          {t("newMeeting")}
        </Link>
      </div>
      <p>{t("intro")}</p>
      <p>{t("count", { count: meetings.length })}</p>
      {meetings.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {meetings.map((meeting) => {
            const state = stateOf(meeting);
            return (
              <li key={meeting.id} className="space-y-2 rounded-card border border-divider bg-surface p-4">
                <p className="flex flex-wrap items-center gap-x-3 gap-y-2">
                  <Link href={`/admin/programme/meetings/${meeting.id}`} className="text-lg font-bold">
                    {tm("meetingOf", { date: format.dateTime(meeting.scheduledAt, "withTime") })}
                  </Link>
                  <span className={`inline-flex items-center whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${STATE_STYLE[state]}`}>
                    {t(`state.${state}`)}
                  </span>
                </p>
                <p dir="auto">{localized(locale, meeting.placeAr, meeting.placeFr)}</p>
                <p className="text-sm text-muted">
                  {t("invitedCount", { invited: meeting.invited, confirmed: format.number(meeting.confirmed) })}
                  {meeting.minutesPublishedAt && <> · {tm("decisionsProgress", { done: meeting.decisionsDone, total: format.number(meeting.decisions) })}</>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
