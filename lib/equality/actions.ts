"use server";
// The equality committee's forms: parse with the shared schema → the service (which checks who may
// do it) → redirect to the page that shows the result, or the typed errors with what was typed.
// All of them work without JavaScript.
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { MAX_FILE_BYTES } from "@/lib/uploads/evidence";
import { chosenFiles } from "@/lib/uploads/form-files";
import { LIBRARY_PAGES } from "./library";
import { CommitteeDocumentRemovalSchema, CommitteeDocumentSchema, type LibrarySpace, CouncilResponseSchema, MeansAnswerSchema, MeansRequestSchema, MeetingSchema, MemberSchema, MinutesSchema, OpinionSchema, OpinionStepSchema, RegistrationSchema, SettingsSchema, TrainingAttendanceSchema, TrainingSchema } from "./schemas";
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

export async function createTrainingAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(TrainingSchema, formData, equality.createTraining, () => ({ pathname: "/equality/workspace/trainings", query: { done: "created" } }));
}

export async function trainingAttendanceAction(_: FormState, formData: FormData): Promise<FormState> {
  const fields = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
  const parsed = TrainingAttendanceSchema.safeParse({ ...fields, present: formData.getAll("present").filter((v) => typeof v === "string") });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, ["present"]);
  const result = await guarded(formData, async () => equality.recordTrainingAttendance(parsed.data, await clientIp()), ["present"]);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, ["present"]);
  return redirect({ href: { pathname: `/equality/workspace/trainings/${result.data.id}`, query: { done: "attendance" } }, locale: await getLocale() });
}

/** Registration: signed-out people go to sign in and come back to the trainings page. */
export async function registerTrainingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = RegistrationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => equality.registerForTraining(parsed.data));
  if (isFormState(result)) {
    if (result.formError?.key === "unauthenticated") return redirect({ href: { pathname: "/signin", query: { callbackUrl: "/equality/trainings" } }, locale: await getLocale() });
    return result;
  }
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: "/equality/trainings", query: { done: "registered" } }, locale: await getLocale() });
}

export async function unregisterTrainingAction(formData: FormData): Promise<void> {
  const trainingId = Number(formData.get("trainingId"));
  if (!Number.isInteger(trainingId) || trainingId <= 0) return;
  const result = await guarded(formData, () => equality.unregisterFromTraining(trainingId));
  if (!isFormState(result) && result.ok) await redirect({ href: { pathname: "/equality/trainings", query: { done: "unregistered" } }, locale: await getLocale() });
}

export async function createMeansRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(MeansRequestSchema, formData, equality.createMeansRequest, () => ({ pathname: "/equality/workspace/means", query: { done: "requested" } }));
}

export async function answerMeansRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(MeansAnswerSchema, formData, equality.answerMeansRequest, () => ({ pathname: "/admin/equality/means", query: { done: "answered" } }));
}

/** Back to where the file was added: the meeting's or opinion's page for an attachment, else the library. */
function attachmentPage({ meetingId, opinionId, space }: { meetingId: number | null; opinionId: number | null; space: LibrarySpace }) {
  if (meetingId) return { pathname: `/equality/workspace/meetings/${meetingId}`, query: { done: "attached" } };
  if (opinionId) return { pathname: `/equality/workspace/opinions/${opinionId}`, query: { done: "attached" } };
  return { pathname: LIBRARY_PAGES[space], query: { done: "added" } };
}

export async function addCommitteeDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  const [file] = chosenFiles(formData, "file");
  if (file && file.size > MAX_FILE_BYTES) return failureState(formData, { fieldErrors: { file: "fileTooLarge" } });
  const upload = file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  return submitToService(CommitteeDocumentSchema, formData, (input, ip) => equality.addCommitteeDocument(input, upload, ip), attachmentPage);
}

export async function removeCommitteeDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(CommitteeDocumentRemovalSchema, formData, ({ documentId }, ip) => equality.removeCommitteeDocument(documentId, ip), ({ space }) => ({ pathname: LIBRARY_PAGES[space], query: { done: "removed" } }));
}
