"use server";
// Account forms. Each action: parse with the shared schema → call the service → cookie/redirect,
// or return typed errors that the form shows in the page's language with what was typed kept.
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { encodeSession, sessionCookieName, sessionCookieOptions, sessionLifetime } from "@/lib/auth/session-token";
import { echoValues, fieldErrorsOf, guarded, isFormState, minutesFrom, type FormState } from "@/lib/forms/form-state";
import { clientIp, safeInternalPath } from "@/lib/security/request";
import { submitToService } from "@/lib/forms/submit";
import { ChangePasswordSchema, DeclaredGenderSchema, EmailOnlySchema, RegisterSchema, ResetPasswordSchema, SecondFactorCodeSchema, SignInSchema } from "./schemas";
import * as secondFactor from "./second-factor";
import * as accounts from "./service";

const PASSWORD_FIELDS = ["password", "currentPassword", "newPassword"];

function failure(formData: FormData, result: { fieldErrors?: Record<string, string | undefined>; formError?: string; retryAfterSeconds?: number }): FormState {
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter((e): e is [string, string] => !!e[1]));
  return {
    status: "error",
    values: echoValues(formData, PASSWORD_FIELDS),
    fieldErrors,
    formError: result.formError ? { key: result.formError, values: minutesFrom(result.retryAfterSeconds) } : undefined,
  };
}

function success(formData: FormData): FormState {
  return { status: "success", values: echoValues(formData, PASSWORD_FIELDS), fieldErrors: {} };
}

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = RegisterSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.registerAccount(parsed.data, { locale: await getLocale(), ip: await clientIp() });
  return result.ok ? success(formData) : failure(formData, result);
}

async function startSession(user: accounts.AuthenticatedUser): Promise<void> {
  const maxAge = sessionLifetime(user.roles);
  const token = await encodeSession({ sub: user.id, name: user.name, email: user.email, roles: user.roles, sv: user.sessionVersion, mfa: user.secondFactor }, maxAge);
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(maxAge));
}

export async function signInAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.authenticate(parsed.data.email, parsed.data.password, await clientIp(), parsed.data.code);
  if (!result.ok) return failure(formData, { formError: result.reason, retryAfterSeconds: result.retryAfterSeconds });
  await startSession(result.user);
  redirect({ href: safeInternalPath(formData.get("callbackUrl"), "/account"), locale: await getLocale() });
  return success(formData);
}

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
  redirect({ href: { pathname: "/signin", query: { signedOut: "1" } }, locale: await getLocale() });
}

export async function resendVerificationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = EmailOnlySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.resendVerification(parsed.data.email, { locale: await getLocale(), ip: await clientIp() });
  return result.ok ? success(formData) : failure(formData, result);
}

export async function verifyEmailAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string" || !token) return failure(formData, { formError: "tokenInvalid" });
  const result = await accounts.verifyEmail(token);
  return result.ok ? { ...success(formData), values: { email: result.data.email } } : failure(formData, result);
}

export async function requestPasswordResetAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = EmailOnlySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.requestPasswordReset(parsed.data.email, { locale: await getLocale(), ip: await clientIp() });
  return result.ok ? success(formData) : failure(formData, result);
}

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ResetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.resetPassword(parsed.data.token, parsed.data.password);
  return result.ok ? success(formData) : failure(formData, result);
}

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser().catch(() => null);
  if (!user) return failure(formData, { formError: "unauthenticated" });
  const parsed = ChangePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await accounts.changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok) return failure(formData, result);
  // This device stays signed in with the new session version; every other session ends.
  await startSession({ ...user, roles: user.heldRoles, sessionVersion: result.data.sessionVersion });
  return success(formData);
}

/** Starts setting up the authenticator app: a new secret to scan. */
export async function beginSecondFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await guarded(formData, () => secondFactor.beginSecondFactorSetup());
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result);
  // The page shows the new key: render it again where it is.
  refresh();
  return success(formData);
}

/**
 * Confirms the set-up with a first code. The code proves the person holds the app, so this
 * session counts as second-factored from now on: a new cookie says so, and staff act as staff.
 */
export async function confirmSecondFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = SecondFactorCodeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => secondFactor.confirmSecondFactor(parsed.data.code, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result);
  const user = await requireUser();
  await startSession({ ...user, roles: user.heldRoles, sessionVersion: await accounts.currentSessionVersion(user.id), secondFactor: true });
  redirect({ href: safeInternalPath(formData.get("callbackUrl"), "/account/security?done=enabled"), locale: await getLocale() });
  return success(formData);
}

export async function saveDeclaredGenderAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DeclaredGenderSchema, formData, accounts.saveDeclaredGender, () => ({ pathname: "/account", query: { done: "gender" } }));
}
