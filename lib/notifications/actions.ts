"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { UnauthenticatedError } from "@/lib/errors";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { NOTICE_CATEGORIES, NOTICE_DELIVERIES, type NoticeCategory } from "./categories";
import { saveMyNoticePreferences, unsubscribeWithToken } from "./preferences";
import { markAllMyNotificationsRead } from "./queries";

export async function markNotificationsReadAction(): Promise<void> {
  const locale = await getLocale();
  try {
    await markAllMyNotificationsRead();
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect({ href: { pathname: "/signin", query: { callbackUrl: "/account/notifications" } }, locale });
    throw error;
  }
  redirect({ href: { pathname: "/account/notifications", query: { done: "read" } }, locale });
}

const PreferencesSchema = z.object(
  Object.fromEntries(NOTICE_CATEGORIES.map((category) => [category, z.enum(NOTICE_DELIVERIES, { error: "required" })])) as Record<
    NoticeCategory,
    z.ZodEnum<{ [K in (typeof NOTICE_DELIVERIES)[number]]: K }>
  >,
);

export async function saveNoticePreferencesAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PreferencesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => saveMyNoticePreferences(parsed.data));
  if (isFormState(result)) return result;
  return redirect({ href: { pathname: "/account/notifications/preferences", query: { done: "saved" } }, locale: await getLocale() });
}

/** The unsubscribe page's button: works without JavaScript and without signing in. */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "").slice(0, 500);
  const done = await unsubscribeWithToken(token);
  redirect({ href: { pathname: "/unsubscribe", query: done ? { done: done.category } : { invalid: "1" } }, locale: await getLocale() });
}
