import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingSheet } from "@/components/forum/meeting-sheet";
import { getForumMeeting } from "@/lib/forum/meetings";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/forum/meetings/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("meetings.title") };
}

export default async function ForumMeetingPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const meeting = /^[1-9]\d{0,8}$/.test(id) ? await getForumMeeting(Number(id)) : null;
  if (!meeting) notFound();
  const t = await getTranslations("Forum");
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href={`/forum/douars/${meeting.douar.slug}`}>{t("meetings.backToDouar")}</Link></p>
      <MeetingSheet meeting={meeting} locale={locale} />
    </div>
  );
}
