"use server";
// The civil-society meetings' forms. Staff forms: parse with the shared schema → service →
// redirect to the meeting's page (a reload never posts twice) or a typed state with message keys.
// One-button forms (tick a decision, confirm attendance) work without JavaScript and come back to
// their page with ?done=… or ?error=….
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { ConfirmAttendanceSchema, DecisionDoneSchema, InviteSchema, MeetingSchema, MeetingUpdateSchema, MinutesSchema } from "./meeting-schemas";
import * as meetings from "./meetings";

async function go(pathname: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

const meetingPath = (id: number) => `/admin/programme/meetings/${id}`;

export async function scheduleMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MeetingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.scheduleMeeting(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(meetingPath(result.data.id), { done: "created" });
}

export async function updateMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MeetingUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.updateMeeting(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(meetingPath(result.data.id), { done: "saved" });
}

export async function inviteAssociationsAction(_: FormState, formData: FormData): Promise<FormState> {
  const multi = ["associationIds"];
  const parsed = InviteSchema.safeParse({ meetingId: formData.get("meetingId"), associationIds: formData.getAll("associationIds").filter((v) => typeof v === "string" && v !== "") });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, multi);
  const result = await guarded(formData, async () => meetings.inviteAssociations(parsed.data, await clientIp()), multi);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, multi);
  return go(meetingPath(parsed.data.meetingId), { done: "invited", count: String(result.data.invited) });
}

export async function publishMinutesAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MinutesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.publishMinutes(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(meetingPath(result.data.id), { done: result.data.published ? "minutesPublished" : "minutesSaved" });
}

/** Ticks a decision done or open again: a one-button form. */
export async function decisionDoneAction(formData: FormData): Promise<void> {
  const parsed = DecisionDoneSchema.safeParse(Object.fromEntries(formData));
  const meetingId = Number(formData.get("meetingId")) || 0;
  if (!parsed.success) return go(meetingId ? meetingPath(meetingId) : "/admin/programme/meetings", { error: "notFound" });
  let result: Awaited<ReturnType<typeof meetings.setDecisionDone>>;
  try {
    result = await meetings.setDecisionDone(parsed.data.decisionId, parsed.data.done, await clientIp());
  } catch (error) {
    if (error instanceof UnauthenticatedError) return go("/signin", { callbackUrl: meetingId ? meetingPath(meetingId) : "/admin/programme/meetings" });
    // Someone without the permission (a forged form): the same refusal as the page's, not a 500.
    if (error instanceof ForbiddenError) return go(meetingId ? meetingPath(meetingId) : "/admin/programme/meetings", { error: "forbidden" });
    throw error;
  }
  if (!result.ok) return go(meetingId ? meetingPath(meetingId) : "/admin/programme/meetings", { error: result.formError ?? "notFound" });
  return go(meetingPath(result.data.meetingId), { done: "decisionUpdated" });
}

/** An invited association's representative confirms attendance: a one-button form on /account/invitations. */
export async function confirmAttendanceAction(formData: FormData): Promise<void> {
  const parsed = ConfirmAttendanceSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return go("/account/invitations", { error: "notInvited" });
  let result: Awaited<ReturnType<typeof meetings.confirmAttendance>>;
  try {
    result = await meetings.confirmAttendance(parsed.data);
  } catch (error) {
    if (error instanceof UnauthenticatedError) return go("/signin", { callbackUrl: "/account/invitations" });
    throw error;
  }
  if (!result.ok) return go("/account/invitations", { error: result.formError ?? "notInvited" });
  return go("/account/invitations", { done: "confirmed", meeting: String(parsed.data.meetingId) });
}
