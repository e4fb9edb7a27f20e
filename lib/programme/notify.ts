import "server-only";
// Notices about projects: an in-app notice (notifications table) and an e-mail (outbox) per
// person, written inside the transaction of the change that causes them, so that a change and
// its notices stand or fall together. Each person reads them in their own language (User.locale).
import { createFormatter } from "next-intl";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { translator } from "@/lib/i18n/translator";
import type { Email } from "@/lib/mail/templates";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

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

/** The public page of a project, absolute, in the given language. */
export function projectUrl(locale: Locale, code: string): string {
  return new URL(localizedPath(locale, `/programme/projects/${encodeURIComponent(code)}`), env().PUBLIC_URL).toString();
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

function deliver(tx: Tx, recipients: Recipient[], kind: NoticeKind, project: ProjectRef, payload: NoticePayload, why: "follower" | "author") {
  return deliverNotices(tx, recipients, {
    kind: `programme.${kind}`,
    targetType: "project",
    targetId: String(project.id),
    payload: payload as unknown as Prisma.InputJsonValue,
    email: (recipient) => noticeEmail(recipient, kind, payload, why),
  });
}

/** One notice and one e-mail per follower of the project (active accounts), except the person who made the change. */
export async function notifyFollowers(
  tx: Tx,
  { project, kind, payload, exceptUserId }: { project: ProjectRef; kind: NoticeKind; payload: NoticePayload; exceptUserId: string },
): Promise<number> {
  const follows = await tx.projectFollow.findMany({
    where: { projectId: project.id, userId: { not: exceptUserId }, user: { status: "ACTIVE" } },
    select: { user: { select: RECIPIENT_FIELDS } },
  });
  return deliver(tx, follows.map((f) => f.user), kind, project, payload, "follower");
}

/** A notice to the person who asked a question or reported a difficulty, when the commune answers it. */
export async function notifyAuthor(
  tx: Tx,
  { userId, project, kind, payload, exceptUserId }: { userId: string | null; project: ProjectRef; kind: NoticeKind; payload: NoticePayload; exceptUserId: string },
): Promise<number> {
  if (!userId || userId === exceptUserId) return 0;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { ...RECIPIENT_FIELDS, status: true } });
  if (!user || user.status !== "ACTIVE") return 0;
  return deliver(tx, [user], kind, project, payload, "author");
}

/** The project notice kind of a stored notification kind, or null for notices of other features. */
export function projectNoticeKind(kind: string): NoticeKind | null {
  return NOTICE_KINDS.some((k) => kind === `programme.${k}`) ? (kind.slice("programme.".length) as NoticeKind) : null;
}

/** How the notifications page shows the programme's project notices. */
export const projectNotices: NoticeRenderer = {
  handles: (kind) => projectNoticeKind(kind) !== null,
  render(locale, kind, payload) {
    const notice = payload as NoticePayload;
    const { summary, details } = noticeText(locale, projectNoticeKind(kind)!, notice);
    const href = `/programme/projects/${encodeURIComponent(notice.code)}`;
    return { summary, details, href, linkLabel: translator(locale)("ProgrammeAdmin.notifications.open", { code: notice.code }) };
  },
};
