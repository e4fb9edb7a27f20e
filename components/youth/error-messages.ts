import "server-only";
// The youth council's own error keys, translated on the server for the client forms.
import { getTranslations } from "next-intl/server";
import { YOUTH_ERROR_KEYS } from "@/lib/youth/schemas";

export async function youthErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Youth.errors");
  return Object.fromEntries(YOUTH_ERROR_KEYS.map((key) => [key, t(key)]));
}
