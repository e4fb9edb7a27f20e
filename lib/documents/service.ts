import "server-only";
// Staff writes of the document library: upload (a draft with its first version), replace the file
// (a new version; the old one stays, superseded), publish after the personal-data check, unpublish
// with a reason. Each function checks "documents.publish" itself and writes its change and one
// audit event in one transaction. Files are checked (lib/uploads/documents.ts) and stored before
// the transaction and removed again if it fails.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { fileStore } from "@/lib/storage";
import { checkDocumentFile, DOCUMENT_MIME_TYPES, type DocumentFormatValue } from "@/lib/uploads/documents";
import { extractPdfText } from "@/lib/uploads/pdf-text";
import { publishRefusal } from "./rules";
import type { DocumentFieldsInput, UnpublishInput } from "./schemas";
import { documentSearchText } from "./search-text";

export type UploadedDocumentFile = { name: string; bytes: Uint8Array };

type CheckedFile = { format: DocumentFormatValue; bytes: Uint8Array; extractedText: string };

async function checkFile(file: UploadedDocumentFile | null): Promise<{ ok: true; file: CheckedFile } | { ok: false; fieldErrors: { file: string } }> {
  if (!file || (file.bytes.length === 0 && file.name === "")) return { ok: false, fieldErrors: { file: "fileMissing" } };
  const check = checkDocumentFile(file.bytes, file.name);
  if (!check.ok) return { ok: false, fieldErrors: { file: check.error } };
  const extractedText = check.format === "PDF" ? await extractPdfText(file.bytes) : "";
  return { ok: true, file: { format: check.format, bytes: file.bytes, extractedText } };
}

/** Stores the file, runs `work` with its key, and removes the file again if `work` fails. */
async function withStoredFile<T>(file: CheckedFile, work: (key: string) => Promise<T>): Promise<T> {
  const store = fileStore();
  const key = await store.put(file.bytes, { contentType: DOCUMENT_MIME_TYPES[file.format] });
  try {
    return await work(key);
  } catch (error) {
    await store.delete(key);
    throw error;
  }
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function snapshot(d: DocumentFieldsInput) {
  return {
    category: d.category, titleAr: d.titleAr, titleFr: d.titleFr, summaryAr: d.summaryAr, summaryFr: d.summaryFr,
    documentDate: day(d.documentDate), sourceServiceAr: d.sourceServiceAr, sourceServiceFr: d.sourceServiceFr,
    periodFrom: day(d.periodFrom), periodTo: day(d.periodTo),
  };
}

/** Uploads a new document as a draft, with its first version. */
export async function createDocument(input: DocumentFieldsInput, upload: UploadedDocumentFile | null, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("documents.publish");
  const checked = await checkFile(upload);
  if (!checked.ok) return checked;
  const { file } = checked;
  return withStoredFile(file, (storageKey) =>
    db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          ...input,
          createdById: actor.id,
          searchText: documentSearchText({ ...input, extractedText: file.extractedText }),
          versions: { create: { number: 1, format: file.format, storageKey, bytes: file.bytes.length, extractedText: file.extractedText, uploadedById: actor.id } },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id, action: "document.created", targetType: "document", targetId: String(document.id),
        after: { ...snapshot(input), version: 1, format: file.format, bytes: file.bytes.length }, ip,
      });
      return { ok: true as const, data: { id: document.id } };
    }),
  );
}

/** Locks the document's row until the transaction ends. */
async function lockDocument(tx: Tx, documentId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM documents WHERE id = ${documentId} FOR UPDATE`;
  if (!rows.length) return null;
  return tx.document.findUniqueOrThrow({
    where: { id: documentId },
    include: { versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, extractedText: true } } },
  });
}

const NOT_FOUND = { ok: false, formError: "notFound" } as const;

/** Edits the description of a document (its file is replaced with `replaceDocumentFile`). */
export async function updateDocument(documentId: number, input: DocumentFieldsInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("documents.publish");
  return db.$transaction(async (tx) => {
    const current = await lockDocument(tx, documentId);
    if (!current) return NOT_FOUND;
    const diff = auditDiff(snapshot(current), snapshot(input));
    if (diff.changed) {
      const extractedText = current.versions[0]?.extractedText ?? "";
      await tx.document.update({ where: { id: documentId }, data: { ...input, searchText: documentSearchText({ ...input, extractedText }) } });
      await recordAudit(tx, { actorId: actor.id, action: "document.updated", targetType: "document", targetId: String(documentId), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: { id: documentId } };
  });
}

/** Adds a new version of the file; the older versions stay available, marked as superseded. */
export async function replaceDocumentFile(documentId: number, upload: UploadedDocumentFile | null, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("documents.publish");
  const exists = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!exists) return NOT_FOUND;
  const checked = await checkFile(upload);
  if (!checked.ok) return checked;
  const { file } = checked;
  return withStoredFile(file, (storageKey) =>
    db.$transaction(async (tx) => {
      const current = await lockDocument(tx, documentId);
      if (!current) throw new Error(`Document ${documentId} vanished during a replacement`);
      const number = (current.versions[0]?.number ?? 0) + 1;
      await tx.documentVersion.create({
        data: { documentId, number, format: file.format, storageKey, bytes: file.bytes.length, extractedText: file.extractedText, uploadedById: actor.id },
      });
      await tx.document.update({ where: { id: documentId }, data: { searchText: documentSearchText({ ...current, extractedText: file.extractedText }) } });
      await recordAudit(tx, {
        actorId: actor.id, action: "document.replaced", targetType: "document", targetId: String(documentId),
        before: { version: number - 1 }, after: { version: number, format: file.format, bytes: file.bytes.length }, ip,
      });
      return { ok: true as const, data: { id: documentId } };
    }),
  );
}

/** Publishes a draft (or republishes), recording who confirmed the personal-data check and when. */
export async function publishDocument(documentId: number, privacyConfirmed: boolean, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("documents.publish");
  return db.$transaction(async (tx) => {
    const current = await lockDocument(tx, documentId);
    if (!current) return NOT_FOUND;
    const refusal = publishRefusal(current.status, privacyConfirmed);
    if (refusal) return { ok: false, formError: refusal };
    const now = new Date();
    await tx.document.update({
      where: { id: documentId },
      data: { status: "PUBLISHED", publishedAt: now, privacyCheckedAt: now, privacyCheckedById: actor.id, unpublishedAt: null, unpublishReason: null },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "document.published", targetType: "document", targetId: String(documentId),
      before: { status: current.status }, after: { status: "PUBLISHED", privacyCheckConfirmed: true, publishedAt: now.toISOString() }, ip,
    });
    return { ok: true, data: { id: documentId } };
  });
}

/** Withdraws a published document from the public library; the reason is kept and audited. */
export async function unpublishDocument(input: UnpublishInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("documents.publish");
  return db.$transaction(async (tx) => {
    const current = await lockDocument(tx, input.documentId);
    if (!current) return NOT_FOUND;
    if (current.status !== "PUBLISHED") return { ok: false, formError: "notPublished" };
    const now = new Date();
    await tx.document.update({ where: { id: input.documentId }, data: { status: "UNPUBLISHED", unpublishedAt: now, unpublishReason: input.reason } });
    await recordAudit(tx, {
      actorId: actor.id, action: "document.unpublished", targetType: "document", targetId: String(input.documentId),
      before: { status: "PUBLISHED" }, after: { status: "UNPUBLISHED", reason: input.reason }, ip,
    });
    return { ok: true, data: { id: input.documentId } };
  });
}
