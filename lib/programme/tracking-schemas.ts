// Form schemas of a project's tracking data (milestones, indicators and their yearly values,
// funding lines), shared by the tracking page's forms and their server actions. Messages are keys:
// core ones under "Errors", the tracking page's own under "ProgrammeTracking.errors".
import { z } from "zod";
import { decimal, id, optionalDay, optionalText, requiredText, whole } from "@/lib/forms/zod-fields";

/** Keys under "ProgrammeTracking.errors". */
export const TRACKING_ERROR_KEYS = ["amountRange", "yearRange", "outsideProgramme", "dateOutsideProgramme", "notFound"] as const;

const MAX_AMOUNT_MAD = 10_000_000_000;

const MilestoneFields = {
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  dueOn: optionalDay,
  doneOn: optionalDay,
};

export const MilestoneAddSchema = z.object({ projectId: id, ...MilestoneFields });
export type MilestoneAddInput = z.infer<typeof MilestoneAddSchema>;

export const MilestoneEditSchema = z.object({ milestoneId: id, ...MilestoneFields });
export type MilestoneEditInput = z.infer<typeof MilestoneEditSchema>;

export const IndicatorAddSchema = z.object({
  projectId: id,
  nameAr: requiredText(300),
  nameFr: requiredText(300),
  unitAr: requiredText(60),
  unitFr: requiredText(60),
  baseline: decimal,
  target: decimal,
});
export type IndicatorAddInput = z.infer<typeof IndicatorAddSchema>;

export const IndicatorValueSchema = z.object({
  indicatorId: id,
  year: whole(2000, 2100, "yearRange"),
  value: decimal,
});
export type IndicatorValueInput = z.infer<typeof IndicatorValueSchema>;

export const FundingAddSchema = z.object({
  projectId: id,
  partner: requiredText(200),
  amountMad: whole(0, MAX_AMOUNT_MAD, "amountRange", true),
  agreementRef: optionalText(100),
});
export type FundingAddInput = z.infer<typeof FundingAddSchema>;

export const FundingRemoveSchema = z.object({ fundingLineId: id });
export type FundingRemoveInput = z.infer<typeof FundingRemoveSchema>;
