import "server-only";
// This feature's error keys, translated on the server for the client forms (which only receive the
// core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { EVALUATION_ERROR_KEYS } from "@/lib/programme/evaluation";

export async function evaluationErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("ProgrammeEvaluation.errors");
  return Object.fromEntries(EVALUATION_ERROR_KEYS.map((key) => [key, t(key)]));
}
