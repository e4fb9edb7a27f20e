"use server";
// The douar forum's forms. Each action: parse with the shared schema → call the service →
// redirect to the page that shows the result (so that a reload never posts twice) or return a
// typed state with message keys and what was typed. All of them work without JavaScript.
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp, safeInternalPath } from "@/lib/security/request";
import { MAX_FILE_BYTES } from "@/lib/uploads/evidence";
import { topicPath } from "./notify";
import { CategorySchema, ForumMeetingSchema, ForumMinutesSchema, HideSchema, OfficialAnswerSchema, ReplySchema, ReportSchema, StatusChangeSchema, ToggleSchema, TopicSchema } from "./schemas";
import * as meetings from "./meetings";
import * as forum from "./service";
import { chosenFiles } from "@/lib/uploads/form-files";

async function go(pathname: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

function textFields(formData: FormData) {
  return Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
}

export async function createTopicAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = TopicSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  // An empty file input still sends one nameless, empty file.
  const files = chosenFiles(formData, "photos");
  if (files.length > forum.MAX_PHOTOS) return failureState(formData, { fieldErrors: { photos: "tooManyFiles" } });
  if (files.some((f) => f.size > MAX_FILE_BYTES)) return failureState(formData, { fieldErrors: { photos: "fileTooLarge" } });
  const uploads = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await guarded(formData, () => forum.createTopic(parsed.data, uploads));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(topicPath(result.data.id), { done: "posted" });
}

export async function replyAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ReplySchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => forum.replyToTopic(parsed.data));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(topicPath(parsed.data.topicId), { done: "replied" });
}

async function toSignIn(formData: FormData): Promise<never> {
  return go("/signin", { callbackUrl: safeInternalPath(formData.get("returnTo"), "/forum") });
}

/** One-button forms ("affects me too", follow): the page reloads with the new state. */
async function toggle(formData: FormData, work: (topicId: number, on: boolean) => Promise<unknown>): Promise<void> {
  const parsed = ToggleSchema.safeParse(textFields(formData));
  if (!parsed.success) return;
  try {
    await work(parsed.data.topicId, parsed.data.on);
  } catch (error) {
    if (error instanceof UnauthenticatedError) await toSignIn(formData);
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  refresh();
}

export async function supportAction(formData: FormData): Promise<void> {
  await toggle(formData, forum.setSupport);
}

export async function followAction(formData: FormData): Promise<void> {
  await toggle(formData, forum.setTopicFollow);
}

export async function reportAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ReportSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => forum.reportPost(parsed.data));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(topicPath(parsed.data.topicId), { done: "reported" });
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

const staffTopic = (topicId: number) => `/admin/forum/topics/${topicId}`;

export async function officialAnswerAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = OfficialAnswerSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => forum.postOfficialAnswer(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(staffTopic(parsed.data.topicId), { done: "answered" });
}

export async function statusChangeAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = StatusChangeSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => forum.changeTopicStatus(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(staffTopic(parsed.data.topicId), { done: "status" });
}

export async function hideAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = HideSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => forum.setPostHidden(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(staffTopic(parsed.data.topicId), { done: parsed.data.hide ? "hidden" : "shown" });
}

export async function dismissReportAction(formData: FormData): Promise<void> {
  const reportId = Number(formData.get("reportId"));
  if (!Number.isInteger(reportId) || reportId <= 0) return;
  let result: Awaited<ReturnType<typeof forum.dismissReport>>;
  try {
    result = await forum.dismissReport(reportId, await clientIp());
  } catch (error) {
    // Signed out, or without the permission (a forged form): refused as the staff page refuses them, not with a 500.
    if (error instanceof UnauthenticatedError) return go("/signin", { callbackUrl: "/admin/forum/reports" });
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  if (result.ok) await go("/admin/forum/reports", { done: "dismissed" });
}

export async function saveCategoryAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = CategorySchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => forum.saveCategory(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go("/admin/forum/categories", { done: "saved" });
}

export async function scheduleMeetingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ForumMeetingSchema.safeParse({ ...textFields(formData), topicIds: formData.getAll("topicIds").filter((v) => typeof v === "string") });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, ["topicIds"]);
  const result = await guarded(formData, async () => meetings.scheduleForumMeeting(parsed.data, await clientIp()), ["topicIds"]);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, ["topicIds"]);
  return go(`/admin/forum/meetings/${result.data.id}`, { done: "scheduled" });
}

export async function publishMinutesAction(_: FormState, formData: FormData): Promise<FormState> {
  const fields = textFields(formData);
  const outcomes = Object.fromEntries(Object.entries(fields).filter(([key]) => key.startsWith("outcome-")).map(([key, value]) => [key.slice("outcome-".length), value]));
  const parsed = ForumMinutesSchema.safeParse({ meetingId: fields.meetingId, minutes: fields.minutes, outcomes });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => meetings.publishForumMinutes(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/admin/forum/meetings/${parsed.data.meetingId}`, { done: "published" });
}
