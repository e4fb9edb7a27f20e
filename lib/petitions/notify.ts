import "server-only";
// Notices about a petition's steps (filed, under review, accepted, rejected): an in-app notice and
// an e-mail to the mandataire or representative and to every follower (art. 125: the decision is
// notified to the mandataire or the association's legal representative), written in the
// transaction of the step. Each person reads them in their own language.
import { createFormatter } from "next-intl";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export const PETITION_NOTICE_KINDS = ["filed", "under_review", "accepted", "rejected", "council_decision"] as const;
export type PetitionNoticeKind = (typeof PETITION_NOTICE_KINDS)[number];

/** What a notice says, kept with it so that it reads the same later. */
export type PetitionNoticePayload = {
  id: number;
  reference: string;
  subject: string;
  reasons?: string;
  /** The ordinary session an accepted petition goes to (art. 38). */
  session?: { year: number; month: number };
};

export function petitionPath(id: number): string {
  return `/petitions/${id}`;
}

function petitionUrl(locale: Locale, id: number): string {
  return new URL(localizedPath(locale, petitionPath(id)), env().PUBLIC_URL).toString();
}

export function petitionNoticeText(locale: Locale, kind: PetitionNoticeKind, payload: PetitionNoticePayload): { subject: string; summary: string; details: string[] } {
  const t = translator(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const session = payload.session ? format.dateTime(new Date(Date.UTC(payload.session.year, payload.session.month - 1, 15)), { month: "long", year: "numeric" }) : "";
  const values = { reference: payload.reference, subject: payload.subject, session };
  const details = payload.reasons ? [t("Petitions.notices.reasons", { reasons: payload.reasons })] : [];
  return {
    subject: t(`Petitions.notices.${kind}.subject`, values),
    summary: t(`Petitions.notices.${kind}.summary`, values),
    details,
  };
}

function noticeEmail(recipient: Recipient, kind: PetitionNoticeKind, payload: PetitionNoticePayload, ownerId: string) {
  const locale = recipientLocale(recipient.locale);
  const t = translator(locale);
  const { subject, summary, details } = petitionNoticeText(locale, kind, payload);
  const paragraphs = [t("Petitions.notices.greeting", { name: isolate(recipient.name) }), summary, ...details];
  const footer = t(recipient.id === ownerId ? "Petitions.notices.whyOwner" : "Petitions.notices.whyFollower");
  return noticeEmailMessage(locale, subject, paragraphs, { label: t("Petitions.notices.action"), url: petitionUrl(locale, payload.id) }, footer);
}

/** The decisions the law requires the mandataire or representative to receive (art. 125; art. 38). */
const DECISION_KINDS: readonly PetitionNoticeKind[] = ["accepted", "rejected", "council_decision"];

/**
 * One notice (and e-mail) to the petition's owner and each follower (active accounts), once each.
 * The owner receives a decision by e-mail whatever they chose; followers as they chose.
 */
export async function notifyPetition(tx: Tx, petition: { id: number; ownerId: string }, kind: PetitionNoticeKind, payload: PetitionNoticePayload): Promise<number> {
  const [owner, follows] = await Promise.all([
    tx.user.findFirst({ where: { id: petition.ownerId, status: "ACTIVE" }, select: RECIPIENT_FIELDS }),
    tx.petitionFollow.findMany({ where: { petitionId: petition.id, userId: { not: petition.ownerId }, user: { status: "ACTIVE" } }, select: { user: { select: RECIPIENT_FIELDS } } }),
  ]);
  const notice = {
    kind: `petitions.${kind}`,
    targetType: "petition",
    targetId: String(petition.id),
    payload: payload as unknown as Prisma.InputJsonValue,
    email: (recipient: Recipient) => noticeEmail(recipient, kind, payload, petition.ownerId),
  };
  const toOwner = owner ? await deliverNotices(tx, [owner], { ...notice, essential: DECISION_KINDS.includes(kind) }) : 0;
  return toOwner + (await deliverNotices(tx, follows.map((f) => f.user), notice));
}

function noticeKind(kind: string): PetitionNoticeKind | null {
  return PETITION_NOTICE_KINDS.find((k) => kind === `petitions.${k}`) ?? null;
}

/** How the notifications page shows petition notices. */
export const petitionNotices: NoticeRenderer = {
  handles: (kind) => noticeKind(kind) !== null,
  render(locale, kind, payload) {
    const notice = payload as PetitionNoticePayload;
    const { summary, details } = petitionNoticeText(locale, noticeKind(kind)!, notice);
    return { summary, details, href: petitionPath(notice.id), linkLabel: translator(locale)("Petitions.notices.open", { reference: notice.reference }) };
  },
};
