import "server-only";
// Association verification (issue 9): a signed-in person registers the association they
// represent with its final receipt and statutes; staff with associations.verify check the papers
// and verify it (the person becomes its representative on the portal, role ASSOCIATION_REP) or
// refuse it with a reason; the person is told either way and may correct and send again.
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { fileStore } from "@/lib/storage";
import { processEvidenceFile, uploadErrorKey } from "@/lib/uploads/evidence";
import { notifyRepresentative } from "./notify";
import { ASSOCIATION_DOCUMENT_KINDS, type AssociationDecisionInput, type AssociationDocumentKind, type AssociationInput } from "./schemas";

export type UploadedAssociationDocument = { kind: AssociationDocumentKind; name: string; bytes: Uint8Array };

/**
 * Registers the caller's association, or corrects a registration that waits or was refused (a
 * verified association is changed by the commune, not here). A paper sent again replaces the
 * previous one of its kind; both kinds must be there in the end.
 */
export async function registerAssociation(input: AssociationInput, documents: UploadedAssociationDocument[], now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("account.manage");
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true } });
  if (!account.emailVerifiedAt) return { ok: false, formError: "emailNotVerified" };
  const existing = await db.association.findFirst({ where: { representativeId: user.id }, orderBy: { id: "asc" }, select: { id: true, verifiedAt: true, documents: { select: { kind: true } } } });
  if (existing?.verifiedAt) return { ok: false, formError: "alreadyRegistered" };
  const missing = ASSOCIATION_DOCUMENT_KINDS.filter((kind) => !documents.some((d) => d.kind === kind) && !existing?.documents.some((d) => d.kind === kind));
  if (missing.length) return { ok: false, fieldErrors: Object.fromEntries(missing.map((kind) => [`file_${kind}`, "documentsRequired"])) };

  // Files are checked and stored before the transaction; a failed transaction removes them again.
  const stored: { kind: AssociationDocumentKind; storageKey: string; mimeType: string; bytes: number }[] = [];
  const removeStored = () => Promise.all(stored.map((s) => fileStore().delete(s.storageKey)));
  for (const document of documents) {
    const processed = await processEvidenceFile(document.bytes, { name: document.name });
    if (!processed.ok) {
      await removeStored();
      return { ok: false, fieldErrors: { [`file_${document.kind}`]: uploadErrorKey(processed.error) } };
    }
    stored.push({ kind: document.kind, storageKey: await fileStore().put(processed.file.bytes, { contentType: processed.file.mimeType }), mimeType: processed.file.mimeType, bytes: processed.file.bytes.length });
  }
  const fields = { ...input, submittedAt: now, refusedAt: null, refusalReason: null, decidedById: null };
  try {
    const { id, replacedKeys } = await db.$transaction(async (tx) => {
      const replaced = existing ? await tx.associationDocument.findMany({ where: { associationId: existing.id, kind: { in: stored.map((s) => s.kind) } }, select: { id: true, storageKey: true } }) : [];
      const saved = existing
        ? await tx.association.update({ where: { id: existing.id }, data: fields, select: { id: true } })
        : await tx.association.create({ data: { ...fields, representativeId: user.id }, select: { id: true } });
      await tx.associationDocument.deleteMany({ where: { id: { in: replaced.map((r) => r.id) } } });
      await tx.associationDocument.createMany({ data: stored.map((s) => ({ ...s, associationId: saved.id })) });
      await recordAudit(tx, { actorId: user.id, action: existing ? "association.resubmitted" : "association.registered", targetType: "association", targetId: String(saved.id), after: { name: input.name, receiptNumber: input.receiptNumber, documents: stored.map((s) => s.kind) } });
      return { id: saved.id, replacedKeys: replaced.map((r) => r.storageKey) };
    });
    // The replaced papers are no longer named by any row: removed after the commit.
    await Promise.all(replacedKeys.map((key) => fileStore().delete(key)));
    return { ok: true, data: { id } };
  } catch (error) {
    await removeStored();
    throw error;
  }
}

/** Staff verify an association waiting for it, or refuse it with a reason; the representative is told. */
export async function decideAssociation(input: AssociationDecisionInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const staff = await requirePermission("associations.verify");
  const result = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM associations WHERE id = ${input.associationId} FOR UPDATE`;
    if (!row) return { ok: false as const, formError: "notFound" };
    const association = await tx.association.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, name: true, verifiedAt: true, refusedAt: true, submittedAt: true, representativeId: true } });
    if (association.verifiedAt || association.refusedAt || !association.submittedAt || !association.representativeId) return { ok: false as const, formError: "alreadyDecided" };
    const verify = input.decision === "VERIFY";
    await tx.association.update({
      where: { id: association.id },
      data: verify ? { verifiedAt: now, decidedById: staff.id } : { refusedAt: now, refusalReason: input.reason, decidedById: staff.id },
    });
    if (verify) {
      await tx.userRole.upsert({
        where: { userId_role: { userId: association.representativeId, role: "ASSOCIATION_REP" } },
        create: { userId: association.representativeId, role: "ASSOCIATION_REP", grantedById: staff.id },
        update: {},
      });
    }
    await recordAudit(tx, {
      actorId: staff.id, action: verify ? "association.verified" : "association.refused", targetType: "association", targetId: String(association.id),
      after: verify ? { representativeId: association.representativeId } : { reason: input.reason }, ip,
    });
    await notifyRepresentative(tx, association.representativeId, verify ? "verified" : "refused", { id: association.id, name: association.name, reason: verify ? null : input.reason });
    return { ok: true as const, data: { id: association.id } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}
