import "server-only";
// Account rules and writes, free of Next.js request objects so that integration tests call them
// directly. The server actions in ./actions.ts are thin wrappers that add cookies and redirects.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "@/lib/auth/password";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role, TokenPurpose } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { localizedPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/config";
import { enqueueEmail } from "@/lib/mail/outbox";
import { passwordResetEmail, verificationEmail } from "@/lib/mail/templates";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { decryptIdNumber } from "@/lib/security/personal-data";
import { hitRateLimit, rateLimitReached } from "@/lib/security/rate-limit";
import { verifyTotp } from "@/lib/security/totp";
import { passwordProblem } from "./password-policy";
import type { RegisterInput } from "./schemas";
import type { ServiceResult } from "@/lib/forms/form-state";

/** Sign-in lockout (targets.md #21): after this many failures in a row the account waits. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;
/** Wrong passwords one address may try in 15 minutes, whatever the accounts (credential stuffing). */
export const FAILED_SIGN_INS_PER_ADDRESS = 50;
const VERIFY_TOKEN_HOURS = 48;
const RESET_TOKEN_MINUTES = 60;


function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function issueToken(tx: Prisma.TransactionClient, userId: string, purpose: TokenPurpose, ttlMinutes: number) {
  const token = randomBytes(32).toString("base64url");
  // One live token per purpose: a new e-mail makes the previous link useless.
  await tx.verificationToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.verificationToken.create({
    data: { tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMinutes * 60_000) },
  });
  return token;
}

function absoluteUrl(locale: Locale, pathname: "/verify-email" | "/reset-password", token: string): string {
  const url = new URL(localizedPath(locale, pathname), env().PUBLIC_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function registerAccount(
  input: RegisterInput,
  context: { locale: Locale; ip: string },
): Promise<ServiceResult<{ userId: string }>> {
  const limit = await hitRateLimit(`register:ip:${context.ip}`, 10, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  const problem = passwordProblem(input.password, input.email);
  if (problem) return { ok: false, fieldErrors: { password: problem } };

  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, fieldErrors: { email: "emailTaken" } };

  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          phone: input.phone ?? null,
          passwordHash,
          locale: context.locale,
          roles: { create: { role: "CITIZEN" } },
        },
        select: { id: true },
      });
      const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_TOKEN_HOURS * 60);
      const url = absoluteUrl(context.locale, "/verify-email", token);
      await enqueueEmail(tx, "verify_email", input.email, verificationEmail(context.locale, input.name, url));
      return user.id;
    });
    kickOutboxWorker();
    return { ok: true, data: { userId } };
  } catch (error) {
    // Two registrations racing for the same address: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: "emailTaken" } };
    throw error;
  }
}

/** Consumes a verification link. The same link twice is fine for an already verified account. */
export async function verifyEmail(token: string): Promise<ServiceResult<{ email: string }>> {
  const tokenHash = hashToken(token);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const record = await tx.verificationToken.findUnique({
      where: { tokenHash },
      select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, emailVerifiedAt: true } } },
    });
    if (!record || record.purpose !== "VERIFY_EMAIL") return { ok: false, formError: "tokenInvalid" } as const;
    if (record.usedAt && record.user.emailVerifiedAt) return { ok: true, data: { email: record.user.email } } as const;
    if (record.expiresAt < now) return { ok: false, formError: "tokenExpired" } as const;
    await tx.verificationToken.update({ where: { tokenHash }, data: { usedAt: now } });
    await tx.user.update({ where: { id: record.user.id }, data: { emailVerifiedAt: record.user.emailVerifiedAt ?? now } });
    return { ok: true, data: { email: record.user.email } } as const;
  });
}

/** Sends a new verification e-mail if the address belongs to an unverified account; says nothing either way. */
export async function resendVerification(email: string, context: { locale: Locale; ip: string }): Promise<ServiceResult> {
  const limit = await hitRateLimit(`resend:${email}`, 3, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, emailVerifiedAt: true } });
    if (!user || user.emailVerifiedAt) return;
    const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_TOKEN_HOURS * 60);
    await enqueueEmail(tx, "verify_email", email, verificationEmail(context.locale, user.name, absoluteUrl(context.locale, "/verify-email", token)));
  });
  kickOutboxWorker();
  return { ok: true, data: undefined };
}

/** `secondFactor`: the person also gave a valid authenticator code (their account has one set up). */
export type AuthenticatedUser = { id: string; name: string; email: string; roles: Role[]; sessionVersion: number; secondFactor: boolean };
export type SignInFailure = "invalidCredentials" | "accountLocked" | "emailUnverified" | "accountSuspended" | "rateLimited" | "codeRequired" | "codeInvalid";

/**
 * Checks a password. Failures are counted per account (locked for LOCKOUT_MINUTES after
 * MAX_FAILED_SIGN_INS) and, more generously, per address: people behind one mobile carrier's
 * NAT or in the commune's internet space share an IP (targets.md §3.6).
 */
export async function authenticate(
  email: string,
  password: string,
  ip: string,
  code = "",
  now = new Date(),
): Promise<{ ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number }> {
  // Only failures count against the address: a town hall's or a carrier's shared IP signs many people in.
  const ipKey = `signin:ip:${ip}`;
  const ipLimit = await rateLimitReached(ipKey, FAILED_SIGN_INS_PER_ADDRESS, 15 * 60);
  if (!ipLimit.allowed) return { ok: false, reason: "rateLimited", retryAfterSeconds: ipLimit.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true, name: true, email: true, passwordHash: true, emailVerifiedAt: true, status: true,
      sessionVersion: true, failedSignIns: true, lockedUntil: true, roles: { select: { role: true } },
      totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true,
    },
  });
  if (!user) {
    await verifyPassword(await DUMMY_PASSWORD_HASH, password);
    await hitRateLimit(ipKey, FAILED_SIGN_INS_PER_ADDRESS, 15 * 60);
    return { ok: false, reason: "invalidCredentials" };
  }
  const nowMs = now.getTime();
  if (user.lockedUntil && user.lockedUntil.getTime() > nowMs) {
    return { ok: false, reason: "accountLocked", retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - nowMs) / 1000) };
  }
  /** A wrong password or a wrong code: counted against the address and the account, which locks after MAX_FAILED_SIGN_INS. */
  const failed = async (reason: "invalidCredentials" | "codeInvalid") => {
    await hitRateLimit(ipKey, FAILED_SIGN_INS_PER_ADDRESS, 15 * 60);
    // Counted in the database, so that guesses sent in parallel are each counted.
    const [counted] = await db.$queryRaw<{ failed_sign_ins: number }[]>`
      UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ${user.id}::uuid RETURNING failed_sign_ins`;
    if ((counted?.failed_sign_ins ?? 0) >= MAX_FAILED_SIGN_INS) {
      await db.user.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: new Date(nowMs + LOCKOUT_MINUTES * 60_000) },
      });
      return { ok: false as const, reason: "accountLocked" as const, retryAfterSeconds: LOCKOUT_MINUTES * 60 };
    }
    return { ok: false as const, reason };
  };
  if (!(await verifyPassword(user.passwordHash, password))) return failed("invalidCredentials");
  if (user.status === "SUSPENDED") return { ok: false, reason: "accountSuspended" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "emailUnverified" };
  let secondFactor = false;
  if (user.totpEnabledAt && user.totpSecretEncrypted) {
    if (!code) return { ok: false, reason: "codeRequired" };
    const step = verifyTotp(decryptIdNumber(user.totpSecretEncrypted), code, now, user.totpLastStep);
    if (step === null) return failed("codeInvalid");
    // Only a newer step is written: two sign-ins racing with the same code cannot both succeed.
    const claimed = await db.user.updateMany({ where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
    if (claimed.count === 0) return failed("codeInvalid");
    secondFactor = true;
  }
  if (user.failedSignIns > 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
  }
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, roles: user.roles.map((r) => r.role), sessionVersion: user.sessionVersion, secondFactor },
  };
}

/** Always answers the same way, so the form does not reveal which addresses have accounts. */
export async function requestPasswordReset(email: string, context: { locale: Locale; ip: string }): Promise<ServiceResult> {
  const limit = await hitRateLimit(`reset:ip:${context.ip}`, 10, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const perAccount = await hitRateLimit(`reset:${email}`, 3, 3600);
  if (!perAccount.allowed) return { ok: true, data: undefined };
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, status: true } });
    if (!user || user.status !== "ACTIVE") return;
    const token = await issueToken(tx, user.id, "RESET_PASSWORD", RESET_TOKEN_MINUTES);
    await enqueueEmail(tx, "reset_password", email, passwordResetEmail(context.locale, user.name, absoluteUrl(context.locale, "/reset-password", token)));
  });
  kickOutboxWorker();
  return { ok: true, data: undefined };
}

/** The account's session version now (after a change that re-issues the cookie). */
export async function currentSessionVersion(userId: string): Promise<number> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

/** Sets a new password from a reset link; ends every existing session of the account. */
export async function resetPassword(token: string, password: string): Promise<ServiceResult> {
  const tokenHash = hashToken(token);
  const record = await db.verificationToken.findUnique({
    where: { tokenHash },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, roles: { select: { role: true } } } } },
  });
  if (!record || record.purpose !== "RESET_PASSWORD" || record.usedAt) return { ok: false, formError: "tokenInvalid" };
  if (record.expiresAt < new Date()) return { ok: false, formError: "tokenExpired" };
  const problem = passwordProblem(password, record.user.email, { staff: isStaff(record.user.roles.map((r) => r.role)) });
  if (problem) return { ok: false, fieldErrors: { password: problem } };
  const passwordHash = await hashPassword(password);
  const consumed = await db.$transaction(async (tx) => {
    // Conditional update: of two concurrent uses of one link, only one succeeds.
    const { count } = await tx.verificationToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) return false;
    await tx.user.update({
      where: { id: record.user.id },
      // Following the e-mailed link also proves the address.
      data: { passwordHash, sessionVersion: { increment: 1 }, failedSignIns: 0, lockedUntil: null, emailVerifiedAt: new Date() },
    });
    await recordAudit(tx, { actorId: record.user.id, action: "account.password_reset", targetType: "user", targetId: record.user.id });
    return true;
  });
  return consumed ? { ok: true, data: undefined } : { ok: false, formError: "tokenInvalid" };
}

/** Changes the password of a signed-in user; returns the new session version so the caller can re-issue the cookie. */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<ServiceResult<{ sessionVersion: number }>> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true, roles: { select: { role: true } } },
  });
  if (!user) return { ok: false, formError: "unauthenticated" };
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" } };
  }
  const problem = passwordProblem(newPassword, user.email, { staff: isStaff(user.roles.map((r) => r.role)) });
  if (problem) return { ok: false, fieldErrors: { newPassword: problem } };
  const passwordHash = await hashPassword(newPassword);
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, { actorId: userId, action: "account.password_changed", targetType: "user", targetId: userId });
    return result;
  });
  return { ok: true, data: { sessionVersion: updated.sessionVersion } };
}

/** The signed-in person declares their gender (or withdraws it) for the portal's aggregate figures only. */
export async function saveDeclaredGender(input: { gender: "WOMAN" | "MAN" | "UNDECLARED" }): Promise<ServiceResult<undefined>> {
  const user = await requireUser();
  await db.user.update({ where: { id: user.id }, data: { declaredGender: input.gender === "UNDECLARED" ? null : input.gender } });
  return { ok: true, data: undefined };
}
