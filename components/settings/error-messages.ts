import "server-only";
// The settings' own error keys, translated on the server for the client forms.
import { getTranslations } from "next-intl/server";
import { SETTINGS_ERROR_KEYS } from "@/lib/settings/schemas";

export async function settingsErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Settings.errors");
  return Object.fromEntries(SETTINGS_ERROR_KEYS.map((key) => [key, t(key)]));
}
