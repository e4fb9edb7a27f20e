"use server";
import { getLocale } from "next-intl/server";
import { UnauthenticatedError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
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
