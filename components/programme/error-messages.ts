import "server-only";
// The programme's own error keys, translated on the server for the client forms (which only
// receive the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { PROGRAMME_ERROR_KEYS } from "@/lib/programme/schemas";

export async function programmeErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("ProgrammeAdmin.errors");
  return Object.fromEntries(PROGRAMME_ERROR_KEYS.map((key) => [key, t(key)]));
}
