import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttachForm } from "@/components/equality/attach-form";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { CommitteeMeetingSheet } from "@/components/equality/meeting-sheet";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { saveMinutesAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { getWorkspaceMeeting } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/equality/workspace/meetings/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.meetings" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const DONE = ["scheduled", "saved", "published"] as const;

/** A meeting in the workspace: invitations and attendance; the rapporteur writes, then publishes, the minutes. */
export default async function WorkspaceMeetingPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const access = await workspacePage(locale, `/equality/workspace/meetings/${id}`);
  const found = /^[1-9]\d{0,8}$/.test(id) ? await getWorkspaceMeeting(Number(id)) : null;
  if (!found) notFound();
  const { meeting } = found;
  const [t, errorMessages] = await Promise.all([getTranslations("Equality.meetings"), equalityErrorMessages()]);
  const held = meeting.scheduledAt <= new Date();
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace">{t("backWorkspace")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={DONE} text={(key) => t(`done.${key as (typeof DONE)[number]}`)} />
      <p className="font-bold">{meeting.minutesPublishedAt ? t("published") : held ? t("draft") : t("planned")}</p>
      <CommitteeMeetingSheet meeting={meeting} />
      {meeting.minutesPublishedAt && <p><Link href={`/equality/meetings/${meeting.id}`}>{t("publicPage")}</Link></p>}
      <section aria-labelledby="meeting-invited" className="space-y-2">
        <h2 id="meeting-invited" className="text-2xl">{t("invited")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {meeting.invitees.map((i) => (
            <li key={i.memberId}>
              <span dir="auto">{i.member.user.name}</span> — {i.attended === null ? t("unknown") : i.attended ? t("attended") : t("absent")}
            </li>
          ))}
        </ul>
      </section>
      {access.canSubmit && !meeting.minutesPublishedAt && <AttachForm to={{ meetingId: meeting.id }} done={(await searchParams).done} />}
      {access.canSubmit && !meeting.minutesPublishedAt && (
        <section aria-labelledby="minutes-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="minutes-form" className="text-xl">{t("writeTitle")}</h2>
          <ProgrammeForm
            action={saveMinutesAction}
            idPrefix="minutes"
            items={[
              { kind: "textarea", name: "minutes", label: t("minutes"), hint: t("minutesHint"), maxLength: 20000, rows: 8 },
              { kind: "textarea", name: "decisions", label: t("decisions"), hint: t("decisionsHint"), maxLength: 10000, rows: 4 },
              ...(held
                ? [{ kind: "checkboxes" as const, name: "present", label: t("attendance"), hint: t("attendanceHint"), options: meeting.invitees.map((i) => ({ value: String(i.memberId), label: i.member.user.name })) }]
                : []),
              { kind: "checkbox", name: "publish", label: t("publish") },
            ]}
            hidden={{ meetingId: String(meeting.id) }}
            defaults={{
              minutes: meeting.minutes ?? "",
              decisions: meeting.decisions ?? "",
              present: meeting.invitees.filter((i) => i.attended).map((i) => String(i.memberId)).join(","),
            }}
            submitLabel={t("saveSubmit")}
            errorMessages={errorMessages}
          />
        </section>
      )}
    </div>
  );
}
