// The administrator's forms for the commune's settings (design.md §5) and the holiday calendar.
// Error values are keys under "Errors" or "Settings.errors".
import { z } from "zod";
import { MAX_SIGNATORY_RETENTION_MONTHS } from "@/lib/petitions/rules";
import { checkbox, id, optionalDay, optionalText, requiredText, whole } from "@/lib/forms/zod-fields";

export const SETTINGS_ERROR_KEYS = ["httpsUrl", "emailFormat", "sessionMonths", "populationRange", "councilSizeRange", "yearRange", "mandateOrder", "retentionRange", "dateTaken", "notFound"] as const;

/** An address of a social account: https only, so that the footer never links to a downgraded page. */
const httpsUrl = optionalText(300).refine((value) => value === null || /^https:\/\/[^\s/$.?#][^\s]*$/i.test(value), "httpsUrl");

export const CommuneSettingsSchema = z
  .object({
    nameAr: requiredText(200),
    nameFr: requiredText(200),
    code: requiredText(40),
    provinceAr: requiredText(200),
    provinceFr: requiredText(200),
    regionAr: requiredText(200),
    regionFr: requiredText(200),
    legalPopulation: whole(1, 10_000_000, "populationRange", true),
    censusYear: whole(1960, 2100, "yearRange"),
    hasArrondissements: checkbox,
    councilSize: whole(9, 100, "councilSizeRange"),
    /** The months of the ordinary sessions (OL 113.14 art. 33: February, May, October). */
    ordinarySessionMonths: z
      .array(z.coerce.number().int().min(1).max(12))
      .transform((months) => [...new Set(months)].sort((a, b) => a - b))
      .refine((months) => months.length === 3, "sessionMonths"),
    mandateStartYear: whole(2000, 2100, "yearRange"),
    mandateEndYear: whole(2000, 2100, "yearRange"),
    addressAr: requiredText(400),
    addressFr: requiredText(400),
    phone: requiredText(40),
    email: requiredText(200).pipe(z.email("emailFormat")),
    informationOfficer: optionalText(200),
    informationOfficerContact: optionalText(400),
    facebookUrl: httpsUrl,
    instagramUrl: httpsUrl,
    youtubeUrl: httpsUrl,
    signatoryDataRetentionMonths: whole(1, MAX_SIGNATORY_RETENTION_MONTHS, "retentionRange"),
    cndpAuthorisation: optionalText(100),
    staffSecondFactorRequired: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.mandateEndYear <= value.mandateStartYear) ctx.addIssue({ code: "custom", path: ["mandateEndYear"], message: "mandateOrder" });
  });
export type CommuneSettingsInput = z.infer<typeof CommuneSettingsSchema>;

/** A religious or exceptional holiday; without holidayId, a new one. */
export const HolidaySchema = z.object({
  holidayId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  date: optionalDay.refine((value) => value !== null, "required"),
  nameAr: requiredText(120),
  nameFr: requiredText(120),
  kind: z.enum(["RELIGIOUS", "EXCEPTIONAL"], { error: "required" }),
  confirmed: checkbox,
});
export type HolidayInput = z.infer<typeof HolidaySchema>;

export const HolidayIdSchema = z.object({ holidayId: id });
