"use server";
// Follow / stop following sessions or consultations: a plain form (works without JavaScript);
// signed-out people go to sign in and come back.
import { getLocale } from "next-intl/server";
import { UnauthenticatedError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { isParticipationTopic, setFollow } from "./follows";

const PAGE = { SESSIONS: "/sessions", CONSULTATIONS: "/consultations" } as const;

export async function followTopicAction(formData: FormData): Promise<void> {
  const topic = formData.get("topic");
  if (!isParticipationTopic(topic)) return;
  const locale = await getLocale();
  try {
    await setFollow(topic, formData.get("follow") === "1");
  } catch (error) {
    if (error instanceof UnauthenticatedError) return redirect({ href: { pathname: "/signin", query: { callbackUrl: PAGE[topic] } }, locale });
    throw error;
  }
  return redirect({ href: { pathname: PAGE[topic], query: { done: formData.get("follow") === "1" ? "followed" : "unfollowed" } }, locale });
}
