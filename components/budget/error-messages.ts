import "server-only";
// The budget's own error keys, translated on the server for the client forms (which only receive
// the core "Errors" namespace).
import { getTranslations } from "next-intl/server";
import { BUDGET_ERROR_KEYS } from "@/lib/budget/schemas";

export async function budgetErrorMessages(): Promise<Record<string, string>> {
  const t = await getTranslations("Budget.errors");
  return Object.fromEntries(BUDGET_ERROR_KEYS.map((key) => [key, t(key)]));
}
