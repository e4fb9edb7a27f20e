// Form schemas of audit reports and recommendations. Messages are keys: core ones under "Errors",
// this feature's under "AuditReports.errors".
import { z } from "zod";
import { id, optionalDay, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { RECOMMENDATION_STATUSES, SOURCE_VALUES } from "./rules";

/** Keys under "AuditReports.errors". */
export const AUDIT_ERROR_KEYS = ["dateFormat", "periodOrder", "documentNotAudit", "reasonRequired", "dateInFuture", "notFound"] as const;

const requiredDay = optionalDay.refine((value) => value !== null, "required").transform((value) => value as Date);
/** An optional select of a library document: empty is none. */
const optionalId = z.string().optional().transform((v) => (v && /^[1-9]\d{0,8}$/.test(v) ? Number(v) : null));

export const ReportFieldsSchema = z
  .object({
    source: z.enum(SOURCE_VALUES, { error: "required" }),
    titleAr: requiredText(300),
    titleFr: requiredText(300),
    summaryAr: optionalText(3000).transform((v) => v ?? ""),
    summaryFr: optionalText(3000).transform((v) => v ?? ""),
    periodFrom: optionalDay,
    periodTo: optionalDay,
    receivedOn: requiredDay,
    presentedOn: optionalDay,
    documentId: optionalId,
  })
  .refine((d) => !d.periodFrom || !d.periodTo || d.periodFrom <= d.periodTo, { message: "periodOrder", path: ["periodTo"] });
export type ReportFieldsInput = z.infer<typeof ReportFieldsSchema>;

export const ReportIdSchema = z.object({ reportId: id });
export const ReportUpdateSchema = ReportIdSchema.and(ReportFieldsSchema);

export const PublishReportSchema = z.object({ reportId: id, publish: z.enum(["1", "0"]).transform((v) => v === "1") });

export const RecommendationSchema = z.object({
  reportId: id,
  textAr: requiredText(3000),
  textFr: requiredText(3000),
  serviceAr: requiredText(200),
  serviceFr: requiredText(200),
  dueOn: requiredDay,
});
export type RecommendationInput = z.infer<typeof RecommendationSchema>;

export const FollowUpSchema = z.object({
  recommendationId: id,
  notedOn: requiredDay,
  status: z.enum(RECOMMENDATION_STATUSES, { error: "required" }),
  text: requiredText(3000),
});
export type FollowUpInput = z.infer<typeof FollowUpSchema>;
