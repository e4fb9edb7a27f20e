"use server";
// The action programme's forms. Each action: parse with the shared schema → call the service →
// redirect (staff, so that a reload never posts twice) or return a typed state (engagement forms,
// which stay on the public page). Errors are message keys; values are echoed back on errors.
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp, safeInternalPath } from "@/lib/security/request";
import { MAX_FILE_BYTES, MAX_FILES_PER_UPDATE } from "@/lib/uploads/evidence";
import { chosenFiles } from "@/lib/uploads/form-files";
import {
  CommentVisibilitySchema,
  CommentSchema,
  DifficultyAnswerSchema,
  EvidenceWithdrawalSchema,
  DifficultySchema,
  FollowSchema,
  OfficialAnswerSchema,
  ProgressUpdateSchema,
  ProjectSchema,
  ProjectUpdateSchema,
} from "./schemas";
import * as programme from "./service";

/** The project form's checkbox groups: several values under one name. */
const MULTI = ["douarIds", "partnerIds"] as const;

function projectFields(formData: FormData) {
  const groups = Object.fromEntries(MULTI.map((name) => [name, formData.getAll(name).filter((v) => typeof v === "string" && v !== "")]));
  return { ...Object.fromEntries(formData), ...groups };
}

async function adminRedirect(pathname: string, query: Record<string, string>): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function createProjectAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ProjectSchema.safeParse(projectFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, MULTI);
  const result = await guarded(formData, async () => programme.createProject(parsed.data, await clientIp()), MULTI);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, MULTI);
  return adminRedirect(`/admin/programme/${encodeURIComponent(result.data.code)}`, { done: "created" });
}

export async function updateProjectAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ProjectUpdateSchema.safeParse(projectFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }, MULTI);
  const result = await guarded(formData, async () => programme.updateProject(parsed.data, await clientIp()), MULTI);
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result, MULTI);
  return adminRedirect(`/admin/programme/${encodeURIComponent(result.data.code)}`, { done: "saved" });
}

export async function recordProgressAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = ProgressUpdateSchema.safeParse(Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const files = chosenFiles(formData, "files");
  if (files.length > MAX_FILES_PER_UPDATE) return failureState(formData, { fieldErrors: { files: "tooManyFiles" } });
  if (files.some((f) => f.size > MAX_FILE_BYTES)) return failureState(formData, { fieldErrors: { files: "fileTooLarge" } });
  const uploads = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await guarded(formData, async () => programme.recordProgressUpdate(parsed.data, uploads, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return adminRedirect(`/admin/programme/${encodeURIComponent(result.data.code)}`, { done: "recorded" });
}

/** A page of a project's staff area, with a status message. */
const projectPage = (page: string, done: string) => ({ code }: { code: string }) => ({
  pathname: `/admin/programme/${encodeURIComponent(code)}${page}`,
  query: { done },
});

export async function answerCommentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(OfficialAnswerSchema, formData, programme.answerComment, projectPage("/discussion", "answered"));
}

export async function answerDifficultyAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DifficultyAnswerSchema, formData, programme.answerDifficulty, projectPage("/difficulties", "updated"));
}

export async function withdrawEvidenceAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(EvidenceWithdrawalSchema, formData, programme.withdrawEvidence, projectPage("", "evidenceWithdrawn"));
}

/** Hide / show a question or observation: a one-button form; the page reloads with the outcome. */
export async function setCommentVisibilityAction(formData: FormData): Promise<void> {
  const parsed = CommentVisibilitySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  let result: Awaited<ReturnType<typeof programme.setCommentHidden>>;
  try {
    result = await programme.setCommentHidden(parsed.data.commentId, parsed.data.hide, await clientIp());
  } catch (error) {
    // Signed out, or without the permission (a forged form): refused as the staff page refuses them, not with a 500.
    if (error instanceof UnauthenticatedError) return adminRedirect("/signin", { callbackUrl: "/admin/programme" });
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  if (result.ok) await adminRedirect(`/admin/programme/${encodeURIComponent(result.data.code)}/discussion`, { done: parsed.data.hide ? "hidden" : "shown" });
}

// ---------------------------------------------------------------------------------------------
// Signed-in people, on the public project page
// ---------------------------------------------------------------------------------------------

function returnPath(formData: FormData): string {
  return safeInternalPath(formData.get("returnTo"), "/programme");
}

async function toSignIn(formData: FormData): Promise<never> {
  return redirect({ href: { pathname: "/signin", query: { callbackUrl: returnPath(formData) } }, locale: await getLocale() });
}

/** Follow / unfollow: a one-button form that works without JavaScript; the page shows the new state. */
export async function followAction(formData: FormData): Promise<void> {
  const parsed = FollowSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  try {
    await programme.setFollow(parsed.data.projectId, parsed.data.follow);
  } catch (error) {
    if (error instanceof UnauthenticatedError) await toSignIn(formData);
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  refresh();
}

export async function postCommentAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = CommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => programme.postComment(parsed.data));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  refresh();
  // Nothing echoed: the form comes back empty, with the new post above it.
  return { status: "success", values: { kind: parsed.data.kind }, fieldErrors: {} };
}

export async function reportDifficultyAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = DifficultySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, () => programme.reportDifficulty(parsed.data));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  refresh();
  return { status: "success", values: {}, fieldErrors: {} };
}

