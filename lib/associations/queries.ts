import "server-only";
// Reads of association registrations: the representative's own, and staff's list and detail.
// The papers are not public: the representative and staff who verify may open them.
import { can } from "@/lib/auth/permissions";
import { getSession, requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { fileStore } from "@/lib/storage";
import { associationStatus, type AssociationStatus } from "./schemas";

const DETAIL = {
  id: true, name: true, receiptNumber: true, receiptDate: true, foundedOn: true, seatAddress: true, hasBranchInCommune: true, domain: true,
  verifiedAt: true, refusedAt: true, refusalReason: true, submittedAt: true,
  documents: { orderBy: { id: "asc" as const }, select: { id: true, kind: true, mimeType: true, createdAt: true } },
} as const;

/** The association the signed-in person registered, if any, with its status. */
export async function getMyAssociation() {
  const user = await requireUser();
  const association = await db.association.findFirst({ where: { representativeId: user.id }, orderBy: { id: "asc" }, select: DETAIL });
  return association ? { ...association, status: associationStatus(association) } : null;
}

/** Registrations for staff: those waiting first (oldest first), then the decided ones. */
export async function listAssociationsForStaff(status: AssociationStatus | undefined) {
  await requirePermission("associations.verify");
  const where = status === "PENDING" ? { verifiedAt: null, refusedAt: null, submittedAt: { not: null } } : status === "VERIFIED" ? { verifiedAt: { not: null } } : status === "REFUSED" ? { refusedAt: { not: null } } : {};
  const rows = await db.association.findMany({
    where,
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, submittedAt: true, verifiedAt: true, refusedAt: true, representative: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, status: associationStatus(row) }));
}

export async function getAssociationForStaff(id: number) {
  await requirePermission("associations.verify");
  const association = await db.association.findUnique({ where: { id }, select: { ...DETAIL, representative: { select: { name: true, email: true } } } });
  return association ? { ...association, status: associationStatus(association) } : null;
}

/** A registration paper, for the association's representative or staff who verify; null otherwise. */
export async function getAssociationDocumentFile(id: number): Promise<{ bytes: Buffer; mimeType: string } | null> {
  const session = await getSession();
  if (!session) return null;
  const document = await db.associationDocument.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, association: { select: { representativeId: true } } } });
  if (!document) return null;
  if (document.association.representativeId !== session.id && !can(session.roles, "associations.verify")) return null;
  const file = await fileStore().get(document.storageKey);
  return file ? { bytes: file.bytes, mimeType: document.mimeType } : null;
}
