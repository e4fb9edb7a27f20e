import "server-only";
// The associations' own error keys, translated on the server for the client forms.
import { getTranslations } from "next-intl/server";
import { ASSOCIATION_ERROR_KEYS } from "@/lib/associations/schemas";

export async function associationErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Associations.errors");
  return Object.fromEntries(ASSOCIATION_ERROR_KEYS.map((key) => [key, t(key)]));
}
