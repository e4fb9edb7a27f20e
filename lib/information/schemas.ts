// Form schemas of access-to-information requests (law 31.13 art. 14) and of the officer's actions.
// Messages are keys: core ones under "Errors", this feature's under "Information.errors".
import { z } from "zod";
import { checkbox, id, latinDigits, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { CIN_PATTERN, normalizeIdNumber } from "@/lib/security/personal-data";
import { CATEGORY_VALUES } from "@/lib/documents/rules";
import { ART7_EXCEPTIONS, REFUSAL_GROUNDS, refusalProblems } from "./rules";

/** Keys under "Information.errors". */
export const INFORMATION_ERROR_KEYS = [
  "cinFormat",
  "permitFormat",
  "emailFormat",
  "dateFormat",
  "dateInFuture",
  "answerRequired",
  "withheldRequired",
  "groundRequired",
  "reasonsRequired",
  "exceptionRequired",
  "referenceRequired",
  "alreadyExtended",
  "alreadyAnswered",
  "firstDeadlinePassed",
  "alreadyComplained",
  "notYetOpen",
  "complaintPeriodOver",
  "noComplaint",
  "alreadyDecided",
  "notFound",
  "notAnswered",
  "privacyCheckRequired",
  "notArchived",
] as const;

export const IDENTITY_KINDS = ["CIN", "RESIDENCE_PERMIT"] as const;
export const DELIVERY_MODES = ["ON_SITE", "EMAIL", "COPY"] as const;
export const OFFICER_CHANNELS = ["IN_PERSON", "POST", "EMAIL"] as const;
export const OUTCOMES = ["GIVEN", "PARTIAL", "REFUSED"] as const;

const RESIDENCE_PERMIT_PATTERN = /^[A-Z0-9]{4,20}$/;

/** The fields of art. 14, the same on the portal form and the officer's entry of a paper request. */
const RequestFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  address: requiredText(300),
  identityKind: z.enum(IDENTITY_KINDS, { error: "required" }),
  identityNumber: z
    .string({ error: "required" })
    .transform((value) => normalizeIdNumber(latinDigits(value)))
    .pipe(z.string().min(1, "required").max(20, "tooLong")),
  email: optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, "emailFormat"),
  informationRequested: requiredText(4000),
  deliveryMode: z.enum(DELIVERY_MODES, { error: "required" }),
  urgent: checkbox,
};

function identityFormat<T extends { identityKind: string; identityNumber: string }>(data: T, ctx: z.RefinementCtx) {
  if (data.identityKind === "CIN" && !CIN_PATTERN.test(data.identityNumber)) ctx.addIssue({ code: "custom", path: ["identityNumber"], message: "cinFormat" });
  if (data.identityKind === "RESIDENCE_PERMIT" && !RESIDENCE_PERMIT_PATTERN.test(data.identityNumber)) ctx.addIssue({ code: "custom", path: ["identityNumber"], message: "permitFormat" });
}

export const RequestFormSchema = z.object(RequestFields).superRefine(identityFormat);
export type RequestFormInput = z.infer<typeof RequestFormSchema>;

/** A day typed as YYYY-MM-DD (Latin or Arabic digits). */
const day = z
  .string({ error: "required" })
  .transform((value) => latinDigits(value).trim())
  .pipe(z.string().min(1, "required"))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "dateFormat")
  .transform((value) => new Date(`${value}T00:00:00Z`));

export const OfficerEntrySchema = z
  .object({ ...RequestFields, channel: z.enum(OFFICER_CHANNELS, { error: "required" }), receivedOn: day })
  .superRefine(identityFormat);
export type OfficerEntryInput = z.infer<typeof OfficerEntrySchema>;

export const ExtendSchema = z.object({ requestId: id, reason: requiredText(2000) });
export type ExtendInput = z.infer<typeof ExtendSchema>;

/** The officer's answer. The exceptions arrive as several values of one field (checkboxes). */
export const AnswerSchema = z
  .object({
    requestId: id,
    outcome: z.enum(OUTCOMES, { error: "required" }),
    answerText: optionalText(8000),
    withheldPart: optionalText(2000),
    refusalGround: z.enum(REFUSAL_GROUNDS).optional().or(z.literal("").transform(() => undefined)),
    exceptions: z.array(z.enum(ART7_EXCEPTIONS)).default([]),
    refusalReasons: optionalText(4000),
    publishedReference: optionalText(500),
  })
  .superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (data.outcome !== "REFUSED" && !data.answerText) issue("answerText", "answerRequired");
    if (data.outcome === "PARTIAL" && !data.withheldPart) issue("withheldPart", "withheldRequired");
    if (data.outcome === "GIVEN") return;
    // A partial answer says why the rest is withheld, on the same grounds as a refusal (arts. 8, 18).
    if (!data.refusalGround) return issue("refusalGround", "groundRequired");
    const problems = refusalProblems({
      ground: data.refusalGround,
      exceptions: data.exceptions,
      reasons: data.refusalReasons ?? "",
      publishedReference: data.publishedReference ?? "",
    });
    if (problems.includes("reasonsRequired")) issue("refusalReasons", "reasonsRequired");
    if (problems.includes("exceptionRequired")) issue("exceptions", "exceptionRequired");
    if (problems.includes("referenceRequired")) issue("publishedReference", "referenceRequired");
  });
export type AnswerInput = z.infer<typeof AnswerSchema>;

export const ComplaintSchema = z.object({ reference: requiredText(20), text: requiredText(4000) });
export type ComplaintInput = z.infer<typeof ComplaintSchema>;

export const ComplaintDecisionSchema = z.object({ requestId: id, decision: requiredText(4000) });
export type ComplaintDecisionInput = z.infer<typeof ComplaintDecisionSchema>;

/** The officer's redacted version of an answered request for the public archive. */
export const ArchiveSchema = z.object({
  requestId: id,
  category: z.enum(CATEGORY_VALUES, { error: "required" }),
  question: requiredText(4000),
  answer: requiredText(8000),
  privacyChecked: z.literal("on", { error: "privacyCheckRequired" }),
});
export type ArchiveInput = z.infer<typeof ArchiveSchema>;

export const WithdrawArchiveSchema = z.object({ requestId: id, reason: requiredText(1000) });
export type WithdrawArchiveInput = z.infer<typeof WithdrawArchiveSchema>;

/** The public archive's filters, from the query string; anything invalid is ignored. */
export const ArchiveFiltersSchema = z.object({
  category: z.enum(CATEGORY_VALUES).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined).transform((v) => v ?? 1),
});
export type ArchiveFilters = z.infer<typeof ArchiveFiltersSchema>;
