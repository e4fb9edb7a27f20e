"use server";
// The forms of access-to-information requests: the public form (its success state carries the
// receipt, shown at once and printable, also without JavaScript) and the officer's forms, which
// redirect to the request's page with a status message.
import { getLocale } from "next-intl/server";
import { echoValues, failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { submitToService } from "@/lib/forms/submit";
import { publishToArchive, withdrawFromArchive } from "./archive";
import { ArchiveSchema, WithdrawArchiveSchema, AnswerSchema, ComplaintDecisionSchema, ComplaintSchema, ExtendSchema, OfficerEntrySchema, RequestFormSchema } from "./schemas";
import * as service from "./service";

const day = (value: Date) => value.toISOString().slice(0, 10);
/** The identity number is never echoed back into the page. */
const SECRET = ["identityNumber"];

export async function fileRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = RequestFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }), values: echoValues(formData, SECRET) };
  const result = await service.fileRequest(parsed.data, await clientIp());
  if (!result.ok) return { ...failureState(formData, result), values: echoValues(formData, SECRET) };
  const { reference, receivedOn, dueOn, urgent } = result.data;
  return { status: "success", fieldErrors: {}, values: { reference, receivedOn: day(receivedOn), dueOn: day(dueOn), urgent: urgent ? "1" : "" } };
}

async function toRequestPage(id: number, done: "entered" | "extended" | "answered" | "decided"): Promise<never> {
  return redirect({ href: { pathname: `/admin/information/${id}`, query: { done } }, locale: await getLocale() });
}

export async function enterRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = OfficerEntrySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }), values: echoValues(formData, SECRET) };
  const result = await guarded(formData, async () => service.enterRequest(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return { ...failureState(formData, result), values: echoValues(formData, SECRET) };
  return toRequestPage(result.data.id, "entered");
}

export async function extendRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ExtendSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => service.extendRequest(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return toRequestPage(result.data.id, "extended");
}

export async function answerRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const raw = { ...Object.fromEntries(formData), exceptions: formData.getAll("exceptions").filter((v) => typeof v === "string" && v) };
  const parsed = AnswerSchema.safeParse(raw);
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, ["exceptions"]);
  const result = await guarded(formData, async () => service.answerRequest(parsed.data, await clientIp()), ["exceptions"]);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, ["exceptions"]);
  return toRequestPage(result.data.id, "answered");
}

export async function fileComplaintAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ComplaintSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => service.fileComplaint(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: `/account/information/${encodeURIComponent(result.data.reference)}`, query: { done: "complained" } }, locale: await getLocale() });
}

export async function decideComplaintAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ComplaintDecisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => service.decideComplaint(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return toRequestPage(result.data.id, "decided");
}

const toRequest = (done: "archived" | "archiveWithdrawn") => (data: { id: number }) => ({ pathname: `/admin/information/${data.id}`, query: { done } });

export async function archiveRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(ArchiveSchema, formData, (input, ip) => publishToArchive(input, ip), toRequest("archived"));
}

export async function withdrawArchiveAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(WithdrawArchiveSchema, formData, (input, ip) => withdrawFromArchive(input, ip), toRequest("archiveWithdrawn"));
}
