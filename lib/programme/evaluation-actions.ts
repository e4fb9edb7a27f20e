"use server";
// The annual evaluation's staff forms (decree 2.16.301 arts. 14–15): parse with zod → the service
// in lib/programme/evaluation.ts (which checks the permission) → redirect back to the report, so
// that a reload never posts twice. Errors are message keys ("Errors" or "ProgrammeEvaluation.errors").
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { generateEvaluation, publishEvaluation, saveEvaluationText, unpublishEvaluation, type EvaluationResult } from "@/lib/programme/evaluation";
import { clientIp } from "@/lib/security/request";

// Bidirectional control characters can make a text say something else than it shows.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// People type years with Arabic-Indic digits (٢٠٢٥) as often as with 2025.
const latinDigits = (value: string) => value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

const year = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .transform(latinDigits)
  .pipe(z.string().regex(/^\d{4}$/, "yearOutsideProgramme"))
  .transform(Number);

const text = (max: number) =>
  z
    .string()
    .default("")
    .transform((value) => value.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max, "tooLong"))
    .refine((value) => !BIDI_CONTROLS.test(value), "bidiControl");

const YearSchema = z.object({ year });
const TextSchema = z.object({ year, narrativeAr: text(20_000), narrativeFr: text(20_000), summaryAr: text(5_000), summaryFr: text(5_000) });

function failure(formData: FormData, result: { fieldErrors?: Partial<Record<string, string>>; formError?: string }): FormState {
  return {
    status: "error",
    values: echoValues(formData),
    fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter((e): e is [string, string] => !!e[1])),
    formError: result.formError ? { key: result.formError } : undefined,
  };
}

/** Runs the service call; "not signed in" and "not allowed" become form errors rather than crashes. */
async function run<T extends { year: number }>(
  formData: FormData,
  work: (ip: string) => Promise<EvaluationResult<T>>,
  done: string,
): Promise<FormState> {
  let result: EvaluationResult<T>;
  try {
    result = await work(await clientIp());
  } catch (error) {
    if (error instanceof UnauthenticatedError) return failure(formData, { formError: "unauthenticated" });
    if (error instanceof ForbiddenError) return failure(formData, { formError: "forbidden" });
    throw error;
  }
  if (!result.ok) return failure(formData, result);
  return redirect({ href: { pathname: `/admin/programme/evaluations/${result.data.year}`, query: { done } }, locale: await getLocale() });
}

export async function generateEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => generateEvaluation(parsed.data.year, ip), "generated");
}

export async function saveEvaluationTextAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = TextSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => saveEvaluationText(parsed.data, ip), "saved");
}

export async function publishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => publishEvaluation(parsed.data.year, ip), "published");
}

export async function unpublishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => unpublishEvaluation(parsed.data.year, ip), "unpublished");
}
