"use server";
// The equality committee's forms: parse with the shared schema → the service (which checks who may
// do it) → redirect to the page that shows the result, or the typed errors with what was typed.
// All of them work without JavaScript.
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { CouncilResponseSchema, MeetingSchema, MemberSchema, MinutesSchema, OpinionSchema, OpinionStepSchema, SettingsSchema } from "./schemas";
import * as equality from "./service";

export async function saveSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(SettingsSchema, formData, equality.saveEqualitySettings, () => ({ pathname: "/admin/equality/settings", query: { done: "saved" } }));
}

export async function saveMemberAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(MemberSchema, formData, equality.saveMember, () => ({ pathname: "/equality/workspace/members", query: { done: "saved" } }));
}

export async function scheduleMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(MeetingSchema, formData, equality.scheduleCommitteeMeeting, (data) => ({ pathname: `/equality/workspace/meetings/${data.id}`, query: { done: "scheduled" } }));
}

export async function saveMinutesAction(_: FormState, formData: FormData): Promise<FormState> {
  const fields = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
  const parsed = MinutesSchema.safeParse({ ...fields, present: formData.getAll("present").filter((v) => typeof v === "string") });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, ["present"]);
  const result = await guarded(formData, async () => equality.saveCommitteeMinutes(parsed.data, await clientIp()), ["present"]);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, ["present"]);
  return redirect({
    href: { pathname: `/equality/workspace/meetings/${result.data.id}`, query: { done: result.data.published ? "published" : "saved" } },
    locale: await getLocale(),
  });
}

export async function createOpinionAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(OpinionSchema, formData, equality.createOpinion, (data) => ({ pathname: `/equality/workspace/opinions/${data.id}`, query: { done: "created" } }));
}

export async function advanceOpinionAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(OpinionStepSchema, formData, equality.advanceOpinion, (data) => ({ pathname: `/equality/workspace/opinions/${data.id}`, query: { done: "moved" } }));
}

export async function councilResponseAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(CouncilResponseSchema, formData, equality.recordCouncilResponse, (data) => ({ pathname: `/admin/equality/opinions/${data.id}`, query: { done: "answered" } }));
}
