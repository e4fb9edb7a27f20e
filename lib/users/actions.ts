"use server";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { ROLES } from "@/lib/auth/permissions";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { requiredText } from "@/lib/forms/zod-fields";
import { resetSecondFactor } from "@/lib/accounts/second-factor";
import { changeRole, setUserSuspended } from "./service";

const RoleChangeSchema = z.object({
  userId: z.uuid(),
  role: z.enum(ROLES),
  grant: z.enum(["1", "0"]).transform((value) => value === "1"),
});

/** Grants or removes a role, then returns to the user's page with the outcome in the URL (works without JavaScript). */
export async function changeRoleAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const parsed = RoleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect({ href: "/admin/users", locale });
  const { userId, role, grant } = parsed.data!;
  let outcome: Record<string, string>;
  try {
    const result = await changeRole({ userId, role, grant }, await clientIp());
    outcome = result.ok ? { done: grant ? "granted" : "revoked", role } : { error: result.error };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect({ href: { pathname: "/signin", query: { callbackUrl: `/admin/users/${userId}` } }, locale });
    if (error instanceof ForbiddenError) outcome = { error: "forbidden" };
    else throw error;
  }
  redirect({ href: { pathname: `/admin/users/${userId}`, query: outcome! }, locale });
}

const SuspensionSchema = z.object({
  userId: z.uuid({ error: "required" }),
  suspend: z.enum(["1", "0"]).transform((value) => value === "1"),
  reason: requiredText(500),
});

/** Suspends or reactivates an account, saying why; back to the account's page with the outcome. */
export async function setUserSuspendedAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SuspensionSchema, formData, setUserSuspended, ({ userId }) => ({
    pathname: `/admin/users/${userId}`,
    query: { done: formData.get("suspend") === "1" ? "suspended" : "reactivated" },
  }));
}

const UserIdSchema = z.object({ userId: z.uuid({ error: "required" }) });

/** Removes a person's second factor (a lost phone); back to the account's page. */
export async function resetSecondFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(UserIdSchema, formData, ({ userId }, ip) => resetSecondFactor(userId, ip), ({ userId }) => ({ pathname: `/admin/users/${userId}`, query: { done: "secondFactorReset" } }));
}
