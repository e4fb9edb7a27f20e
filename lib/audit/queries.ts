import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents({ page }: { page: number }) {
  await requirePermission("audit_log.read");
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true, occurredAt: true, action: true, targetType: true, targetId: true, before: true, after: true, ip: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditEvent.count(),
  ]);
  return { items, total };
}
