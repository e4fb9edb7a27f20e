// The result every form action returns to useActionState. Error values are message keys under
// "Errors" (with their ICU values), so the page shows them in its own language.
import type { z } from "zod";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

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

export type FieldErrors = Partial<Record<string, string>>;

/** What a service returns when it refuses: message keys by field or for the whole form. */
export type ServiceFailure = { fieldErrors?: FieldErrors; formError?: string; retryAfterSeconds?: number };

/** What every service write returns: its data, or why it refused (nothing was changed then). */
export type ServiceResult<T = undefined> = { ok: true; data: T } | ({ ok: false } & ServiceFailure);

/**
 * The state of a refused submission: what was typed, echoed back (the fields named in `multi`,
 * such as checkbox groups, with their values joined by commas), the errors by field, and the
 * form's error (with the minutes to wait when the service gives them).
 */
export function failureState(formData: FormData, result: ServiceFailure, multi: readonly string[] = []): FormState {
  const values = echoValues(formData);
  for (const name of multi) values[name] = formData.getAll(name).filter((v) => typeof v === "string").join(",");
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter((e): e is [string, string] => !!e[1]));
  const formError = result.formError
    ? { key: result.formError, ...(result.retryAfterSeconds !== undefined ? { values: minutesFrom(result.retryAfterSeconds) } : {}) }
    : undefined;
  return { status: "error", values, fieldErrors, formError };
}

/** Runs a service call, turning "not signed in" and "not allowed" into form errors rather than crashes. */
export async function guarded<T>(formData: FormData, work: () => Promise<T>, multi: readonly string[] = []): Promise<T | FormState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return failureState(formData, { formError: "unauthenticated" }, multi);
    if (error instanceof ForbiddenError) return failureState(formData, { formError: "forbidden" }, multi);
    throw error;
  }
}

export function isFormState(value: unknown): value is FormState {
  return typeof value === "object" && value !== null && "status" in value && "fieldErrors" in value;
}
