"use server";
// The library's staff forms, in the shape of every staff form (lib/forms/submit.ts): parse → call
// the service → redirect to the document's staff page with a status message (a reload never posts
// twice). Errors are keys ("Documents.errors", "Errors").
import { submitToService } from "@/lib/forms/submit";
import type { FormState } from "@/lib/forms/form-state";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads/documents";
import { chosenFiles } from "@/lib/uploads/form-files";
import { DocumentFieldsSchema, DocumentIdSchema, PublishSchema, UnpublishSchema } from "./schemas";
import * as documents from "./service";

/** The status messages of the staff page ("Documents.admin.done.<key>"). */
type Done = "created" | "saved" | "replaced" | "published" | "unpublished";

const TOO_LARGE = { ok: false, fieldErrors: { file: "fileTooLarge" } } as const;

/** The uploaded file of the form, refused early when too large to read into memory. */
async function uploadedFile(formData: FormData): Promise<documents.UploadedDocumentFile | null | "tooLarge"> {
  const [file] = chosenFiles(formData, "file");
  if (!file) return null;
  if (file.size > MAX_DOCUMENT_BYTES) return "tooLarge";
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const toDocument = (done: Done) => (data: { id: number }) => ({ pathname: `/admin/documents/${data.id}`, query: { done } });

export async function createDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DocumentFieldsSchema, formData, async (input, ip) => {
    const file = await uploadedFile(formData);
    return file === "tooLarge" ? TOO_LARGE : documents.createDocument(input, file, ip);
  }, toDocument("created"));
}

export async function updateDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DocumentIdSchema.and(DocumentFieldsSchema), formData, ({ documentId, ...fields }, ip) => documents.updateDocument(documentId, fields, ip), toDocument("saved"));
}

export async function replaceDocumentFileAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(DocumentIdSchema, formData, async (input, ip) => {
    const file = await uploadedFile(formData);
    return file === "tooLarge" ? TOO_LARGE : documents.replaceDocumentFile(input.documentId, file, ip);
  }, toDocument("replaced"));
}

export async function publishDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(PublishSchema, formData, (input, ip) => documents.publishDocument(input.documentId, true, ip), toDocument("published"));
}

export async function unpublishDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(UnpublishSchema, formData, (input, ip) => documents.unpublishDocument(input, ip), toDocument("unpublished"));
}
