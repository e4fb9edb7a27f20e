// Form schemas of the youth council, shared by the forms and the server actions. Messages are keys:
// core ones under "Errors", the council's own under "Youth.errors" (YOUTH_ERROR_KEYS).
import { z } from "zod";
import { CouncilResponseSchema, OpinionStepSchema } from "@/lib/equality/schemas";
import { checkbox, id, latinDigits, optionalDay, optionalText, requiredText } from "@/lib/forms/zod-fields";

export const YOUTH_ERROR_KEYS = [
  "birthYear",
  "birthDateYear",
  "ageOutside",
  "termOrder",
  "consentIncomplete",
  "consentRequired",
  "invalidChoice",
  "notFound",
  "statusTransition",
  "notAdopted",
  "tooManyVotes",
  "followUpRejected",
  "countRange",
  "dateFormat",
] as const;
export type YouthErrorKey = (typeof YOUTH_ERROR_KEYS)[number];

const requiredDay = optionalDay.refine((v) => v !== null, "required").transform((v) => v!);
const optionalId = z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null);

export const CONSENT_METHODS = ["SIGNED_FORM", "IN_PERSON", "ELECTRONIC"] as const;

/** A member, new (no memberId) or updated; the consent's four fields come together or not at all. */
export const YouthMemberSchema = z
  .object({
    memberId: optionalId,
    firstName: requiredText(100),
    lastName: requiredText(100),
    birthYear: z.string({ error: "required" }).transform((v) => latinDigits(v).trim()).pipe(z.string().min(1, "required").regex(/^\d{4}$/, "birthYear")).transform(Number),
    birthDate: optionalDay,
    gender: z.enum(["WOMAN", "MAN"], { error: "invalidChoice" }),
    termStart: requiredDay,
    termEnd: optionalDay,
    publicListing: checkbox,
    guardianName: optionalText(200),
    guardianRelation: optionalText(100),
    consentOn: optionalDay,
    consentMethod: z.union([z.literal(""), z.enum(CONSENT_METHODS)], { error: "invalidChoice" }).optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.termEnd && v.termEnd < v.termStart) ctx.addIssue({ code: "custom", path: ["termEnd"], message: "termOrder" });
    const parts = { guardianName: v.guardianName, guardianRelation: v.guardianRelation, consentOn: v.consentOn, consentMethod: v.consentMethod };
    const given = Object.values(parts).filter((p) => p !== null).length;
    if (given > 0 && given < 4) {
      for (const [field, value] of Object.entries(parts)) if (value === null) ctx.addIssue({ code: "custom", path: [field], message: "consentIncomplete" });
    }
  });
export type YouthMemberInput = z.infer<typeof YouthMemberSchema>;

export const YouthMeetingSchema = z.object({
  heldOn: requiredDay,
  place: requiredText(300),
  topic: requiredText(300),
  minutes: optionalText(20_000),
});
export type YouthMeetingInput = z.infer<typeof YouthMeetingSchema>;

export const YouthProposalSchema = z.object({
  subject: requiredText(200),
  body: requiredText(20_000),
  meetingId: optionalId,
  presentedById: optionalId,
});
export type YouthProposalInput = z.infer<typeof YouthProposalSchema>;

/** The same step and response forms as the equality committee's opinions (lib/consultative). */
export const YouthProposalStepSchema = OpinionStepSchema.omit({ opinionId: true }).extend({ proposalId: id });
export type YouthProposalStepInput = z.infer<typeof YouthProposalStepSchema>;

export const YouthResponseSchema = CouncilResponseSchema.omit({ opinionId: true }).extend({ proposalId: id });
export type YouthResponseInput = z.infer<typeof YouthResponseSchema>;
