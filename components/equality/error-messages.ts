import "server-only";
// The committee's own error keys, translated on the server for the client forms (which only
// receive the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { EQUALITY_ERROR_KEYS } from "@/lib/equality/schemas";

export async function equalityErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Equality.errors");
  return Object.fromEntries(EQUALITY_ERROR_KEYS.map((key) => [key, t(key)]));
}
