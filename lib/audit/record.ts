import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Writes one audit event inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, ip: event.ip ?? null } });
}

/** Only the fields that changed, before and after, so that an audit event reads as a diff. */
export function auditDiff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])) as Prisma.InputJsonObject,
    after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Prisma.InputJsonObject,
    changed: keys.length > 0,
  };
}
