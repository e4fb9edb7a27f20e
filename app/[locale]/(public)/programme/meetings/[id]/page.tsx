import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { MeetingView } from "@/components/programme/meetings/meeting-view";
import { SectionNav } from "@/components/programme/section-nav";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getMeetingPublic } from "@/lib/programme/meetings";

function meetingId(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/meetings/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "ProgrammeMeetings" }), getFormatter({ locale })]);
  const id = meetingId((await params).id);
  const meeting = id ? await getMeetingPublic(id) : null;
  if (!meeting) return { title: t("title") };
  return { title: t("meetingOf", { date: format.dateTime(meeting.scheduledAt, "long") }), description: t("description") };
}

export default async function ProgrammeMeetingPage({ params }: PageProps<"/[locale]/programme/meetings/[id]">) {
  const locale = await pageLocale(params);
  const id = meetingId((await params).id);
  if (!id) notFound();
  const [t, format, meeting] = await Promise.all([getTranslations("ProgrammeMeetings"), getFormatter(), getMeetingPublic(id)]);
  if (!meeting) notFound();

  return (
    <div className="max-w-4xl space-y-6">
      <SectionNav current="meetings" />
      <p>
        <Link href="/programme/meetings">{t("backToList")}</Link>
      </p>
      <header className="space-y-2">
        <p className="font-bold text-brand-dark">{t("shortTitle")}</p>
        <h1 className="text-3xl">{t("meetingOf", { date: format.dateTime(meeting.scheduledAt, "long") })}</h1>
      </header>
      <MeetingView meeting={meeting} locale={locale} full />
    </div>
  );
}
