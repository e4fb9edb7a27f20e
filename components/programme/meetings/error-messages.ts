import "server-only";
// The meetings' own error keys, translated on the server for the client forms (which only
// receive the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { MEETING_ERROR_KEYS } from "@/lib/programme/meeting-schemas";

export async function meetingErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("ProgrammeMeetings.errors");
  return Object.fromEntries(MEETING_ERROR_KEYS.map((key) => [key, t(key)]));
}
