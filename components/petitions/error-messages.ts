import "server-only";
// The petitions' own error keys, translated on the server for the client forms (which only
// receive the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { PETITION_ERROR_KEYS } from "@/lib/petitions/schemas";

export async function petitionErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Petitions.errors");
  return Object.fromEntries(PETITION_ERROR_KEYS.map((key) => [key, t(key)]));
}
