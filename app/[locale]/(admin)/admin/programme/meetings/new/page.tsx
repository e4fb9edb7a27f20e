import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { meetingErrorMessages } from "@/components/programme/meetings/error-messages";
import { scheduleMeetingAction } from "@/lib/programme/meeting-actions";
import { meetingFormItems } from "@/components/programme/meetings/meeting-fields";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getMeetingFormOptions } from "@/lib/programme/meetings";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/meetings/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeMeetings.admin" });
  return { title: t("newMeeting") };
}

export default async function NewMeetingPage({ params }: PageProps<"/[locale]/admin/programme/meetings/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/meetings/new");
  const [t, tp, programmes, errorMessages] = await Promise.all([
    getTranslations("ProgrammeMeetings.admin"),
    getTranslations("ProgrammeAdmin"),
    getMeetingFormOptions(),
    meetingErrorMessages(),
  ]);
  return (
    <div className="max-w-5xl space-y-5">
      <p>
        <Link href="/admin/programme/meetings">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl">{t("newMeeting")}</h1>
      {programmes.length === 0 ? (
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{tp("form.noProgramme")}</p>
      ) : (
        <ProgrammeForm
          action={scheduleMeetingAction}
          idPrefix="meeting"
          items={await meetingFormItems(locale, programmes)}
          defaults={{ programmeId: String(programmes[0]!.id) }}
          submitLabel={t("create")}
          errorMessages={errorMessages}
        />
      )}
    </div>
  );
}
