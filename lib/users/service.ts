import "server-only";
// Staff management of accounts. Every function checks the actor's permission itself:
// a page hiding a button is not a guard (style.md §5).
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import type { Role } from "@/lib/generated/prisma/enums";

export const USERS_PAGE_SIZE = 25;

export async function listUsers({ query, page }: { query?: string; page: number }) {
  await requirePermission("users.read");
  // LIKE treats % and _ as wildcards: a search means the characters themselves.
  const literal = query?.replace(/[\\%_]/g, "\\$&");
  const where = literal
    ? { OR: [{ name: { contains: literal, mode: "insensitive" as const } }, { email: { contains: literal.toLowerCase() } }] }
    : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, status: true, emailVerifiedAt: true, roles: { select: { role: true }, orderBy: { role: "asc" } } },
    }),
    db.user.count({ where }),
  ]);
  return { items, total };
}

export type RoleChangeResult = { ok: true; name: string } | { ok: false; error: "notFound" | "lastAdministrator" };

/** Grants or removes one role; the change and its audit event are one transaction. */
export async function changeRole(
  { userId, role, grant }: { userId: string; role: Role; grant: boolean },
  ip: string | null,
): Promise<RoleChangeResult> {
  const actor = await requirePermission("users.manage_roles");
  return db.$transaction(async (tx) => {
    // Serialise role changes so two administrators cannot both remove "the other" last administrator.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7212001)`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, status: true, roles: { select: { role: true } } } });
    if (!user) return { ok: false, error: "notFound" } as const;
    const before = user.roles.map((r) => r.role).sort();
    // Only an active administrator counts: removing the role from a suspended one leaves the others as they are.
    if (!grant && role === "ADMINISTRATOR" && before.includes("ADMINISTRATOR") && user.status === "ACTIVE") {
      const administrators = await tx.userRole.count({ where: { role: "ADMINISTRATOR", user: { status: "ACTIVE" } } });
      if (administrators <= 1) return { ok: false, error: "lastAdministrator" } as const;
    }
    if (grant) {
      await tx.userRole.upsert({
        where: { userId_role: { userId, role } },
        create: { userId, role, grantedById: actor.id },
        update: {},
      });
    } else {
      await tx.userRole.deleteMany({ where: { userId, role } });
    }
    const after = grant ? [...new Set([...before, role])].sort() : before.filter((r) => r !== role);
    if (before.join() !== after.join()) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: grant ? "user.role_granted" : "user.role_revoked",
        targetType: "user",
        targetId: userId,
        before: { roles: before },
        after: { roles: after },
        ip,
      });
    }
    return { ok: true, name: user.name } as const;
  });
}

export async function getUserForAdmin(id: string) {
  await requirePermission("users.manage_roles");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, status: true, totpEnabledAt: true, roles: { select: { role: true } } },
  });
}

/**
 * Suspends an account (its sessions stop working at once: getSession re-reads the status, and the
 * session version moves on) or reactivates it, with a reason kept in the audit log. Nobody
 * suspends themselves: so an administrator always remains (only administrators may suspend).
 */
export async function setUserSuspended(
  { userId, suspend, reason }: { userId: string; suspend: boolean; reason: string },
  ip: string | null,
): Promise<ServiceResult<{ userId: string }>> {
  const actor = await requirePermission("users.manage_roles");
  if (suspend && userId === actor.id) return { ok: false, formError: "cannotSuspendSelf" };
  return db.$transaction(async (tx) => {
    // The same lock as role changes: two administrators cannot suspend each other at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7212001)`;
    const actorStillActive = await tx.user.count({ where: { id: actor.id, status: "ACTIVE" } });
    if (!actorStillActive) return { ok: false, formError: "forbidden" } as const;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    if (!user) return { ok: false, formError: "notFound" } as const;
    const status = suspend ? "SUSPENDED" : "ACTIVE";
    if (user.status === status) return { ok: true, data: { userId } } as const;
    await tx.user.update({ where: { id: userId }, data: { status, ...(suspend ? { sessionVersion: { increment: 1 } } : {}) } });
    await recordAudit(tx, {
      actorId: actor.id, action: suspend ? "user.suspended" : "user.reactivated", targetType: "user", targetId: userId,
      before: { status: user.status }, after: { status, reason }, ip,
    });
    return { ok: true, data: { userId } } as const;
  });
}
