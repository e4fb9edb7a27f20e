"use server";
// The annual evaluation's staff forms (decree 2.16.301 arts. 14–15): parse with zod → the service
// in lib/programme/evaluation.ts (which checks the permission) → redirect back to the report, so
// that a reload never posts twice. Errors are message keys ("Errors" or "ProgrammeEvaluation.errors").
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { BIDI_CONTROLS, CONTROL_CHARACTERS, latinDigits } from "@/lib/forms/zod-fields";
import { generateEvaluation, publishEvaluation, saveEvaluationText, unpublishEvaluation } from "./evaluation";

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
    .refine((value) => !BIDI_CONTROLS.test(value), "bidiControl")
    .refine((value) => !CONTROL_CHARACTERS.test(value), "controlCharacter");

const YearSchema = z.object({ year });
const TextSchema = z.object({ year, narrativeAr: text(20_000), narrativeFr: text(20_000), summaryAr: text(5_000), summaryFr: text(5_000) });

/** Back to the year's report with a status message. */
const toReport = (done: string) => ({ year }: { year: number }) => ({ pathname: `/admin/programme/evaluations/${year}`, query: { done } });

export async function generateEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YearSchema, formData, (input, ip) => generateEvaluation(input.year, ip), toReport("generated"));
}

export async function saveEvaluationTextAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(TextSchema, formData, (input, ip) => saveEvaluationText(input, ip), toReport("saved"));
}

export async function publishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YearSchema, formData, (input, ip) => publishEvaluation(input.year, ip), toReport("published"));
}

export async function unpublishEvaluationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YearSchema, formData, (input, ip) => unpublishEvaluation(input.year, ip), toReport("unpublished"));
}
