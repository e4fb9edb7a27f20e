// Form schemas of the programme's adoption record, its consultations and its axes' titles
// (admin/programme/adoption). Messages are keys: core ones under "Errors", this page's own under
// "ProgrammeAdoption.errors".
import { z } from "zod";
import { id, latinDigits, optionalDay, optionalText, requiredText } from "@/lib/forms/zod-fields";

/** Keys under "ProgrammeAdoption.errors". */
export const ADOPTION_ERROR_KEYS = ["outOfOrder", "votesExceedCouncil", "countRange", "notFound"] as const;

/** A head count typed or left empty (null). */
const optionalCount = z
  .string()
  .optional()
  .transform((value) => latinDigits(value ?? "").trim())
  .pipe(z.string().regex(/^\d{0,6}$/, "wholeNumber"))
  .transform((value) => (value === "" ? null : Number(value)))
  .pipe(z.number().max(100_000, "countRange").nullable());

const requiredDay = optionalDay.pipe(z.date({ error: "required" }));

export const AdoptionRecordSchema = z.object({
  programmeId: id,
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  decisionToPrepareOn: optionalDay,
  decisionPostedOn: optionalDay,
  committeeReviewOn: optionalDay,
  councilVoteOn: optionalDay,
  votesFor: optionalCount,
  votesAgainst: optionalCount,
  votesAbstaining: optionalCount,
  governorVisaOn: optionalDay,
});
export type AdoptionRecordInput = z.infer<typeof AdoptionRecordSchema>;

export const CONSULTATION_KINDS = ["DOUAR_WORKSHOP", "ASSOCIATIONS", "EQUALITY_COMMITTEE", "PUBLIC_MEETING"] as const;

const ConsultationFields = {
  kind: z.enum(CONSULTATION_KINDS, { error: "required" }),
  heldOn: requiredDay,
  participantsWomen: optionalCount,
  participantsMen: optionalCount,
  summaryAr: requiredText(2000),
  summaryFr: requiredText(2000),
};

export const ConsultationAddSchema = z.object({ programmeId: id, ...ConsultationFields });
export type ConsultationAddInput = z.infer<typeof ConsultationAddSchema>;

export const ConsultationEditSchema = z.object({ consultationId: id, ...ConsultationFields });
export type ConsultationEditInput = z.infer<typeof ConsultationEditSchema>;

export const ConsultationRemoveSchema = z.object({ consultationId: id });
export type ConsultationRemoveInput = z.infer<typeof ConsultationRemoveSchema>;

export const AxisSchema = z.object({
  axisId: id,
  titleAr: requiredText(500),
  titleFr: requiredText(500),
  noteAr: optionalText(1000),
  noteFr: optionalText(1000),
});
export type AxisInput = z.infer<typeof AxisSchema>;
