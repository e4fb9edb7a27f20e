import "server-only";
// The auth facade: every page, action and query asks here who is signed in and what they may do.
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, STAFF_ROLES, type Permission } from "./permissions";
import { decodeSession, sessionCookieName } from "./session-token";

/**
 * `roles` are the roles the person may act with now; `heldRoles` all the roles the account holds.
 * They differ while a staff member has not signed in with a second factor and the commune
 * requires one (`secondFactorPending`): until then they act as the citizen they also are.
 */
export type SessionUser = { id: string; name: string; email: string; locale: string; roles: Role[]; heldRoles: Role[]; secondFactor: boolean; secondFactorPending: boolean };

const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);

/** Whether the commune requires staff to sign in with a second factor (on unless an administrator turned it off). */
async function staffSecondFactorRequired(): Promise<boolean> {
  const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { staffSecondFactorRequired: true } });
  return settings?.staffSecondFactorRequired ?? true;
}

/**
 * The signed-in user, re-read from the database on each request: a suspended account, a changed
 * password or a removed role takes effect at once, whatever the cookie still says.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const claims = await decodeSession((await cookies()).get(sessionCookieName())?.value);
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.sub },
    select: { id: true, name: true, email: true, locale: true, status: true, sessionVersion: true, roles: { select: { role: true } } },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== claims.sv) return null;
  const heldRoles = user.roles.map((r) => r.role);
  const secondFactor = claims.mfa === true;
  const secondFactorPending = !secondFactor && heldRoles.some(isStaffRole) && (await staffSecondFactorRequired());
  const roles = secondFactorPending ? heldRoles.filter((role) => !isStaffRole(role)) : heldRoles;
  return { id: user.id, name: user.name, email: user.email, locale: user.locale, roles, heldRoles, secondFactor, secondFactorPending };
});

/** For the data layer: the signed-in user, or an UnauthenticatedError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** For the data layer: the signed-in user holding `permission`, or an error that says which check failed. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.roles, permission)) throw new ForbiddenError(permission);
  return user;
}
