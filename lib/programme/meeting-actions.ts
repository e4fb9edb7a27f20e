"use server";
// The civil-society meetings' forms. Staff forms: parse with the shared schema → service →
// redirect to the meeting's page (a reload never posts twice) or a typed state with message keys.
// One-button forms (tick a decision, confirm attendance) work without JavaScript and come back to
// their page with ?done=… or ?error=….
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { ConfirmAttendanceSchema, DecisionDoneSchema, InviteSchema, MeetingSchema, MeetingUpdateSchema, MinutesSchema } from "@/lib/programme/meeting-schemas";
import * as meetings from "@/lib/programme/meetings";
import { clientIp } from "@/lib/security/request";

type Failure = { fieldErrors?: Partial<Record<string, string>>; formError?: string };

function failure(formData: FormData, result: Failure, multi: readonly string[] = []): FormState {
  const values = echoValues(formData);
  for (const name of multi) values[name] = formData.getAll(name).filter((v) => typeof v === "string").join(",");
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter((e): e is [string, string] => !!e[1]));
  return { status: "error", values, fieldErrors, formError: result.formError ? { key: result.formError } : undefined };
}

/** Runs a service call, turning "not signed in" and "not allowed" into form errors rather than crashes. */
async function guarded<T>(formData: FormData, work: () => Promise<T>, multi: readonly string[] = []): Promise<T | FormState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return failure(formData, { formError: "unauthenticated" }, multi);
    if (error instanceof ForbiddenError) return failure(formData, { formError: "forbidden" }, multi);
    throw error;
  }
}

function isFormState(value: unknown): value is FormState {
  return typeof value === "object" && value !== null && "status" in value && "fieldErrors" in value;
}

async function go(pathname: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

const meetingPath = (id: number) => `/admin/programme/meetings/${id}`;

export async function scheduleMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MeetingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.scheduleMeeting(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result);
  return go(meetingPath(result.data.id), { done: "created" });
}

export async function updateMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MeetingUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.updateMeeting(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result);
  return go(meetingPath(result.data.id), { done: "saved" });
}

export async function inviteAssociationsAction(_: FormState, formData: FormData): Promise<FormState> {
  const multi = ["associationIds"];
  const parsed = InviteSchema.safeParse({ meetingId: formData.get("meetingId"), associationIds: formData.getAll("associationIds").filter((v) => typeof v === "string" && v !== "") });
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, multi);
  const result = await guarded(formData, async () => meetings.inviteAssociations(parsed.data, await clientIp()), multi);
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result, multi);
  return go(meetingPath(parsed.data.meetingId), { done: "invited", count: String(result.data.invited) });
}

export async function publishMinutesAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = MinutesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.publishMinutes(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failure(formData, result);
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
