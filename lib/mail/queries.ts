import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { devMailboxEnabled } from "@/lib/env";

export async function listOutbox() {
  await requirePermission("outbox.read");
  return db.outboxMessage.findMany({
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, kind: true, toAddress: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true, lastError: true },
  });
}

/**
 * Messages as the recipient would read them, for the local demo's mailbox only (no SMTP server,
 * not production); anywhere else this returns null and the page answers 404.
 */
export async function listDevMailbox() {
  if (!devMailboxEnabled()) return null;
  return db.outboxMessage.findMany({
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, toAddress: true, subject: true, text: true, createdAt: true },
  });
}
