// The result every form action returns to useActionState. Error values are message keys under
// "Errors" (with their ICU values), so the page shows them in its own language.
import type { z } from "zod";

export type FormError = { key: string; values?: Record<string, number> };

export type FormState = {
  status: "idle" | "error" | "success";
  /** What the person typed, echoed back so that nothing is lost on an error (never passwords). */
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError?: FormError;
};

export const IDLE: FormState = { status: "idle", values: {}, fieldErrors: {} };

/** The text fields of a submission, minus the ones that must never be echoed back. */
export function echoValues(formData: FormData, exclude: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !exclude.includes(key)) values[key] = value.slice(0, 2000);
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    // Our schemas use message keys; anything else (a type error on a tampered form) reads as "required".
    errors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "required";
  }
  return errors;
}

export function minutesFrom(seconds: number | undefined): Record<string, number> {
  return { minutes: Math.max(1, Math.ceil((seconds ?? 60) / 60)) };
}
