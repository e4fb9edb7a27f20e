import "server-only";
// Notices are written inside the transaction of the change that causes them (an in-app row in
// notifications and an e-mail row in the outbox per person), so a change and its notices stand
// or fall together. Each person reads them in their own language (User.locale).
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import type { Email } from "@/lib/mail/templates";
import { recipientLocale, type Recipient } from "./email";

/** The columns of a user a notice needs. */
export const RECIPIENT_FIELDS = { id: true, name: true, email: true, locale: true } as const;

export type NoticeDelivery = {
  /** "<feature>.<event>", e.g. "petitions.filed"; the renderer in lib/notifications/registry.ts reads it back. */
  kind: string;
  targetType: string;
  targetId: string;
  /** Everything needed to describe the notice later, whatever happens to its subject. */
  payload: Prisma.InputJsonValue;
  /** The e-mail for one recipient, in their language; null sends no e-mail (in-app only). */
  email: ((recipient: Recipient, locale: Locale) => Email) | null;
};

/** One notice (and one e-mail) per recipient, in two statements whatever their number. */
export async function deliverNotices(tx: Tx, recipients: readonly Recipient[], notice: NoticeDelivery): Promise<number> {
  if (recipients.length === 0) return 0;
  const { kind, targetType, targetId, payload, email } = notice;
  await tx.notification.createMany({ data: recipients.map((r) => ({ userId: r.id, kind, targetType, targetId, payload })) });
  if (email) {
    // The rows lib/mail/outbox.ts's enqueueEmail writes, in one statement for every recipient.
    await tx.outboxMessage.createMany({ data: recipients.map((r) => ({ kind, toAddress: r.email, ...email(r, recipientLocale(r.locale)) })) });
  }
  return recipients.length;
}
