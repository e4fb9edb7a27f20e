// Form schemas of petitions, shared by the forms and the server actions. Messages are keys: core
// ones under "Errors" (required, tooLong, bidiControl), the petitions' own under "Petitions.errors".
import { z } from "zod";
import { checkbox, id, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { CIN_PATTERN, normalizeIdNumber } from "@/lib/security/personal-data";

export const PETITION_ERROR_KEYS = [
  "cinFormat",
  "declarationRequired",
  "notCollecting",
  "notFound",
  "emailNotVerified",
  "alreadySigned",
  "cinAlreadySigned",
  "belowThreshold",
  "notYourPetition",
  "statusTransition",
  "associationRequired",
  "associationNotEligible",
  "associationAge",
  "associationVerified",
  "associationSeat",
  "checklistIncomplete",
  "reasonRequired",
  "notUnderReview",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeRefused",
  "attachmentsRequired",
  "topicUnavailable",
] as const;
export type PetitionErrorKey = (typeof PETITION_ERROR_KEYS)[number];

export const PETITION_KINDS = ["CITIZENS", "ASSOCIATION"] as const;
export const SIGNATURE_BASES = ["RESIDENT", "ACTIVITY"] as const;
export const PETITION_STATUSES = ["DRAFT", "COLLECTING", "FILED", "UNDER_REVIEW", "ACCEPTED", "REJECTED"] as const;

/** Lengths that fit the decree's one-page model and keep abuse small. */
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 4000;
const NAME_MAX = 120;
const ADDRESS_MAX = 300;

/** A declaration box that must be ticked. */
const declaration = checkbox.refine((ticked) => ticked, "declarationRequired");

/** A CIN as people type it ("ab 123456"): normalized, then checked against the card's format. */
export const cin = z
  .string({ error: "required" })
  .transform(normalizeIdNumber)
  .pipe(z.string().min(1, "required").regex(CIN_PATTERN, "cinFormat"));

export const PetitionSchema = z.object({
  kind: z.enum(PETITION_KINDS, { error: "required" }),
  subject: requiredText(SUBJECT_MAX),
  reasons: requiredText(TEXT_MAX),
  objectives: requiredText(TEXT_MAX),
  /** Art. 121: within the council's powers, off the constitutional constants. */
  declaredAdmissible: declaration,
  /** Art. 124, association petitions only: checked by the service when kind is ASSOCIATION. */
  declaredGoodStanding: checkbox,
  declaredRelatedActivity: checkbox,
  /** The forum topic the petition grows from (issue 6), if any. */
  forumTopicId: z.preprocess((value) => value || undefined, id.optional()),
});
export type PetitionInput = z.infer<typeof PetitionSchema>;

/** A signatory's details (art. 123), online or typed from a paper sheet. */
const signatory = {
  petitionId: id,
  fullName: requiredText(NAME_MAX),
  idNumber: cin,
  address: requiredText(ADDRESS_MAX),
  basis: z.enum(SIGNATURE_BASES, { error: "required" }),
};

export const SignatureSchema = z.object({
  ...signatory,
  declaredBasis: declaration,
  declaredElectoral: declaration,
  declaredInterest: declaration,
});
export type SignatureInput = z.infer<typeof SignatureSchema>;

export const PaperSignatureSchema = z.object(signatory);
export type PaperSignatureInput = z.infer<typeof PaperSignatureSchema>;

export const PetitionIdSchema = z.object({ petitionId: id });

export const InvalidateSchema = z.object({ petitionId: id, signatureId: id, reason: requiredText(500) });
export type InvalidateInput = z.infer<typeof InvalidateSchema>;

export const DecisionSchema = z.object({
  petitionId: id,
  decision: z.enum(["ACCEPTED", "REJECTED"], { error: "required" }),
  checkCompetence: checkbox,
  checkConstants: checkbox,
  checkAssociation: checkbox,
  reasons: requiredText(TEXT_MAX),
  referredCommittee: optionalText(200),
});
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const CouncilDecisionSchema = z.object({ petitionId: id, decision: requiredText(TEXT_MAX) });
export type CouncilDecisionInput = z.infer<typeof CouncilDecisionSchema>;

export const FollowSchema = z.object({ petitionId: id, follow: z.enum(["0", "1"]).transform((v) => v === "1") });

/** A row id from a URL segment: a positive 32-bit integer, or null (a forged id is a 404, not a 500). */
export function idFromSegment(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
