import "server-only";
// The representative hears of staff's decision on the association's registration: an in-app
// notice and an e-mail whatever their choices (a decision about them), in their language.
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export type AssociationNoticeKind = "verified" | "refused";
export type AssociationNoticePayload = { id: number; name: string; reason: string | null };

const ACCOUNT_PAGE = "/account/association";

function noticeText(locale: Locale, kind: AssociationNoticeKind, payload: AssociationNoticePayload) {
  const t = translator(locale);
  return {
    subject: t(`Associations.notices.${kind}.subject`, { name: payload.name }),
    summary: t(`Associations.notices.${kind}.summary`, { name: payload.name }),
    details: payload.reason ? [t("Associations.notices.reason", { reason: payload.reason })] : [],
  };
}

function noticeEmail(recipient: Recipient, kind: AssociationNoticeKind, payload: AssociationNoticePayload) {
  const locale = recipientLocale(recipient.locale);
  const t = translator(locale);
  const { subject, summary, details } = noticeText(locale, kind, payload);
  const url = new URL(localizedPath(locale, ACCOUNT_PAGE), env().PUBLIC_URL).toString();
  return noticeEmailMessage(locale, subject, [t("Associations.notices.greeting", { name: isolate(recipient.name) }), summary, ...details], { label: t("Associations.notices.action"), url }, t("Associations.notices.why"));
}

export async function notifyRepresentative(tx: Tx, representativeId: string, kind: AssociationNoticeKind, payload: AssociationNoticePayload): Promise<void> {
  const representative = await tx.user.findFirst({ where: { id: representativeId, status: "ACTIVE" }, select: RECIPIENT_FIELDS });
  if (!representative) return;
  await deliverNotices(tx, [representative], {
    kind: `associations.${kind}`,
    targetType: "association",
    targetId: String(payload.id),
    payload,
    email: (recipient) => noticeEmail(recipient, kind, payload),
    essential: true,
  });
}

export const associationNotices: NoticeRenderer = {
  handles: (kind) => kind === "associations.verified" || kind === "associations.refused",
  render(locale, kind, payload) {
    const notice = payload as AssociationNoticePayload;
    const { summary, details } = noticeText(locale, kind.slice("associations.".length) as AssociationNoticeKind, notice);
    return { summary, details, href: ACCOUNT_PAGE, linkLabel: translator(locale)("Associations.notices.action") };
  },
};
