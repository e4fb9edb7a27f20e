import "server-only";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { auditWhere, type AuditFilters } from "./filters";

export const AUDIT_PAGE_SIZE = 50;

const EVENT_SELECT = {
  id: true, occurredAt: true, action: true, targetType: true, targetId: true, before: true, after: true, ip: true, actorRoles: true, requestId: true,
  actor: { select: { name: true, email: true } },
} as const;

/**
 * Whose events the signed-in person may read: everyone's with "audit_log.read" (the internal audit
 * committee, administrators); otherwise a staff member reads their own actions only.
 */
async function readableAudit(filters: AuditFilters): Promise<{ where: Prisma.AuditEventWhereInput; ownOnly: boolean }> {
  const user = await requirePermission("admin.access");
  const ownOnly = !can(user.roles, "audit_log.read");
  const where = auditWhere(filters);
  return { where: ownOnly ? { AND: [where, { actorId: user.id }] } : where, ownOnly };
}

export async function listAuditEvents({ page, filters = {} }: { page: number; filters?: AuditFilters }) {
  const { where, ownOnly } = await readableAudit(filters);
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: EVENT_SELECT }),
    db.auditEvent.count({ where }),
  ]);
  return { items, total, ownOnly };
}

const CSV_BATCH = 1000;
const CSV_COLUMNS = ["id", "occurred_at", "actor_name", "actor_email", "action", "target_type", "target_id", "before", "after", "ip", "actor_roles", "request_id"];

/**
 * The filtered log as CSV for the internal audit committee (a staff member: their own actions),
 * newest first, read in batches so that a long log never sits in memory whole. The permission is
 * checked before the first byte.
 */
export async function auditCsvStream(filters: AuditFilters): Promise<ReadableStream<Uint8Array>> {
  const { where } = await readableAudit(filters);
  const encoder = new TextEncoder();
  let cursor: bigint | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${UTF8_BOM}${CSV_COLUMNS.join(",")}\r\n`));
      }
      const batch = await db.auditEvent.findMany({
        where: cursor === null ? where : { AND: [where, { id: { lt: cursor } }] },
        orderBy: { id: "desc" },
        take: CSV_BATCH,
        select: EVENT_SELECT,
      });
      if (batch.length === 0) return controller.close();
      cursor = batch.at(-1)!.id;
      const lines = batch.map((e) =>
        csvLine([
          String(e.id), e.occurredAt.toISOString(), e.actor?.name ?? null, e.actor?.email ?? null, e.action, e.targetType, e.targetId,
          e.before === null ? null : JSON.stringify(e.before), e.after === null ? null : JSON.stringify(e.after), e.ip, e.actorRoles, e.requestId,
        ]),
      );
      controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
    },
  });
}
