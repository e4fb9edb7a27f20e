import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { MeetingSheet } from "@/components/forum/meeting-sheet";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { publishMinutesAction } from "@/lib/forum/actions";
import { getForumMeeting } from "@/lib/forum/meetings";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/admin/forum/meetings/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("meetings.staffTitle") };
}

const DONE = ["scheduled", "published"] as const;

export default async function StaffForumMeetingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("forum.answer", locale, `/admin/forum/meetings/${id}`);
  const meeting = /^[1-9]\d{0,8}$/.test(id) ? await getForumMeeting(Number(id)) : null;
  if (!meeting) notFound();
  const [t, errorMessages] = await Promise.all([getTranslations("Forum"), forumErrorMessages()]);
  const done = (await searchParams).done;
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/forum/meetings">{t("meetings.back")}</Link></p>
      {typeof done === "string" && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`meetings.done.${done as (typeof DONE)[number]}`)}</p>
      )}
      <MeetingSheet meeting={meeting} locale={locale} />
      <p><Link href={`/forum/meetings/${meeting.id}`}>{t("staff.publicPage")}</Link></p>
      {!meeting.minutesPublishedAt && (
        <section aria-labelledby="minutes-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="minutes-form" className="text-xl">{t("meetings.publishTitle")}</h2>
          <ProgrammeForm
            action={publishMinutesAction}
            idPrefix="minutes"
            items={[
              { kind: "textarea", name: "minutes", label: t("meetings.minutes"), required: true, maxLength: 10000, rows: 6 },
              ...meeting.items.map((item) => ({ kind: "textarea" as const, name: `outcome-${item.topicId}`, label: t("meetings.outcomeFor", { title: item.topic.title }), maxLength: 2000, rows: 2 })),
            ]}
            hidden={{ meetingId: String(meeting.id) }}
            submitLabel={t("meetings.publishSubmit")}
            errorMessages={errorMessages}
          />
        </section>
      )}
    </div>
  );
}
