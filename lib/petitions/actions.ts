"use server";
// Petitions' forms. Each action: parse with the shared schema → call the service → redirect (so a
// reload never posts twice) or return a typed state. Errors are message keys; what was typed is
// echoed back on errors, except CIN numbers, which never travel back to the browser.
import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { MAX_FILE_BYTES } from "@/lib/uploads/evidence";
import {
  CouncilDecisionSchema,
  DecisionSchema,
  FollowSchema,
  InvalidateSchema,
  PaperSignatureSchema,
  PetitionIdSchema,
  PetitionSchema,
  SignatureSchema,
} from "./schemas";
import * as petitions from "./service";
import { chosenFiles } from "@/lib/uploads/form-files";

/** A CIN is never echoed back into a page (design.md §6): the person types it again. */
function withoutIdNumber(state: FormState): FormState {
  const values = { ...state.values };
  delete values.idNumber;
  return { ...state, values };
}

async function go(pathname: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}

/** The copy of an identity card chosen in the form, if any (decree 2.16.403 art. 3). */
async function idCopyOf(formData: FormData): Promise<petitions.UploadedIdCopy | null | "fileTooLarge"> {
  const [file] = chosenFiles(formData, "idCopy");
  if (!file) return null;
  if (file.size > MAX_FILE_BYTES) return "fileTooLarge";
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function textFields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function createPetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PetitionSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const attachments: petitions.UploadedAttachment[] = [];
  for (const kind of petitions.ASSOCIATION_ATTACHMENTS) {
    const [file] = chosenFiles(formData, `file_${kind}`);
    if (!file) continue;
    if (file.size > MAX_FILE_BYTES) return failureState(formData, { fieldErrors: { [`file_${kind}`]: "fileTooLarge" } });
    attachments.push({ kind, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const result = await guarded(formData, () => petitions.createPetition(parsed.data, attachments));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/petitions/${result.data.id}`, { done: "created" });
}

/** The owner's one-button steps: open for signatures, file. */
export async function openForSignaturesAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PetitionIdSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { formError: "notFound" });
  const result = await guarded(formData, () => petitions.openForSignatures(parsed.data.petitionId));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/petitions/${result.data.id}`, { done: "opened" });
}

export async function filePetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PetitionIdSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { formError: "notFound" });
  const result = await guarded(formData, async () => petitions.filePetition(parsed.data.petitionId, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/petitions/${result.data.id}/receipt`);
}

export async function signPetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignatureSchema.safeParse(textFields(formData));
  if (!parsed.success) return withoutIdNumber(failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }));
  const idCopy = await idCopyOf(formData);
  if (idCopy === "fileTooLarge") return withoutIdNumber(failureState(formData, { fieldErrors: { idCopy } }));
  const result = await guarded(formData, async () => petitions.signPetition(parsed.data, await clientIp(), idCopy));
  if (isFormState(result)) return withoutIdNumber(result);
  if (!result.ok) return withoutIdNumber(failureState(formData, result));
  return go(`/petitions/${parsed.data.petitionId}`, { done: "alreadySigned" in result.data ? "alreadySigned" : "signed" });
}

export async function withdrawSignatureAction(formData: FormData): Promise<void> {
  const parsed = PetitionIdSchema.safeParse(textFields(formData));
  if (!parsed.success) return;
  try {
    const result = await petitions.withdrawSignature(parsed.data.petitionId);
    if (result.ok) await go(`/petitions/${parsed.data.petitionId}`, { done: "withdrawn" });
  } catch (error) {
    if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return;
    throw error;
  }
}

export async function followPetitionAction(formData: FormData): Promise<void> {
  const parsed = FollowSchema.safeParse(textFields(formData));
  if (!parsed.success) return;
  try {
    await petitions.setPetitionFollow(parsed.data.petitionId, parsed.data.follow);
  } catch (error) {
    if (error instanceof UnauthenticatedError) await go("/signin", { callbackUrl: `/petitions/${parsed.data.petitionId}` });
    if (error instanceof ForbiddenError) return;
    throw error;
  }
  refresh();
}

// ---------------------------------------------------------------------------------------------
// Bureau
// ---------------------------------------------------------------------------------------------

export async function addPaperSignatureAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PaperSignatureSchema.safeParse(textFields(formData));
  if (!parsed.success) return withoutIdNumber(failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) }));
  const idCopy = await idCopyOf(formData);
  if (idCopy === "fileTooLarge") return withoutIdNumber(failureState(formData, { fieldErrors: { idCopy } }));
  const result = await guarded(formData, async () => petitions.addPaperSignature(parsed.data, await clientIp(), idCopy));
  if (isFormState(result)) return withoutIdNumber(result);
  if (!result.ok) return withoutIdNumber(failureState(formData, result));
  refresh();
  // The basis stays chosen for the next line of the same sheet; the rest comes back empty.
  return { status: "success", values: { basis: parsed.data.basis }, fieldErrors: {} };
}

export async function startReviewAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = PetitionIdSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { formError: "notFound" });
  const result = await guarded(formData, async () => petitions.startReview(parsed.data.petitionId, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/admin/petitions/${result.data.id}`, { done: "review" });
}

export async function invalidateSignatureAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = InvalidateSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => petitions.invalidateSignature(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/admin/petitions/${parsed.data.petitionId}`, { done: "invalidated" });
}

export async function decidePetitionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = DecisionSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => petitions.decidePetition(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/admin/petitions/${result.data.id}`, { done: parsed.data.decision === "ACCEPTED" ? "accepted" : "rejected" });
}

export async function recordCouncilDecisionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = CouncilDecisionSchema.safeParse(textFields(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const result = await guarded(formData, async () => petitions.recordCouncilDecision(parsed.data, await clientIp()));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return go(`/admin/petitions/${result.data.id}`, { done: "council" });
}
