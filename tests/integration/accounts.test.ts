// Accounts against the real database: registration, e-mail verification, sign-in with lockout,
// password reset and change (lib/accounts/service.ts).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import {
  authenticate,
  changePassword,
  FAILED_SIGN_INS_PER_ADDRESS,
  LOCKOUT_MINUTES,
  registerAccount,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from "@/lib/accounts/service";
import { db } from "@/lib/db/client";
import { createUser, DEFAULT_PASSWORD, resetDatabase } from "./helpers";

const AR = { locale: "ar-MA", ip: "198.51.100.1" } as const;
const FR = { locale: "fr-MA", ip: "198.51.100.2" } as const;
const PASSWORD = "argan-oil-and-almonds";

function registration(email = "fatima@test.example") {
  return { name: "فاطمة الزهراء", email, password: PASSWORD };
}

async function outboxTo(address: string) {
  return db.outboxMessage.findMany({ where: { toAddress: address }, orderBy: { id: "asc" } });
}

/** The one link of an e-mail's text part. */
function linkIn(text: string): URL {
  const links = text.match(/https?:\/\/\S+/g) ?? [];
  expect(links).toHaveLength(1);
  return new URL(links[0]!);
}

/** The token of the only e-mail of `kind` sent to `address`. */
async function tokenSentTo(address: string, kind: "verify_email" | "reset_password"): Promise<string> {
  const messages = await db.outboxMessage.findMany({ where: { toAddress: address, kind } });
  expect(messages).toHaveLength(1);
  const token = linkIn(messages[0]!.text).searchParams.get("token");
  expect(token).toBeTruthy();
  return token!;
}

async function userRow(email: string) {
  return db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true, passwordHash: true, emailVerifiedAt: true, sessionVersion: true, failedSignIns: true, lockedUntil: true,
      locale: true, roles: { select: { role: true } },
    },
  });
}

async function nothingWritten() {
  const [users, messages, tokens, events] = await Promise.all([
    db.user.count(),
    db.outboxMessage.count(),
    db.verificationToken.count(),
    db.auditEvent.count(),
  ]);
  return { users, messages, tokens, events };
}

beforeEach(resetDatabase);

afterAll(async () => {
  await db.$disconnect();
});

describe("registerAccount", () => {
  it("creates an unverified citizen whose password is hashed with Argon2id at OWASP's parameters", async () => {
    const result = await registerAccount(registration(), AR);

    expect(result.ok).toBe(true);
    const user = await userRow("fatima@test.example");
    expect(result.ok && result.data.userId).toBe(user.id);
    expect(user.roles.map((r) => r.role)).toEqual(["CITIZEN"]);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).toContain("m=19456,t=2,p=1");
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.locale).toBe("ar-MA");
  });

  it("queues one verification e-mail to the address, with a link to /verify-email?token=", async () => {
    await registerAccount(registration(), AR);

    const messages = await db.outboxMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "verify_email", toAddress: "fatima@test.example", status: "PENDING" });
    const link = linkIn(messages[0]!.text);
    expect(link.pathname).toBe("/verify-email");
    expect(link.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(messages[0]!.html).toContain(link.toString());
  });

  it("writes the user, the token and the e-mail in one transaction", async () => {
    await registerAccount(registration(), AR);

    // Rows written by one transaction carry that transaction's id in xmin.
    const rows = await db.$queryRawUnsafe<{ source: string; xmin: string }[]>(`
      SELECT 'user' AS source, xmin::text FROM users
      UNION ALL SELECT 'role', xmin::text FROM user_roles
      UNION ALL SELECT 'token', xmin::text FROM verification_tokens
      UNION ALL SELECT 'email', xmin::text FROM outbox_messages`);
    expect(rows.map((r) => r.source).sort()).toEqual(["email", "role", "token", "user"]);
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
  });

  it("links a French registration to the French page /fr/verify-email", async () => {
    await registerAccount(registration("amine@test.example"), FR);

    const [message] = await outboxTo("amine@test.example");
    const link = linkIn(message!.text);
    expect(link.pathname).toBe("/fr/verify-email");
    expect(link.searchParams.get("token")).toBeTruthy();
    expect((await userRow("amine@test.example")).locale).toBe("fr-MA");
  });

  it("refuses an address that already has an account, and writes nothing", async () => {
    await createUser({ email: "fatima@test.example" });
    const before = await nothingWritten();

    const result = await registerAccount(registration("fatima@test.example"), AR);

    expect(result).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await nothingWritten()).toEqual(before);
  });

  it("refuses an address that differs from an existing one only in case (as the form lower-cases it)", async () => {
    await registerAccount(registration("fatima@test.example"), AR);

    // RegisterSchema turns "Fatima@Test.Example" into this before the service sees it.
    const result = await registerAccount(registration("Fatima@Test.Example".toLowerCase()), AR);

    expect(result).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await db.user.count()).toBe(1);
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("lets only one of two simultaneous registrations of the same address through", async () => {
    const results = await Promise.all([
      registerAccount(registration("twice@test.example"), { locale: "ar-MA", ip: "198.51.100.10" }),
      registerAccount(registration("twice@test.example"), { locale: "ar-MA", ip: "198.51.100.11" }),
    ]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { email: "emailTaken" } }]);
    expect(await db.user.count({ where: { email: "twice@test.example" } })).toBe(1);
    expect(await outboxTo("twice@test.example")).toHaveLength(1);
  });

  it("refuses a common password and writes nothing", async () => {
    const result = await registerAccount({ ...registration(), password: "password" }, AR);

    expect(result).toEqual({ ok: false, fieldErrors: { password: "passwordCommon" } });
    expect(await nothingWritten()).toEqual({ users: 0, messages: 0, tokens: 0, events: 0 });
  });

  it("refuses a password that is the e-mail's local part", async () => {
    const result = await registerAccount({ ...registration("zaytoun.bnimathar@test.example"), password: "zaytoun.bnimathar" }, AR);

    expect(result).toEqual({ ok: false, fieldErrors: { password: "passwordLikeEmail" } });
    expect(await db.user.count()).toBe(0);
  });

  it("refuses the 11th registration from one address within an hour", async () => {
    const ip = "203.0.113.7";
    for (let i = 1; i <= 10; i++) {
      const result = await registerAccount(registration(`person${i}@test.example`), { locale: "ar-MA", ip });
      expect(result.ok, `registration ${i}`).toBe(true);
    }

    const eleventh = await registerAccount(registration("person11@test.example"), { locale: "ar-MA", ip });

    expect(eleventh).toMatchObject({ ok: false, formError: "rateLimited" });
    const retryAfter = !eleventh.ok ? eleventh.retryAfterSeconds : undefined;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await db.user.count({ where: { email: "person11@test.example" } })).toBe(0);
  });

  it("still lets someone else, from another address, register when one address is rate-limited", async () => {
    const ip = "203.0.113.8";
    for (let i = 1; i <= 11; i++) await registerAccount(registration(`burst${i}@test.example`), { locale: "ar-MA", ip });

    const other = await registerAccount(registration("neighbour@test.example"), { locale: "ar-MA", ip: "203.0.113.9" });

    expect(other.ok).toBe(true);
  });
});

describe("verifyEmail", () => {
  async function registered(email = "fatima@test.example") {
    await registerAccount(registration(email), AR);
    return tokenSentTo(email, "verify_email");
  }

  it("marks the account verified with the token from the e-mail", async () => {
    const token = await registered();

    const result = await verifyEmail(token);

    expect(result).toEqual({ ok: true, data: { email: "fatima@test.example" } });
    expect((await userRow("fatima@test.example")).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("refuses a token that was never issued", async () => {
    await registered();

    const result = await verifyEmail("not-a-token-we-ever-sent");

    expect(result).toEqual({ ok: false, formError: "tokenInvalid" });
    expect((await userRow("fatima@test.example")).emailVerifiedAt).toBeNull();
  });

  it("refuses an expired token and leaves the account unverified", async () => {
    const token = await registered();
    await db.verificationToken.updateMany({ data: { expiresAt: new Date(Date.now() - 60_000) } });

    const result = await verifyEmail(token);

    expect(result).toEqual({ ok: false, formError: "tokenExpired" });
    expect((await userRow("fatima@test.example")).emailVerifiedAt).toBeNull();
  });

  it("accepts the same link a second time once the account is verified", async () => {
    const token = await registered();
    await verifyEmail(token);
    const verifiedAt = (await userRow("fatima@test.example")).emailVerifiedAt;

    const again = await verifyEmail(token);

    expect(again).toEqual({ ok: true, data: { email: "fatima@test.example" } });
    expect((await userRow("fatima@test.example")).emailVerifiedAt).toEqual(verifiedAt);
  });

  it("does not accept a password-reset token as a verification token", async () => {
    const user = await createUser({ verified: false, email: "unverified@test.example" });
    // A reset is only sent to active accounts, verified or not.
    await requestPasswordReset(user.email, AR);
    const resetToken = await tokenSentTo(user.email, "reset_password");

    expect(await verifyEmail(resetToken)).toEqual({ ok: false, formError: "tokenInvalid" });
    expect((await userRow(user.email)).emailVerifiedAt).toBeNull();
  });
});

describe("authenticate", () => {
  const ip = "192.0.2.50";

  it("refuses an account whose e-mail is not verified yet", async () => {
    const user = await createUser({ verified: false });

    expect(await authenticate(user.email, user.password, ip)).toEqual({ ok: false, reason: "emailUnverified" });
  });

  it("signs a verified account in with the right password, with its roles", async () => {
    const user = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });

    const result = await authenticate(user.email, user.password, ip);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toMatchObject({ id: user.id, email: user.email, name: user.name, sessionVersion: 0 });
    expect(result.user.roles.sort()).toEqual(["BUREAU_MEMBER", "CITIZEN"]);
  });

  it("refuses an unknown e-mail with the same answer as a wrong password", async () => {
    expect(await authenticate("nobody@test.example", DEFAULT_PASSWORD, ip)).toEqual({ ok: false, reason: "invalidCredentials" });
  });

  it("refuses a wrong password four times, then locks the account for 15 minutes on the fifth", async () => {
    const user = await createUser();

    for (let i = 1; i <= 4; i++) {
      expect(await authenticate(user.email, "wrong-password-123", ip), `attempt ${i}`).toEqual({
        ok: false,
        reason: "invalidCredentials",
      });
    }
    const fifth = await authenticate(user.email, "wrong-password-123", ip);

    expect(fifth).toMatchObject({ ok: false, reason: "accountLocked" });
    const retryAfter = !fifth.ok ? fifth.retryAfterSeconds! : 0;
    expect(retryAfter).toBeGreaterThan(LOCKOUT_MINUTES * 60 - 10);
    expect(retryAfter).toBeLessThanOrEqual(LOCKOUT_MINUTES * 60);
    expect(LOCKOUT_MINUTES).toBe(15);
  });

  it("refuses even the right password while the account is locked", async () => {
    const user = await createUser();
    for (let i = 1; i <= 5; i++) await authenticate(user.email, "wrong-password-123", ip);

    const result = await authenticate(user.email, user.password, ip);

    expect(result).toMatchObject({ ok: false, reason: "accountLocked" });
    expect(!result.ok && result.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("lets the right password in once the lock has passed, and clears the lock", async () => {
    const user = await createUser();
    for (let i = 1; i <= 5; i++) await authenticate(user.email, "wrong-password-123", ip);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });

    const result = await authenticate(user.email, user.password, ip);

    expect(result.ok).toBe(true);
    const row = await userRow(user.email);
    expect(row.failedSignIns).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("resets the count of failures after a successful sign-in, so only failures in a row lock", async () => {
    const user = await createUser();
    for (let i = 1; i <= 3; i++) await authenticate(user.email, "wrong-password-123", ip);
    expect((await userRow(user.email)).failedSignIns).toBe(3);

    expect((await authenticate(user.email, user.password, ip)).ok).toBe(true);
    expect((await userRow(user.email)).failedSignIns).toBe(0);

    for (let i = 1; i <= 4; i++) {
      expect(await authenticate(user.email, "wrong-password-123", ip)).toEqual({ ok: false, reason: "invalidCredentials" });
    }
  });

  it("lets many people sign in from one shared address, but stops an address that keeps guessing", async () => {
    const shared = "198.51.100.7";
    const user = await createUser();
    // A town hall's or a carrier's shared address: sign-ins that succeed are never counted.
    for (let i = 0; i < FAILED_SIGN_INS_PER_ADDRESS + 10; i++) expect((await authenticate(user.email, user.password, shared)).ok).toBe(true);

    // Wrong passwords across many accounts (credential stuffing) are.
    for (let i = 0; i < FAILED_SIGN_INS_PER_ADDRESS; i++) await authenticate(`nobody-${i}@test.example`, "wrong-password-123", shared);
    expect(await authenticate(user.email, user.password, shared)).toMatchObject({ ok: false, reason: "rateLimited" });
    // Another address is not affected.
    expect((await authenticate(user.email, user.password, "198.51.100.8")).ok).toBe(true);
  });

  it("counts wrong passwords tried at the same time, so parallel guessing still locks the account", async () => {
    const user = await createUser();

    await Promise.all(Array.from({ length: 5 }, () => authenticate(user.email, "wrong-password-123", ip)));

    expect(await authenticate(user.email, user.password, ip)).toMatchObject({ ok: false, reason: "accountLocked" });
  });

  it("refuses a suspended account even with the right password", async () => {
    const user = await createUser({ status: "SUSPENDED" });

    expect(await authenticate(user.email, user.password, ip)).toEqual({ ok: false, reason: "accountSuspended" });
  });
});

describe("requestPasswordReset", () => {
  it("answers ok for an unknown address and writes no e-mail and no token", async () => {
    const result = await requestPasswordReset("nobody@test.example", AR);

    expect(result).toEqual({ ok: true, data: undefined });
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.verificationToken.count()).toBe(0);
  });

  it("queues an e-mail with a /reset-password?token= link for a known address", async () => {
    const user = await createUser();

    const result = await requestPasswordReset(user.email, AR);

    expect(result).toEqual({ ok: true, data: undefined });
    const messages = await outboxTo(user.email);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.kind).toBe("reset_password");
    const link = linkIn(messages[0]!.text);
    expect(link.pathname).toBe("/reset-password");
    expect(link.searchParams.get("token")).toBeTruthy();
  });

  it("sends nothing to a suspended account", async () => {
    const user = await createUser({ status: "SUSPENDED" });

    expect(await requestPasswordReset(user.email, AR)).toEqual({ ok: true, data: undefined });
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("resetPassword", () => {
  const NEW_PASSWORD = "a-brand-new-password-2026";

  async function resetLinkFor(email: string) {
    await requestPasswordReset(email, AR);
    return tokenSentTo(email, "reset_password");
  }

  it("sets the new password and ends every existing session", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true, data: undefined });

    const row = await userRow(user.email);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, user.password)).toBe(false);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await authenticate(user.email, NEW_PASSWORD, "192.0.2.60")).ok).toBe(true);
  });

  it("records an account.password_reset audit event", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);

    await resetPassword(token, NEW_PASSWORD);

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "account.password_reset", actorId: user.id, targetType: "user", targetId: user.id });
  });

  it("refuses the same link a second time", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    await resetPassword(token, NEW_PASSWORD);

    const again = await resetPassword(token, "yet-another-password-2026");

    expect(again).toEqual({ ok: false, formError: "tokenInvalid" });
    const row = await userRow(user.email);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    await db.verificationToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false, formError: "tokenExpired" });
    expect(await verifyPassword((await userRow(user.email)).passwordHash, user.password)).toBe(true);
  });

  it("refuses a verification token as a reset token", async () => {
    await registerAccount(registration(), AR);
    const verifyToken = await tokenSentTo("fatima@test.example", "verify_email");

    expect(await resetPassword(verifyToken, NEW_PASSWORD)).toEqual({ ok: false, formError: "tokenInvalid" });
  });

  it("asks staff for a 12-character password", async () => {
    const admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
    const token = await resetLinkFor(admin.email);

    expect(await resetPassword(token, "zaytoun-bni")).toEqual({ ok: false, fieldErrors: { password: "passwordTooShortStaff" } });
    // The refused attempt did not use up the link.
    expect(await resetPassword(token, "zaytoun-bnimathar")).toEqual({ ok: true, data: undefined });
  });
});

describe("changePassword", () => {
  const NEW_PASSWORD = "a-brand-new-password-2026";

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createUser();

    const result = await changePassword(user.id, "not-my-password", NEW_PASSWORD);

    expect(result).toEqual({ ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" } });
    const row = await userRow(user.email);
    expect(await verifyPassword(row.passwordHash, user.password)).toBe(true);
    expect(row.sessionVersion).toBe(user.sessionVersion);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("with the right current password, sets the new one and ends the other sessions", async () => {
    const user = await createUser();

    const result = await changePassword(user.id, user.password, NEW_PASSWORD);

    expect(result).toEqual({ ok: true, data: { sessionVersion: user.sessionVersion + 1 } });
    const row = await userRow(user.email);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, user.password)).toBe(false);
  });

  it("records an account.password_changed audit event", async () => {
    const user = await createUser();

    await changePassword(user.id, user.password, NEW_PASSWORD);

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "account.password_changed", actorId: user.id, targetType: "user", targetId: user.id });
  });

  it("refuses a common new password", async () => {
    const user = await createUser();

    expect(await changePassword(user.id, user.password, "qwertyuiop")).toEqual({
      ok: false,
      fieldErrors: { newPassword: "passwordCommon" },
    });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
