// Shared pieces of the integration tests: a clean database, real users, and a signed-in session.
//
// Sessions: the code under test reads the session cookie through Next's `cookies()`, which only
// exists inside a request. A test file replaces "next/headers" with the cookie jar below:
//
//   vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);
//
// and signs in with `signInAs(user)`, which puts a real session token (lib/auth/session-token.ts)
// in the jar. Everything after that (decoding, the database re-check, the permission table) is the
// real code against the real database.
import { AsyncLocalStorage } from "node:async_hooks";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { encodeSession, sessionCookieName, sessionLifetime } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

/** The tables the account features write; users cascades to user_roles (and associations). */
export async function resetDatabase(): Promise<void> {
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE users, rate_limit_buckets, outbox_messages, audit_events, verification_tokens RESTART IDENTITY CASCADE",
  );
}

export const DEFAULT_PASSWORD = "olive-trees-of-bni-mathar";

// Argon2id is slow on purpose; a factory that hashes for every row would make the tests slow.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

let counter = 0;

export type TestUser = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  sessionVersion: number;
  password: string;
};

/** Inserts a real user row (with its roles) and returns what the tests need to know about it. */
export async function createUser({
  roles = ["CITIZEN"],
  verified = true,
  status = "ACTIVE",
  password = DEFAULT_PASSWORD,
  name,
  email,
  locale = "ar-MA",
}: {
  roles?: Role[];
  verified?: boolean;
  status?: UserStatus;
  password?: string;
  name?: string;
  email?: string;
  locale?: string;
} = {}): Promise<TestUser> {
  counter += 1;
  const user = await db.user.create({
    data: {
      name: name ?? `مستعمل تجريبي ${counter}`,
      email: email ?? `user-${counter}-${Date.now()}@test.example`,
      passwordHash: await hashOnce(password),
      emailVerifiedAt: verified ? new Date() : null,
      status,
      locale,
      roles: { create: roles.map((role) => ({ role })) },
    },
    select: { id: true, name: true, email: true, sessionVersion: true, roles: { select: { role: true } } },
  });
  return { ...user, roles: user.roles.map((r) => r.role), password };
}

// The cookie jar behind the fake `cookies()`: one per simulated request (asUser), else a shared one.
const sharedJar = new Map<string, string>();
const requestJar = new AsyncLocalStorage<Map<string, string>>();
// The request headers behind the fake `headers()` (withRequestHeaders), else none.
const requestHeaders = new AsyncLocalStorage<Headers>();

/** What "next/headers" exports, as far as the code under test uses it. */
export const fakeNextHeaders = {
  async cookies() {
    const jar = requestJar.getStore() ?? sharedJar;
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      has: (name: string) => jar.has(name),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    };
  },
  async headers() {
    return requestHeaders.getStore() ?? new Headers();
  },
};

type SessionSubject = Pick<TestUser, "id" | "name" | "email" | "roles" | "sessionVersion">;

function claimsOf(user: SessionSubject, secondFactor: boolean) {
  return { sub: user.id, name: user.name, email: user.email, roles: user.roles, sv: user.sessionVersion, mfa: secondFactor };
}

/**
 * A session token for `user`, made the way the sign-in action makes it; by default as after a
 * sign-in with the second factor, so that staff act as staff (tests of the factor pass false).
 */
export function sessionTokenFor(user: SessionSubject, secondFactor = true): Promise<string> {
  return encodeSession(claimsOf(user, secondFactor), sessionLifetime(user.roles));
}

/** Puts `value` in the session cookie, as a browser would send it. */
export function setSessionCookie(value: string): void {
  sharedJar.set(sessionCookieName(), value);
}

/** The session cookie as it is now, if any. */
export function sessionCookie(): string | undefined {
  return sharedJar.get(sessionCookieName());
}

/** Signs `user` in: a real session token in the session cookie. */
export async function signInAs(user: SessionSubject): Promise<void> {
  setSessionCookie(await sessionTokenFor(user));
}

/** A well-formed session token for `user`, but signed with a secret the portal does not use. */
export async function signInWithForeignSecret(user: SessionSubject): Promise<void> {
  setSessionCookie(await encode({ token: claimsOf(user, true), secret: "some-other-portal-secret-some-other-portal", maxAge: 3600 }));
}

/** Runs `work` as one request of `user`, with its own cookie jar (for simultaneous requests of different people). */
export async function asUser<T>(user: SessionSubject, work: () => Promise<T>, secondFactor = true): Promise<T> {
  const jar = new Map([[sessionCookieName(), await sessionTokenFor(user, secondFactor)]]);
  return requestJar.run(jar, work);
}

/** Runs `work` as if the request carried `headers` (e.g. the x-request-id that proxy.ts sets). */
export function withRequestHeaders<T>(headers: Record<string, string>, work: () => Promise<T>): Promise<T> {
  return requestHeaders.run(new Headers(headers), work);
}

export function signOut(): void {
  sharedJar.clear();
}
