import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MeetingView } from "@/components/programme/meetings/meeting-view";
import { SectionNav } from "@/components/programme/section-nav";
import { pageLocale } from "@/lib/i18n/page";
import { listMeetingsPublic, type PublicMeeting } from "@/lib/programme/meetings";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/meetings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeMeetings" });
  return { title: t("title"), description: t("description") };
}

export default async function ProgrammeMeetingsPage({ params }: PageProps<"/[locale]/programme/meetings">) {
  const locale = await pageLocale(params);
  const [t, format, { upcoming, past }] = await Promise.all([getTranslations("ProgrammeMeetings"), getFormatter(), listMeetingsPublic()]);

  const list = (meetings: PublicMeeting[], kind: "upcoming" | "past") => (
    <ul className="space-y-4">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <article aria-labelledby={`meeting-${meeting.id}`} data-testid="meeting" className="space-y-3 rounded-card border border-divider bg-surface p-4 md:p-5">
            <h3 id={`meeting-${meeting.id}`} className="text-xl">
              {t("meetingOf", { date: format.dateTime(meeting.scheduledAt, "long") })}
            </h3>
            <MeetingView meeting={meeting} locale={locale} />
          </article>
        </li>
      ))}
      {meetings.length === 0 && <li>{kind === "upcoming" ? t("noUpcoming") : t("noPast")}</li>}
    </ul>
  );

  return (
    <div className="space-y-8">
      <header className="space-y-4 rounded-xl bg-brand-soft p-6 md:p-8">
        <h1 className="text-3xl text-brand-dark md:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
      </header>
      <SectionNav current="meetings" />
      <section aria-labelledby="meetings-upcoming" className="max-w-4xl space-y-4">
        <h2 id="meetings-upcoming" className="text-2xl">{t("upcoming")}</h2>
        {list(upcoming, "upcoming")}
      </section>
      <section aria-labelledby="meetings-past" className="max-w-4xl space-y-4">
        <h2 id="meetings-past" className="text-2xl">{t("past")}</h2>
        {list(past, "past")}
      </section>
    </div>
  );
}
