import "server-only";
// Notices of the participation calendar (category "participation"): people who follow council
// sessions hear when a session's agenda is published and when its decisions are posted; people
// who follow consultations hear when one opens, closes or has its synthesis published — and so
// do those who answered it (closing, synthesis). Written inside the transaction of the change.
import type { Tx } from "@/lib/db/create-client";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export const PARTICIPATION_NOTICE_KINDS = ["session_agenda", "session_decisions", "consultation_opened", "consultation_closed", "consultation_synthesis"] as const;
export type ParticipationNoticeKind = (typeof PARTICIPATION_NOTICE_KINDS)[number];

export type SessionNoticePayload = { sessionId: number; kind: "ORDINARY" | "EXTRAORDINARY"; year: number; month: number };
export type ConsultationNoticePayload = { consultationId: number; titleAr: string; titleFr: string };
type Payload = SessionNoticePayload | ConsultationNoticePayload;

const isSession = (payload: Payload): payload is SessionNoticePayload => "sessionId" in payload;

function pathOf(payload: Payload): string {
  return isSession(payload) ? `/sessions/${payload.sessionId}` : `/consultations/${payload.consultationId}`;
}

/** The notice's text in `locale`: subject (e-mail), summary (notifications page). */
export function participationNoticeText(locale: Locale, kind: ParticipationNoticeKind, payload: Payload) {
  const t = translator(locale);
  const title = isSession(payload)
    ? t("Sessions.sessionTitle", { kind: payload.kind, month: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(payload.year, payload.month - 1, 1))) })
    : locale === "fr-MA" ? payload.titleFr : payload.titleAr;
  const values = { title: isolate(title) };
  return { subject: t(`Participation.notices.${kind}.subject`, values), summary: t(`Participation.notices.${kind}.summary`, values) };
}

async function deliver(tx: Tx, recipients: Recipient[], kind: ParticipationNoticeKind, payload: Payload): Promise<number> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  return deliverNotices(tx, unique, {
    kind: `participation.${kind}`,
    targetType: isSession(payload) ? "council_session" : "consultation",
    targetId: String(isSession(payload) ? payload.sessionId : payload.consultationId),
    payload,
    email: (recipient, locale) => {
      const t = translator(locale);
      const { subject, summary } = participationNoticeText(locale, kind, payload);
      const url = new URL(localizedPath(locale, pathOf(payload)), env().PUBLIC_URL).toString();
      return noticeEmailMessage(recipientLocale(recipient.locale), subject, [t("Participation.notices.greeting", { name: isolate(recipient.name) }), summary], { label: t("Participation.notices.open"), url }, t(isSession(payload) ? "Participation.notices.whySessions" : "Participation.notices.whyConsultations"));
    },
  });
}

async function followers(tx: Tx, topic: "SESSIONS" | "CONSULTATIONS"): Promise<Recipient[]> {
  return (await tx.participationFollow.findMany({ where: { topic, user: { status: "ACTIVE" } }, select: { user: { select: RECIPIENT_FIELDS } } })).map((f) => f.user);
}

/** A session's agenda was published, or its decisions posted: its followers hear of it. */
export async function notifySessionFollowers(tx: Tx, kind: "session_agenda" | "session_decisions", sessionId: number): Promise<number> {
  const session = await tx.councilSession.findUnique({ where: { id: sessionId }, select: { id: true, kind: true, year: true, month: true } });
  if (!session) return 0;
  return deliver(tx, await followers(tx, "SESSIONS"), kind, { sessionId: session.id, kind: session.kind, year: session.year, month: session.month });
}

/** A consultation opened (its followers), closed or has its synthesis (its followers and those who answered it). */
export async function notifyConsultationFollowers(tx: Tx, kind: "consultation_opened" | "consultation_closed" | "consultation_synthesis", consultationId: number): Promise<number> {
  const consultation = await tx.consultation.findUnique({ where: { id: consultationId }, select: { id: true, titleAr: true, titleFr: true } });
  if (!consultation) return 0;
  const recipients = await followers(tx, "CONSULTATIONS");
  if (kind !== "consultation_opened") {
    const answered = await tx.consultationResponse.findMany({ where: { consultationId, user: { status: "ACTIVE" } }, select: { user: { select: RECIPIENT_FIELDS } } });
    recipients.push(...answered.map((r) => r.user));
  }
  return deliver(tx, recipients, kind, { consultationId: consultation.id, titleAr: consultation.titleAr, titleFr: consultation.titleFr });
}

/**
 * The hourly maintenance run: each consultation whose closing time has passed is announced once
 * (closed_notice_at), under a row lock that two servers cannot both take.
 */
export async function announceClosedConsultations(db: Db, now = new Date()): Promise<number> {
  const due = await db.consultation.findMany({ where: { closesAt: { lte: now }, closedNoticeAt: null }, select: { id: true }, take: 100 });
  let announced = 0;
  for (const { id } of due) {
    announced += await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM consultations WHERE id = ${id} AND closed_notice_at IS NULL FOR UPDATE SKIP LOCKED`;
      if (!row) return 0;
      await tx.consultation.update({ where: { id }, data: { closedNoticeAt: now } });
      await notifyConsultationFollowers(tx, "consultation_closed", id);
      return 1;
    });
  }
  return announced;
}

function participationKind(kind: string): ParticipationNoticeKind | null {
  return PARTICIPATION_NOTICE_KINDS.find((k) => kind === `participation.${k}`) ?? null;
}

/** How the notifications page shows these notices. */
export const participationNotices: NoticeRenderer = {
  handles: (kind) => participationKind(kind) !== null,
  render(locale, kind, payload) {
    const notice = payload as Payload;
    const { summary } = participationNoticeText(locale, participationKind(kind)!, notice);
    return { summary, details: [], href: pathOf(notice), linkLabel: translator(locale)("Participation.notices.open") };
  },
};
