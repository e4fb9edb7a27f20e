import "server-only";
// The consultations' own error keys, translated on the server for the client forms (which only
// receive the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import ar from "@/messages/ar/consultations.json";

export async function consultationErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Consultations.errors");
  return Object.fromEntries(Object.keys(ar.errors).map((key) => [key, t(key as keyof typeof ar.errors)]));
}
