"use server";
// The consultations' forms: staff open a consultation and publish its synthesis; a participant
// answers (the same form changes the answer until closing). Each action: zod → service (which
// checks who may) → redirect with a status message, or the typed errors with what was typed.
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { ConsultationSchema, ConsultationUpdateSchema, MeetingLinkSchema, ResponseSchema, SynthesisSchema } from "./schemas";
import * as consultations from "./service";

export async function openConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ConsultationSchema, formData, consultations.openConsultation, (data) => ({ pathname: `/admin/consultations/${data.id}`, query: { done: "opened" } }));
}

export async function updateConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ConsultationUpdateSchema, formData, (input, ip) => consultations.updateConsultation(input, ip), (data) => ({ pathname: `/admin/consultations/${data.id}`, query: { done: "updated" } }));
}

export async function publishSynthesisAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SynthesisSchema, formData, consultations.publishSynthesis, (data) => ({ pathname: `/admin/consultations/${data.id}`, query: { done: "synthesisPublished" } }));
}

export async function submitResponseAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ResponseSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const answers: Record<number, string> = {};
  for (const [key, value] of formData.entries()) {
    const match = /^q(\d{1,9})$/.exec(key);
    if (match && typeof value === "string") answers[Number(match[1])] = value;
  }
  const result = await guarded(formData, () => consultations.submitResponse({ ...parsed.data, answers }));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: `/consultations/${result.data.id}`, query: { done: result.data.updated ? "updated" : "answered" } }, locale: await getLocale() });
}

export async function linkMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(MeetingLinkSchema, formData, consultations.linkMeeting, (data) => ({ pathname: `/admin/consultations/${data.id}`, query: { done: "meetingLinked" } }));
}
