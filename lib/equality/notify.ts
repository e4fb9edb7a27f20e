import "server-only";
// Notices of the equality committee: an invitation to a meeting, in-app and by e-mail (through the
// outbox, in the transaction that schedules the meeting). Invitations are essential: a member is
// e-mailed whatever delivery they chose for the "committee" category.
import { createFormatter } from "next-intl";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export const COMMITTEE_INVITATION_KIND = "committee.meeting_invitation";

export type CommitteeInvitationPayload = { meetingId: number; scheduledAt: string; place: string };

export function workspaceMeetingPath(meetingId: number): string {
  return `/equality/workspace/meetings/${meetingId}`;
}

export function invitationText(locale: Locale, payload: CommitteeInvitationPayload): { subject: string; summary: string } {
  const t = translator(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const values = { date: format.dateTime(new Date(payload.scheduledAt), "withTime"), place: isolate(payload.place) };
  return { subject: t("Equality.invitation.subject", values), summary: t("Equality.invitation.summary", values) };
}

/** One invitation per member (in-app notice + e-mail), in the caller's transaction. */
export async function inviteMembers(tx: Tx, recipients: readonly Recipient[], payload: CommitteeInvitationPayload, agenda: string): Promise<number> {
  return deliverNotices(tx, recipients, {
    kind: COMMITTEE_INVITATION_KIND,
    targetType: "committee_meeting",
    targetId: String(payload.meetingId),
    payload,
    essential: true,
    email: (recipient, locale) => {
      const t = translator(locale);
      const { subject, summary } = invitationText(locale, payload);
      const url = new URL(localizedPath(locale, workspaceMeetingPath(payload.meetingId)), env().PUBLIC_URL).toString();
      const paragraphs = [t("Equality.invitation.greeting", { name: isolate(recipient.name) }), summary, t("Equality.invitation.agenda", { agenda })];
      return noticeEmailMessage(recipientLocale(recipient.locale), subject, paragraphs, { label: t("Equality.invitation.action"), url }, t("Equality.invitation.why"));
    },
  });
}

/** How the notifications page shows a committee invitation. */
export const committeeNotices: NoticeRenderer = {
  handles: (kind) => kind === COMMITTEE_INVITATION_KIND,
  render(locale, _kind, payload) {
    const notice = payload as CommitteeInvitationPayload;
    return { summary: invitationText(locale, notice).summary, details: [], href: workspaceMeetingPath(notice.meetingId), linkLabel: translator(locale)("Equality.invitation.action") };
  },
};
