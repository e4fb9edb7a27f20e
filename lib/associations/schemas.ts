// The association registration form (the representative) and the staff decision (issue 9).
// Error values are keys under "Errors" or "Associations.errors".
import { z } from "zod";
import { checkbox, id, optionalDay, optionalText, requiredText } from "@/lib/forms/zod-fields";

export const ASSOCIATION_ERROR_KEYS = ["dateRequired", "foundedAfterReceipt", "documentsRequired", "reasonRequired", "alreadyDecided", "alreadyRegistered", "notFound", "fileEmpty", "fileTooLarge", "fileTypeRefused"] as const;

/** The papers staff check: the final receipt (الوصل النهائي) and the statutes. */
export const ASSOCIATION_DOCUMENT_KINDS = ["FINAL_RECEIPT", "STATUTES"] as const;
export type AssociationDocumentKind = (typeof ASSOCIATION_DOCUMENT_KINDS)[number];

const requiredDay = optionalDay.refine((value) => value !== null, "dateRequired").transform((value) => value!);

export const AssociationSchema = z
  .object({
    name: requiredText(200),
    receiptNumber: requiredText(60),
    receiptDate: requiredDay,
    foundedOn: requiredDay,
    seatAddress: requiredText(300),
    hasBranchInCommune: checkbox,
    /** What the association does, which art. 124 compares with a petition's subject. */
    domain: requiredText(300),
  })
  .superRefine((value, ctx) => {
    if (value.foundedOn > value.receiptDate) ctx.addIssue({ code: "custom", path: ["foundedOn"], message: "foundedAfterReceipt" });
  });
export type AssociationInput = z.infer<typeof AssociationSchema>;

export const AssociationDecisionSchema = z
  .object({
    associationId: id,
    decision: z.enum(["VERIFY", "REFUSE"], { error: "required" }),
    reason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "REFUSE" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
export type AssociationDecisionInput = z.infer<typeof AssociationDecisionSchema>;

/** An association's state for the representative and staff. */
export type AssociationStatus = "PENDING" | "VERIFIED" | "REFUSED";

export function associationStatus(association: { verifiedAt: Date | null; refusedAt: Date | null }): AssociationStatus {
  return association.verifiedAt ? "VERIFIED" : association.refusedAt ? "REFUSED" : "PENDING";
}
