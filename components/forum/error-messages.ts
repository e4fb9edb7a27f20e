import "server-only";
// The forum's own error keys, translated on the server for the client forms (which only receive
// the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { FORUM_ERROR_KEYS } from "@/lib/forum/schemas";

export async function forumErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Forum.errors");
  return Object.fromEntries(FORUM_ERROR_KEYS.map((key) => [key, t(key)]));
}
