// The daily digest: notices whose e-mail a person asked to receive once a day wait in the
// notifications table (email_deferred, with the subject their e-mail would have had); when the
// oldest has waited a day, one e-mail lists them all, in the person's language, and they are
// marked as digested in the same transaction. Run by the outbox worker: no request context here.
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { categoryOf, DIGEST_INTERVAL_HOURS, groupForDigest, isNoticeCategory } from "./categories";
import { isolate, noticeEmailMessage, recipientLocale } from "./email";
import { noticeEmailFor } from "./links";

/** People handled per run; the next run takes the rest. */
const USERS_PER_RUN = 50;

/** Queues the digests that are due at `now`; returns how many e-mails were queued. */
export async function queueDueDigests(db: Db, now = new Date(), hours = DIGEST_INTERVAL_HOURS): Promise<number> {
  const cutoff = new Date(now.getTime() - hours * 3_600_000);
  const due = await db.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM notifications WHERE email_deferred AND digested_at IS NULL
    GROUP BY user_id HAVING min(created_at) <= ${cutoff} LIMIT ${USERS_PER_RUN}`;
  let queued = 0;
  for (const { user_id: userId } of due) {
    const sent = await db.$transaction(async (tx) => {
      // Locked, so that two workers never send the same notices twice.
      const waiting = await tx.$queryRaw<{ id: bigint; kind: string; email_subject: string | null }[]>`
        SELECT id, kind, email_subject FROM notifications WHERE user_id = ${userId}::uuid AND email_deferred AND digested_at IS NULL
        ORDER BY created_at, id FOR UPDATE SKIP LOCKED`;
      if (!waiting.length) return false;
      await tx.notification.updateMany({ where: { id: { in: waiting.map((w) => w.id) } }, data: { digestedAt: now } });
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, status: true } });
      const groups = groupForDigest(waiting.map((w) => ({ kind: w.kind, subject: w.email_subject })));
      if (!user || user.status !== "ACTIVE" || !groups.length) return false;
      const locale = recipientLocale(user.locale);
      const t = translator(locale);
      const label = (category: string) => (isNoticeCategory(category) ? t(`Notifications.preferences.categories.${category}`) : category);
      const sections = groups.map(({ category, subjects }) => [label(category), ...subjects.map((subject) => `• ${subject}`)].join("\n"));
      const count = groups.reduce((total, group) => total + group.subjects.length, 0);
      const url = new URL(localizedPath(locale, "/account/notifications"), env().PUBLIC_URL).toString();
      const digest = noticeEmailMessage(
        locale,
        t("Notifications.digest.subject", { count }),
        [t("Notifications.digest.greeting", { name: isolate(user.name) }), t("Notifications.digest.intro"), ...sections],
        { label: t("Notifications.digest.action"), url },
        t("Notifications.digest.why"),
      );
      // One-click unsubscribe stops the category of the first notice; the footer links every choice.
      const { email, listUnsubscribe } = noticeEmailFor(user, categoryOf(waiting[0]!.kind), digest);
      await tx.outboxMessage.create({ data: { kind: "notifications.digest", toAddress: user.email, ...email, listUnsubscribe } });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
