// Form schemas of a project's tracking data (milestones, indicators and their yearly values,
// funding lines), shared by the tracking page's forms and their server actions. Messages are keys:
// core ones under "Errors", the tracking page's own under "ProgrammeTracking.errors".
import { z } from "zod";
import { id, latinDigits, optionalText, requiredText } from "@/lib/forms/zod-fields";

/** Keys under "ProgrammeTracking.errors". */
export const TRACKING_ERROR_KEYS = ["dateFormat", "number", "wholeNumber", "amountRange", "yearRange", "outsideProgramme", "notFound"] as const;

const MAX_AMOUNT_MAD = 10_000_000_000;

/** A calendar day typed as YYYY-MM-DD (Latin or Arabic digits), or null if empty. */
const optionalDay = z
  .string()
  .optional()
  .transform((value) => latinDigits(value ?? "").trim())
  .refine((value) => {
    if (value === "") return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "dateFormat")
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

/** A number that may have decimals (a comma or a point), e.g. an indicator's value. */
const decimal = z
  .string({ error: "required" })
  .transform((value) => latinDigits(value).replace(/[\s\u00A0\u202F]/g, "").replace(/[,٫]/, "."))
  .pipe(z.string().min(1, "required").regex(/^-?\d{1,12}(\.\d{1,6})?$/, "number"))
  .transform(Number);

/** A whole number in [min, max], with a range key when outside. */
const whole = (min: number, max: number, rangeKey: "amountRange" | "yearRange", grouped = false) =>
  z
    .string({ error: "required" })
    .transform((value) => latinDigits(value).replace(grouped ? /[\s\u00A0\u202F.,'’]/g : /[\s\u00A0\u202F]/g, ""))
    .pipe(z.string().min(1, "required").regex(/^-?\d{1,12}$/, "wholeNumber"))
    .transform(Number)
    .pipe(z.number().min(min, rangeKey).max(max, rangeKey));

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
