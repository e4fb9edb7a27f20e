"use server";
// The youth council's staff forms: parse → the service (which checks "youth.manage") → redirect
// with a status message, or the typed errors with what was typed. All work without JavaScript.
import type { FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { YouthMeetingSchema, YouthMemberSchema, YouthProposalSchema, YouthProposalStepSchema, YouthResponseSchema } from "./schemas";
import * as youth from "./service";

export async function saveYouthMemberAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YouthMemberSchema, formData, youth.saveYouthMember, (data) => ({ pathname: `/admin/youth-council/members/${data.id}`, query: { done: "saved" } }));
}

export async function recordYouthMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YouthMeetingSchema, formData, youth.recordYouthMeeting, () => ({ pathname: "/admin/youth-council", query: { done: "meeting" } }));
}

export async function createYouthProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YouthProposalSchema, formData, youth.createYouthProposal, (data) => ({ pathname: `/admin/youth-council/proposals/${data.id}`, query: { done: "created" } }));
}

export async function advanceYouthProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YouthProposalStepSchema, formData, youth.advanceYouthProposal, (data) => ({ pathname: `/admin/youth-council/proposals/${data.id}`, query: { done: "moved" } }));
}

export async function recordYouthResponseAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(YouthResponseSchema, formData, youth.recordYouthResponse, (data) => ({ pathname: `/admin/youth-council/proposals/${data.id}`, query: { done: "answered" } }));
}
