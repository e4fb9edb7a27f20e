"use server";
// The annual evaluation's staff forms (decree 2.16.301 arts. 14–15): parse with zod → the service
// in lib/programme/evaluation.ts (which checks the permission) → redirect back to the report, so
// that a reload never posts twice. Errors are message keys ("Errors" or "ProgrammeEvaluation.errors").
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { BIDI_CONTROLS, latinDigits } from "@/lib/forms/zod-fields";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { generateEvaluation, publishEvaluation, saveEvaluationText, unpublishEvaluation, type EvaluationResult } from "./evaluation";

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

/** Runs the service call; "not signed in" and "not allowed" become form errors rather than crashes. */
async function run<T extends { year: number }>(
  formData: FormData,
  work: (ip: string) => Promise<EvaluationResult<T>>,
  done: string,
): Promise<FormState> {
  const result = await guarded(formData, async () => work(await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: `/admin/programme/evaluations/${result.data.year}`, query: { done } }, locale: await getLocale() });
}

export async function generateEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => generateEvaluation(parsed.data.year, ip), "generated");
}

export async function saveEvaluationTextAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = TextSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => saveEvaluationText(parsed.data, ip), "saved");
}

export async function publishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => publishEvaluation(parsed.data.year, ip), "published");
}

export async function unpublishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = YearSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return run(formData, (ip) => unpublishEvaluation(parsed.data.year, ip), "unpublished");
}
