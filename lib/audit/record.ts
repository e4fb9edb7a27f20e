import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentRequestId } from "@/lib/security/request";

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

/**
 * Writes one audit event inside the caller's transaction, so the change and its record stand or
 * fall together, with the roles the actor held and the id of the request that caused it.
 */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  const roles = event.actorId ? await tx.userRole.findMany({ where: { userId: event.actorId }, select: { role: true }, orderBy: { role: "asc" } }) : [];
  const actorRoles = roles.map(({ role }) => role).join(",") || null;
  await tx.auditEvent.create({ data: { ...event, ip: event.ip ?? null, actorRoles, requestId: await currentRequestId() } });
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
