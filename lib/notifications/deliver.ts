import "server-only";
// Notices are written inside the transaction of the change that causes them (an in-app row in
// notifications and an e-mail row in the outbox per person), so a change and its notices stand
// or fall together. Each person reads them in their own language (User.locale), and hears of them
// the way they chose for the notice's category: an e-mail at once, a daily digest, or in-app only.
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import type { Email } from "@/lib/mail/templates";
import { categoryOf } from "./categories";
import { recipientLocale, type Recipient } from "./email";
import { noticeEmailFor } from "./links";

/** The columns of a user a notice needs. */
export const RECIPIENT_FIELDS = { id: true, name: true, email: true, locale: true } as const;

export type NoticeDelivery = {
  /** "<category>.<event>", e.g. "petitions.filed"; the renderer in lib/notifications/registry.ts reads it back. */
  kind: string;
  targetType: string;
  targetId: string;
  /** Everything needed to describe the notice later, whatever happens to its subject. */
  payload: Prisma.InputJsonValue;
  /** The e-mail for one recipient, in their language; null sends no e-mail (in-app only). */
  email: ((recipient: Recipient, locale: Locale) => Email) | null;
  /** A notice the law requires the person to receive (e.g. a decision on their petition): e-mailed whatever they chose. */
  essential?: boolean;
};

/** One notice per recipient, and one e-mail for those who want it now, in three statements whatever their number. */
export async function deliverNotices(tx: Tx, recipients: readonly Recipient[], notice: NoticeDelivery): Promise<number> {
  if (recipients.length === 0) return 0;
  const { kind, targetType, targetId, payload, email } = notice;
  const category = categoryOf(kind);
  const preferences = await tx.notificationPreference.findMany({
    where: { userId: { in: recipients.map((r) => r.id) }, category },
    select: { userId: true, delivery: true },
  });
  const chosen = new Map(preferences.map((p) => [p.userId, p.delivery]));
  const delivery = (r: Recipient) => (notice.essential ? "IMMEDIATE" : (chosen.get(r.id) ?? "IMMEDIATE"));
  await tx.notification.createMany({
    data: recipients.map((r) => {
      const deferred = email !== null && delivery(r) === "DAILY_DIGEST";
      // The digest lists each notice by the subject its own e-mail would have had.
      const emailSubject = deferred ? email(r, recipientLocale(r.locale)).subject : null;
      return { userId: r.id, kind, targetType, targetId, payload, emailDeferred: deferred, emailSubject };
    }),
  });
  const now = email ? recipients.filter((r) => delivery(r) === "IMMEDIATE") : [];
  if (email && now.length) {
    // The rows lib/mail/outbox.ts's enqueueEmail writes, in one statement for every recipient.
    await tx.outboxMessage.createMany({
      data: now.map((r) => {
        const message = noticeEmailFor(r, category, email(r, recipientLocale(r.locale)));
        return { kind, toAddress: r.email, ...message.email, listUnsubscribe: message.listUnsubscribe };
      }),
    });
  }
  return recipients.length;
}
