"use server";
// The library's staff forms: parse → call the service → redirect to the document's staff page with
// a status message (a reload never posts twice). Errors are keys ("Documents.errors", "Errors").
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { clientIp } from "@/lib/security/request";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads/documents";
import type { ServiceResult } from "@/lib/forms/form-state";
import { DocumentFieldsSchema, DocumentIdSchema, PublishSchema, UnpublishSchema } from "./schemas";
import * as documents from "./service";
import { chosenFiles } from "@/lib/uploads/form-files";

/** The status messages of the staff page ("Documents.admin.done.<key>"). */
type Done = "created" | "saved" | "replaced" | "published" | "unpublished";

/** The uploaded file of the form, refused early when too large to read into memory. */
async function uploadedFile(formData: FormData): Promise<documents.UploadedDocumentFile | null | "tooLarge"> {
  const [file] = chosenFiles(formData, "file");
  if (!file) return null;
  if (file.size > MAX_DOCUMENT_BYTES) return "tooLarge";
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function finish(formData: FormData, work: () => Promise<ServiceResult<{ id: number }>>, done: Done): Promise<FormState> {
  const result = await guarded(formData, async () => work());
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: `/admin/documents/${result.data.id}`, query: { done } }, locale: await getLocale() });
}

export async function createDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = DocumentFieldsSchema.safeParse(Object.fromEntries(formData));
  const file = await uploadedFile(formData);
  if (!parsed.success || file === "tooLarge") {
    const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(file === "tooLarge" ? { file: "fileTooLarge" } : {}) };
    return failureState(formData, { fieldErrors });
  }
  return finish(formData, async () => documents.createDocument(parsed.data, file, await clientIp()), "created");
}

export async function updateDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  const target = DocumentIdSchema.safeParse(Object.fromEntries(formData));
  const parsed = DocumentFieldsSchema.safeParse(Object.fromEntries(formData));
  if (!target.success) return failureState(formData, { formError: "notFound" });
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return finish(formData, async () => documents.updateDocument(target.data.documentId, parsed.data, await clientIp()), "saved");
}

export async function replaceDocumentFileAction(_: FormState, formData: FormData): Promise<FormState> {
  const target = DocumentIdSchema.safeParse(Object.fromEntries(formData));
  if (!target.success) return failureState(formData, { formError: "notFound" });
  const file = await uploadedFile(formData);
  if (file === "tooLarge") return failureState(formData, { fieldErrors: { file: "fileTooLarge" } });
  return finish(formData, async () => documents.replaceDocumentFile(target.data.documentId, file, await clientIp()), "replaced");
}

export async function publishDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  const target = DocumentIdSchema.safeParse(Object.fromEntries(formData));
  if (!target.success) return failureState(formData, { formError: "notFound" });
  const parsed = PublishSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return finish(formData, async () => documents.publishDocument(parsed.data.documentId, true, await clientIp()), "published");
}

export async function unpublishDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = UnpublishSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  return finish(formData, async () => documents.unpublishDocument(parsed.data, await clientIp()), "unpublished");
}
