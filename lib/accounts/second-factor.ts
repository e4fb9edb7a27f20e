import "server-only";
// The second factor of staff accounts (issue 9; targets.md #20): an authenticator app (TOTP,
// lib/security/totp.ts). A person sets it up on their security page: a new secret is kept
// pending until a first code from the app proves it was saved; from then on signing in needs a
// code. An administrator can reset it (a lost phone), which also ends the account's sessions.
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { decryptIdNumber, encryptIdNumber } from "@/lib/security/personal-data";
import { newTotpSecret, verifyTotp } from "@/lib/security/totp";

export type SecondFactorState = { status: "enabled"; enabledAt: Date } | { status: "pending"; secret: string } | { status: "off" };

/** The signed-in person's second factor, with the pending secret to show while it is being set up. */
export async function mySecondFactor(): Promise<SecondFactorState> {
  const user = await requireUser();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecretEncrypted: true, totpEnabledAt: true } });
  if (row.totpEnabledAt) return { status: "enabled", enabledAt: row.totpEnabledAt };
  if (row.totpSecretEncrypted) return { status: "pending", secret: decryptIdNumber(row.totpSecretEncrypted) };
  return { status: "off" };
}

/** Starts (or restarts) the set-up with a new secret; refused once a second factor is on. */
export async function beginSecondFactorSetup(): Promise<ServiceResult<undefined>> {
  const user = await requireUser();
  const { count } = await db.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpSecretEncrypted: encryptIdNumber(newTotpSecret()), totpLastStep: null } });
  return count ? { ok: true, data: undefined } : { ok: false, formError: "secondFactorAlreadyOn" };
}

/** Turns the pending secret on with a first code from the app; the caller's session then counts as second-factored. */
export async function confirmSecondFactor(code: string, ip: string | null, now = new Date()): Promise<ServiceResult<undefined>> {
  const user = await requireUser();
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ totp_secret_encrypted: string | null; totp_enabled_at: Date | null }[]>`
      SELECT totp_secret_encrypted, totp_enabled_at FROM users WHERE id = ${user.id}::uuid FOR UPDATE`;
    if (!row?.totp_secret_encrypted || row.totp_enabled_at) return { ok: false as const, formError: "secondFactorNotPending" };
    const step = verifyTotp(decryptIdNumber(row.totp_secret_encrypted), code, now, null);
    if (step === null) return { ok: false as const, fieldErrors: { code: "codeInvalid" } };
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: now, totpLastStep: step } });
    await recordAudit(tx, { actorId: user.id, action: "account.second_factor_enabled", targetType: "user", targetId: user.id, ip });
    return { ok: true as const, data: undefined };
  });
}

/** An administrator removes a person's second factor (a lost phone); every session of the account ends. */
export async function resetSecondFactor(userId: string, ip: string | null): Promise<ServiceResult<{ userId: string }>> {
  const admin = await requirePermission("users.manage_roles");
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpSecretEncrypted: { not: null } },
      data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    if (!count) return { ok: false as const, formError: "secondFactorNotSet" };
    await recordAudit(tx, { actorId: admin.id, action: "user.second_factor_reset", targetType: "user", targetId: userId, ip });
    return { ok: true as const, data: { userId } };
  });
}
