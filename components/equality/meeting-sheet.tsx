// A committee meeting: when and where, its agenda, and the minutes and decisions (shared by the
// public page, once published, and the workspace page).
import { getFormatter, getTranslations } from "next-intl/server";
import { lines } from "@/lib/equality/schemas";
import { Attachments, type Attachment } from "./attachments";
import { RichText } from "@/components/ui/rich-text";

type Meeting = { scheduledAt: Date; place: string; agenda: string; minutes: string | null; decisions: string | null; attachments: Attachment[] };

export async function CommitteeMeetingSheet({ meeting }: { meeting: Meeting }) {
  const [t, format] = await Promise.all([getTranslations("Equality.meetings"), getFormatter()]);
  const decisions = lines(meeting.decisions);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("meetingOf", { date: format.dateTime(meeting.scheduledAt, "long") })}</h1>
        <p className="text-lg">{format.dateTime(meeting.scheduledAt, "withTime")} · <span dir="auto">{meeting.place}</span></p>
      </header>
      <section aria-labelledby="meeting-agenda" className="space-y-2">
        <h2 id="meeting-agenda" className="text-2xl">{t("agenda")}</h2>
        <ol className="list-decimal space-y-1 ps-6">
          {lines(meeting.agenda).map((item, index) => <li key={index} dir="auto">{item}</li>)}
        </ol>
      </section>
      {meeting.minutes && (
        <section aria-labelledby="meeting-minutes" className="space-y-2">
          <h2 id="meeting-minutes" className="text-2xl">{t("minutes")}</h2>
          <RichText text={meeting.minutes} />
        </section>
      )}
      {decisions.length > 0 && (
        <section aria-labelledby="meeting-decisions" className="space-y-2">
          <h2 id="meeting-decisions" className="text-2xl">{t("decisions")}</h2>
          <ol className="list-decimal space-y-1 ps-6">
            {decisions.map((item, index) => <li key={index} dir="auto">{item}</li>)}
          </ol>
        </section>
      )}
      <Attachments attachments={meeting.attachments} />
    </div>
  );
}
