import "server-only";
// The session is next-auth's JWT (an encrypted, signed cookie; JWT strategy). The sign-in server
// action issues it with next-auth's own encoder so that next-auth's routes and ours read the same cookie.
import { decode, encode } from "next-auth/jwt";
import { env, usesSecureCookies } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./cookie-name";
import { STAFF_ROLES } from "./permissions";

export const CITIZEN_SESSION_SECONDS = 30 * 24 * 3600;
/** Staff sessions end after 12 hours whatever happens (targets.md #20). */
export const STAFF_SESSION_SECONDS = 12 * 3600;

/** `mfa`: the session began with an authenticator code as well as the password. */
export type SessionClaims = { sub: string; name: string; email: string; roles: Role[]; sv: number; mfa?: boolean };

export function sessionCookieName(): string {
  return usesSecureCookies() ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function sessionCookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies(), maxAge };
}

export function sessionLifetime(roles: readonly Role[]): number {
  return roles.some((role) => STAFF_ROLES.includes(role)) ? STAFF_SESSION_SECONDS : CITIZEN_SESSION_SECONDS;
}

export function encodeSession(claims: SessionClaims, maxAge: number): Promise<string> {
  return encode({ token: claims, secret: env().NEXTAUTH_SECRET, maxAge });
}

export async function decodeSession(value: string | undefined): Promise<SessionClaims | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
    if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return null;
    return token as unknown as SessionClaims;
  } catch {
    // Tampered, expired or signed with an old secret: treated as signed out.
    return null;
  }
}
