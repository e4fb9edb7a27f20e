import "server-only";
// Notices about forum topics: an in-app notice and an e-mail per person, written inside the
// transaction of the change that causes them. Followers hear of replies, official answers and
// status changes; an author hears that a moderator hid their post, and why.
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export const FORUM_NOTICE_KINDS = ["reply", "answered", "status_changed", "hidden", "meeting_outcome"] as const;
export type ForumNoticeKind = (typeof FORUM_NOTICE_KINDS)[number];

/** What a notice says, kept with it so that it reads the same later. */
export type ForumNoticePayload = { topicId: number; title: string; status?: string; note?: string; reason?: string };

export function topicPath(topicId: number): string {
  return `/forum/topics/${topicId}`;
}

function topicUrl(locale: Locale, topicId: number): string {
  return new URL(localizedPath(locale, topicPath(topicId)), env().PUBLIC_URL).toString();
}

/** The text of a notice in `locale`: what the notifications page shows and the e-mail's subject and body. */
export function forumNoticeText(locale: Locale, kind: ForumNoticeKind, payload: ForumNoticePayload) {
  const t = translator(locale);
  const values = { title: isolate(payload.title), status: payload.status ? t(`Forum.status.${payload.status as "NEW"}`) : "" };
  const details = [
    payload.note ? t("Forum.notices.note", { note: payload.note }) : null,
    payload.reason ? t("Forum.notices.reason", { reason: payload.reason }) : null,
  ].filter((d): d is string => d !== null);
  return { subject: t(`Forum.notices.${kind}.subject`, values), summary: t(`Forum.notices.${kind}.summary`, values), details };
}

function deliver(tx: Tx, recipients: readonly Recipient[], kind: ForumNoticeKind, payload: ForumNoticePayload) {
  return deliverNotices(tx, recipients, {
    kind: `forum.${kind}`,
    targetType: "forum_topic",
    targetId: String(payload.topicId),
    payload,
    email: (recipient, locale) => {
      const t = translator(locale);
      const { subject, summary, details } = forumNoticeText(locale, kind, payload);
      const paragraphs = [t("Forum.notices.greeting", { name: isolate(recipient.name) }), summary, ...details];
      const why = kind === "hidden" ? t("Forum.notices.whyAuthor") : t("Forum.notices.whyFollower");
      return noticeEmailMessage(recipientLocale(recipient.locale), subject, paragraphs, { label: t("Forum.notices.action"), url: topicUrl(locale, payload.topicId) }, why);
    },
  });
}

/** One notice per follower of the topic (active accounts), except the person who acted. */
export async function notifyTopicFollowers(tx: Tx, kind: Exclude<ForumNoticeKind, "hidden">, payload: ForumNoticePayload, exceptUserId: string): Promise<number> {
  const follows = await tx.forumFollow.findMany({
    where: { topicId: payload.topicId, userId: { not: exceptUserId }, user: { status: "ACTIVE" } },
    select: { user: { select: RECIPIENT_FIELDS } },
  });
  return deliver(tx, follows.map((f) => f.user), kind, payload);
}

/** Tells the author of a hidden topic or reply, with the moderator's reason. */
export async function notifyHidden(tx: Tx, authorId: string | null, payload: ForumNoticePayload): Promise<number> {
  if (!authorId) return 0;
  const user = await tx.user.findUnique({ where: { id: authorId }, select: { ...RECIPIENT_FIELDS, status: true } });
  if (!user) return 0;
  return deliver(tx, [user], "hidden", payload);
}

function forumNoticeKind(kind: string): ForumNoticeKind | null {
  return FORUM_NOTICE_KINDS.some((k) => kind === `forum.${k}`) ? (kind.slice("forum.".length) as ForumNoticeKind) : null;
}

/** How the notifications page shows the forum's notices. */
export const forumNotices: NoticeRenderer = {
  handles: (kind) => forumNoticeKind(kind) !== null,
  render(locale, kind, payload) {
    const notice = payload as ForumNoticePayload;
    const { summary, details } = forumNoticeText(locale, forumNoticeKind(kind)!, notice);
    return { summary, details, href: topicPath(notice.topicId), linkLabel: translator(locale)("Forum.notices.open") };
  },
};
