// The outbox: e-mails are rows written in the same transaction as the change that causes them,
// then delivered by deliverDueMessages(). A message is never lost: it stays until SMTP accepts it.
import type { Transporter } from "nodemailer";
import type { Db, Tx } from "@/lib/db/create-client";
import type { Email } from "./templates";

export const MAX_ATTEMPTS = 8;
/** How long a claimed message is reserved for the worker that claimed it. */
const LEASE_SECONDS = 120;

export async function enqueueEmail(tx: Tx, kind: string, to: string, email: Email): Promise<void> {
  await tx.outboxMessage.create({ data: { kind, toAddress: to, ...email } });
}

/** Exponential backoff: 1, 2, 4 … minutes, capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 3600);
}

type Claimed = { id: bigint; to_address: string; subject: string; text: string; html: string; attempts: number; list_unsubscribe: string | null };

/**
 * Sends what is due. Messages are claimed with SKIP LOCKED and a lease, so several workers
 * never send the same message at once, and a worker that dies mid-send only delays it.
 */
export async function deliverDueMessages(
  db: Db,
  transport: Transporter,
  from: string,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE outbox_messages SET attempts = attempts + 1,
      next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (
      SELECT id FROM outbox_messages
      WHERE status = 'pending' AND next_attempt_at <= now()
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, text, html, attempts, list_unsubscribe`;
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      // One-click unsubscribe (RFC 8058): mail programs show an "unsubscribe" button that POSTs to it.
      const headers = message.list_unsubscribe
        ? { "List-Unsubscribe": `<${message.list_unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : undefined;
      await transport.sendMail({ from, to: message.to_address, subject: message.subject, text: message.text, html: message.html, headers });
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          nextAttemptAt: new Date(Date.now() + retryDelaySeconds(message.attempts) * 1000),
        },
      });
    }
  }
  return { sent, failed };
}
