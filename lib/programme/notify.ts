import "server-only";
// Notices about projects: an in-app notice (notifications table) and an e-mail (outbox) per
// person, written inside the transaction of the change that causes them, so that a change and
// its notices stand or fall together. Each person reads them in their own language (User.locale).
import { createFormatter } from "next-intl";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DIRECTIONS, LANGUAGES, TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { translator } from "@/lib/i18n/translator";
import type { Email } from "@/lib/mail/templates";

export const NOTICE_KINDS = ["progress_recorded", "status_changed", "comment_answered", "difficulty_updated"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export type ProjectRef = { id: number; code: string; titleAr: string; titleFr: string };

/** What a notice says, kept with it so that it reads the same later whatever happens to the project. */
export type NoticePayload = {
  code: string;
  titleAr: string;
  titleFr: string;
  physicalPercent?: number;
  financialPercent?: number;
  status?: string;
  previousStatus?: string;
  reasonAr?: string | null;
  reasonFr?: string | null;
  noteAr?: string | null;
  noteFr?: string | null;
};

/** A person a notice is sent to. */
export type Recipient = { id: string; name: string; email: string; locale: string };

/** Accounts store "ar-MA"/"fr-MA" (older rows may say "ar"/"fr"): anything French reads French, the rest Arabic. */
export function recipientLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith("fr") ? "fr-MA" : "ar-MA";
}

/** The public page of a project, absolute, in the given language. */
export function projectUrl(locale: Locale, code: string): string {
  return new URL(localizedPath(locale, `/programme/projects/${encodeURIComponent(code)}`), env().PUBLIC_URL).toString();
}

/**
 * Wraps a person's name (or any text of unknown direction) in Unicode isolates (FSI…PDI), so that
 * an Arabic name in a French sentence, or a Latin one in an Arabic sentence, does not reorder the
 * words and numbers around it. Works in plain-text e-mails as well as in HTML.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * A notice's e-mail in `locale`, the same look as lib/mail/templates.ts: the paragraphs, a button
 * to `action.url`, and the footer saying why it was sent; right-to-left HTML for Arabic, always a
 * plain-text part.
 */
export function noticeEmailMessage(locale: Locale, subject: string, paragraphs: string[], action: { label: string; url: string }, footer: string): Email {
  return { subject, text: [...paragraphs, `${action.label}: ${action.url}`, footer].join("\n\n"), html: html(locale, paragraphs, action, footer) };
}

function html(locale: Locale, paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const dir = DIRECTIONS[locale];
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px;white-space:pre-line" dir="auto">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="${LANGUAGES[locale]}" dir="${dir}"><body style="margin:0;padding:24px;background:#f6f4ef;font-family:Tahoma,Arial,sans-serif;line-height:1.7;color:#1c2a26">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;text-align:${dir === "rtl" ? "right" : "left"}">
${body}<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0b5d4b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#4a5a55">${escapeHtml(action.url)}</p>
<p style="margin:16px 0 0;font-size:13px;color:#4a5a55">${escapeHtml(footer)}</p></div></body></html>`;
}

/** The text of a notice in `locale`: what the notifications page shows and the e-mail's subject and body. */
export function noticeText(locale: Locale, kind: NoticeKind, payload: NoticePayload): { subject: string; summary: string; details: string[] } {
  const t = translator(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  // A difficulty's statuses are not a project's.
  const statusLabel = (status: string) =>
    kind === "difficulty_updated"
      ? t(`ProgrammeAdmin.difficultyStatus.${status as "RECEIVED"}`)
      : t(`ProgrammeAdmin.status.${status as "PLANNED"}`);
  const values = {
    code: payload.code,
    title: localized(locale, payload.titleAr, payload.titleFr),
    physical: format.number((payload.physicalPercent ?? 0) / 100, "percent"),
    financial: format.number((payload.financialPercent ?? 0) / 100, "percent"),
    status: payload.status ? statusLabel(payload.status) : "",
    previous: payload.previousStatus ? statusLabel(payload.previousStatus) : "",
  };
  const reason = localized(locale, payload.reasonAr, payload.reasonFr) ?? payload.reasonAr ?? payload.reasonFr;
  const note = localized(locale, payload.noteAr, payload.noteFr) ?? payload.noteAr ?? payload.noteFr;
  switch (kind) {
    case "progress_recorded":
      return {
        subject: t("ProgrammeAdmin.notices.progress_recorded.subject", values),
        summary: t("ProgrammeAdmin.notices.progress_recorded.summary", values),
        details: note ? [t("ProgrammeAdmin.notices.note", { note })] : [],
      };
    case "status_changed":
      return {
        subject: t("ProgrammeAdmin.notices.status_changed.subject", values),
        summary: t("ProgrammeAdmin.notices.status_changed.summary", values),
        details: reason ? [t("ProgrammeAdmin.notices.reason", { reason })] : [],
      };
    case "comment_answered":
      return {
        subject: t("ProgrammeAdmin.notices.comment_answered.subject", values),
        summary: t("ProgrammeAdmin.notices.comment_answered.summary", values),
        details: [],
      };
    case "difficulty_updated":
      return {
        subject: t("ProgrammeAdmin.notices.difficulty_updated.subject", values),
        summary: t("ProgrammeAdmin.notices.difficulty_updated.summary", values),
        details: [],
      };
  }
}

function noticeEmail(recipient: Recipient, kind: NoticeKind, payload: NoticePayload, why: "follower" | "author"): Email {
  const locale = recipientLocale(recipient.locale);
  const t = translator(locale);
  const { subject, summary, details } = noticeText(locale, kind, payload);
  const url = projectUrl(locale, payload.code);
  const paragraphs = [t("ProgrammeAdmin.notices.greeting", { name: isolate(recipient.name) }), summary, ...details];
  const label = t("ProgrammeAdmin.notices.action");
  const footer = t(why === "follower" ? "ProgrammeAdmin.notices.whyFollower" : "ProgrammeAdmin.notices.whyAuthor");
  return noticeEmailMessage(locale, subject, paragraphs, { label, url }, footer);
}

async function deliver(tx: Tx, recipients: Recipient[], kind: NoticeKind, project: ProjectRef, payload: NoticePayload, why: "follower" | "author") {
  if (recipients.length === 0) return 0;
  const json = payload as unknown as Prisma.InputJsonValue;
  await tx.notification.createMany({
    data: recipients.map((r) => ({ userId: r.id, kind: `programme.${kind}`, targetType: "project", targetId: String(project.id), payload: json })),
  });
  // The rows lib/mail/outbox.ts's enqueueEmail writes, in one statement for every recipient.
  await tx.outboxMessage.createMany({
    data: recipients.map((r) => ({ kind: `programme.${kind}`, toAddress: r.email, ...noticeEmail(r, kind, payload, why) })),
  });
  return recipients.length;
}

const RECIPIENT = { id: true, name: true, email: true, locale: true } as const;

/** One notice and one e-mail per follower of the project (active accounts), except the person who made the change. */
export async function notifyFollowers(
  tx: Tx,
  { project, kind, payload, exceptUserId }: { project: ProjectRef; kind: NoticeKind; payload: NoticePayload; exceptUserId: string },
): Promise<number> {
  const follows = await tx.projectFollow.findMany({
    where: { projectId: project.id, userId: { not: exceptUserId }, user: { status: "ACTIVE" } },
    select: { user: { select: RECIPIENT } },
  });
  return deliver(tx, follows.map((f) => f.user), kind, project, payload, "follower");
}

/** A notice to the person who asked a question or reported a difficulty, when the commune answers it. */
export async function notifyAuthor(
  tx: Tx,
  { userId, project, kind, payload, exceptUserId }: { userId: string | null; project: ProjectRef; kind: NoticeKind; payload: NoticePayload; exceptUserId: string },
): Promise<number> {
  if (!userId || userId === exceptUserId) return 0;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { ...RECIPIENT, status: true } });
  if (!user || user.status !== "ACTIVE") return 0;
  return deliver(tx, [user], kind, project, payload, "author");
}

// ---------------------------------------------------------------------------------------------
// The signed-in person's notices (app/[locale]/(account)/account/notifications).
// ---------------------------------------------------------------------------------------------

export const NOTICES_SHOWN = 100;

function isNoticeKind(kind: string): kind is `programme.${NoticeKind}` {
  return NOTICE_KINDS.some((k) => kind === `programme.${k}`);
}

/** Unread first, then newest first. */
/** The signed-in person's notices of every kind, unread first; each page section renders the kinds it knows. */
export async function listMyNotifications() {
  const user = await requireUser();
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: NOTICES_SHOWN,
    select: { id: true, kind: true, payload: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    kind: row.kind,
    payload: row.payload as unknown,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
}

/** The project notice kind of a stored notification kind, or null for notices of other features. */
export function projectNoticeKind(kind: string): NoticeKind | null {
  return isNoticeKind(kind) ? (kind.slice("programme.".length) as NoticeKind) : null;
}

export async function countMyUnreadNotifications(): Promise<number> {
  const user = await requireUser();
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markAllMyNotificationsRead(): Promise<number> {
  const user = await requireUser();
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
