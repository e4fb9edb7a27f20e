import "server-only";
// Page-level checks: anonymous visitors go to sign in and come back; signed-in people without the
// permission get a real 403 page. Data functions check again (lib/auth/session.ts).
import { forbidden } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/config";
import { can, type Permission } from "./permissions";
import { getSession, type SessionUser } from "./session";

export async function pageUser(locale: Locale, returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) return redirect({ href: { pathname: "/signin", query: { callbackUrl: returnTo } }, locale });
  return user;
}

/** A staff member who has not yet used their second factor is sent to set it up or to sign in with it, then comes back. */
export async function pageUserWith(permission: Permission, locale: Locale, returnTo: string): Promise<SessionUser> {
  const user = await pageUser(locale, returnTo);
  if (!can(user.roles, permission)) {
    if (user.secondFactorPending && can(user.heldRoles, permission)) return redirect({ href: { pathname: "/account/security", query: { callbackUrl: returnTo } }, locale });
    forbidden();
  }
  return user;
}
