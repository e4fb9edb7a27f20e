// A douar forum meeting: when and where, its agenda of topics, and once published, the minutes
// and the outcome reached on each topic (shared by the public page and the staff page).
import { getFormatter, getTranslations } from "next-intl/server";
import type { ForumMeetingView } from "@/lib/forum/meetings";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { TopicStatusBadge } from "./status-badge";
import { UserText } from "./user-text";

export async function MeetingSheet({ meeting, locale }: { meeting: ForumMeetingView; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Forum"), getFormatter()]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("meetings.heading", { douar: localized(locale, meeting.douar.nameAr, meeting.douar.nameFr) })}</h1>
        <p className="text-lg">{format.dateTime(meeting.scheduledAt, "withTime")} · <span dir="auto">{meeting.place}</span></p>
      </header>
      <section aria-labelledby="meeting-agenda" className="space-y-3">
        <h2 id="meeting-agenda" className="text-2xl">{t("meetings.agenda")}</h2>
        <ol className="list-decimal space-y-3 ps-6">
          {meeting.items.map((item) => (
            <li key={item.topicId} className="space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/forum/topics/${item.topicId}`} dir="auto">{item.topic.title}</Link>
                <TopicStatusBadge status={item.topic.status} />
              </p>
              {item.outcome && (
                <div className="rounded-md border-s-4 border-brand bg-brand-soft p-2">
                  <p className="font-bold">{t("meetings.outcome")}</p>
                  <UserText text={item.outcome} />
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="meeting-minutes" className="space-y-2">
        <h2 id="meeting-minutes" className="text-2xl">{t("meetings.minutes")}</h2>
        {meeting.minutesPublishedAt && meeting.minutes ? <UserText text={meeting.minutes} /> : <p>{t("meetings.minutesPending")}</p>}
      </section>
    </div>
  );
}
