// The second factor of staff accounts against the real database (issue 9; targets.md #20): set up
// with a first code, then required at sign-in, each code used once, wrong codes counted like wrong
// passwords; staff act as staff only with it while the commune requires it; an administrator
// resets it for a lost phone.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { beginSecondFactorSetup, confirmSecondFactor, mySecondFactor, resetSecondFactor } from "@/lib/accounts/second-factor";
import { authenticate } from "@/lib/accounts/service";
import { getSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { totpCode, totpStep } from "@/lib/security/totp";
import { COMMUNE_SETTINGS } from "@/prisma/seed/commune";
import { asUser, createUser, resetDatabase, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

let editor: TestUser;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE commune_settings RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: { ...COMMUNE_SETTINGS, ordinarySessionMonths: [...COMMUNE_SETTINGS.ordinarySessionMonths], staffSecondFactorRequired: true } });
  editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
});

/** Sets up the editor's second factor at `at` and returns the secret their app would hold. */
async function enrol(user: TestUser, at: Date): Promise<string> {
  expect((await asUser(user, () => beginSecondFactorSetup(), false)).ok).toBe(true);
  const state = await asUser(user, () => mySecondFactor(), false);
  if (state.status !== "pending") throw new Error("not pending");
  expect(await asUser(user, () => confirmSecondFactor("000000", null, at), false)).toMatchObject({ ok: false, fieldErrors: { code: "codeInvalid" } });
  expect(await asUser(user, () => confirmSecondFactor(totpCode(state.secret, totpStep(at)), null, at), false)).toEqual({ ok: true, data: undefined });
  return state.secret;
}

describe("staff act as staff only after a second factor, while the commune requires it", () => {
  it("treats a staff session without the factor as a citizen's, and with it as staff", async () => {
    const pending = await asUser(editor, () => getSession(), false);
    expect(pending).toMatchObject({ secondFactor: false, secondFactorPending: true, roles: ["CITIZEN"] });
    expect(pending!.heldRoles.sort()).toEqual(["CITIZEN", "STAFF_EDITOR"]);
    await expect(asUser(editor, () => requirePermission("programme.manage"), false)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(editor, () => requirePermission("programme.manage"), true)).toMatchObject({ id: editor.id });

    // Turned off by the administrator: the same session acts as staff.
    await db.communeSettings.update({ where: { id: 1 }, data: { staffSecondFactorRequired: false } });
    expect(await asUser(editor, () => requirePermission("programme.manage"), false)).toMatchObject({ id: editor.id });
  });

  it("never holds back a citizen, who has no staff role", async () => {
    const citizen = await createUser();
    expect(await asUser(citizen, () => getSession(), false)).toMatchObject({ secondFactorPending: false, roles: ["CITIZEN"] });
  });
});

describe("setting up and signing in with an authenticator app (RFC 6238)", () => {
  it("needs a first code to turn on; then sign-in needs a fresh code every time", async () => {
    const at = new Date("2026-11-29T10:00:05Z");
    const secret = await enrol(editor, at);
    const stored = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { totpSecretEncrypted: true, totpEnabledAt: true } });
    expect(stored.totpSecretEncrypted).not.toContain(secret);
    expect(stored.totpEnabledAt).toEqual(at);
    expect(await db.auditEvent.count({ where: { action: "account.second_factor_enabled", targetId: editor.id } })).toBe(1);

    const later = new Date("2026-11-29T11:00:00Z");
    expect(await authenticate(editor.email, editor.password, freshIp(), "", later)).toEqual({ ok: false, reason: "codeRequired" });
    expect(await authenticate(editor.email, editor.password, freshIp(), "123456", later)).toEqual({ ok: false, reason: "codeInvalid" });
    const code = totpCode(secret, totpStep(later));
    const signedIn = await authenticate(editor.email, editor.password, freshIp(), code, later);
    expect(signedIn).toMatchObject({ ok: true, user: { id: editor.id, secondFactor: true } });
    // The same code a second time (seen over a shoulder, replayed) is refused.
    expect(await authenticate(editor.email, editor.password, freshIp(), code, later)).toEqual({ ok: false, reason: "codeInvalid" });
    // The next step's code works.
    const next = new Date(later.getTime() + 30_000);
    expect(await authenticate(editor.email, editor.password, freshIp(), totpCode(secret, totpStep(next)), next)).toMatchObject({ ok: true });
  });

  it("counts wrong codes like wrong passwords: the account locks after five", async () => {
    const at = new Date("2026-11-29T10:00:05Z");
    await enrol(editor, at);
    for (let i = 1; i <= 4; i++) expect(await authenticate(editor.email, editor.password, freshIp(), "111111", at)).toEqual({ ok: false, reason: "codeInvalid" });
    expect(await authenticate(editor.email, editor.password, freshIp(), "111111", at)).toMatchObject({ ok: false, reason: "accountLocked" });
  });

  it("cannot be set up twice, and an administrator's reset ends the account's sessions", async () => {
    await enrol(editor, new Date("2026-11-29T10:00:05Z"));
    expect(await asUser(editor, () => beginSecondFactorSetup())).toEqual({ ok: false, formError: "secondFactorAlreadyOn" });

    const admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
    await expect(asUser(editor, () => resetSecondFactor(editor.id, null))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await asUser(admin, () => resetSecondFactor(editor.id, "10.0.0.9"))).toEqual({ ok: true, data: { userId: editor.id } });
    expect(await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { totpSecretEncrypted: true, totpEnabledAt: true, sessionVersion: true } })).toEqual({
      totpSecretEncrypted: null, totpEnabledAt: null, sessionVersion: 1,
    });
    // The old cookie (session version 0) no longer opens anything.
    expect(await asUser(editor, () => getSession())).toBeNull();
    expect(await authenticate(editor.email, editor.password, freshIp(), "")).toMatchObject({ ok: true, user: { secondFactor: false } });
    expect(await asUser(admin, () => resetSecondFactor(editor.id, null))).toEqual({ ok: false, formError: "secondFactorNotSet" });
  });
});
