// Form schemas of the participatory budget, shared by the forms and the server actions. Messages
// are keys: core ones under "Errors", the budget's own under "Budget.errors" (BUDGET_ERROR_KEYS).
import { z } from "zod";
import { id, optionalDay, requiredText, whole } from "@/lib/forms/zod-fields";
import { CLOSE_ACTIONS, type CloseAction } from "./rules";

export const BUDGET_ERROR_KEYS = [
  "amountRange",
  "yearRange",
  "yearTaken",
  "invalidChoice",
  "datesOrder",
  "datesBackwards",
  "phaseClosed",
  "notYours",
  "notFound",
  "revisedCostRequired",
  "emailNotVerified",
  "noChoice",
  "overEnvelope",
  "reviewPending",
  "programmeInvalid",
  "outsideProgramme",
] as const;
export type BudgetErrorKey = (typeof BUDGET_ERROR_KEYS)[number];

export const TITLE_MAX = 150;
export const DESCRIPTION_MAX = 5000;
export const REASON_MAX = 2000;
export const CHARTER_MAX = 20000;
export const MAX_AMOUNT_MAD = 1_000_000_000;

const amount = whole(1, MAX_AMOUNT_MAD, "amountRange", true);
const requiredDay = optionalDay.refine((value) => value !== null, "required").transform((value) => value!);
export const COMPETENCES = ["OWN", "SHARED", "TRANSFERRED"] as const;

/** The douar of a proposal: a douar's id, or "commune" for the whole commune. */
const douarChoice = z
  .string({ error: "required" })
  .refine((value) => value === "commune" || /^[1-9]\d{0,8}$/.test(value), "required")
  .transform((value) => (value === "commune" ? null : Number(value)));

const proposalFields = {
  title: requiredText(TITLE_MAX),
  description: requiredText(DESCRIPTION_MAX),
  douar: douarChoice,
  competence: z.enum(COMPETENCES, { error: "invalidChoice" }),
  estimatedCostMad: amount,
};

export const ProposalSchema = z.object({ cycleId: id, ...proposalFields });
export type ProposalInput = z.infer<typeof ProposalSchema>;

export const ProposalEditSchema = z.object({ proposalId: id, ...proposalFields });
export type ProposalEditInput = z.infer<typeof ProposalEditSchema>;

export const ReviewSchema = z
  .object({
    proposalId: id,
    feasible: z.enum(["yes", "no"], { error: "invalidChoice" }).transform((v) => v === "yes"),
    reason: requiredText(REASON_MAX),
    revisedCostMad: z.string().optional().transform((v) => v ?? "").pipe(z.union([z.literal("").transform(() => null), amount])),
  })
  .superRefine((value, ctx) => {
    if (value.feasible && value.revisedCostMad === null) ctx.addIssue({ code: "custom", path: ["revisedCostMad"], message: "revisedCostRequired" });
  });
export type ReviewInput = z.infer<typeof ReviewSchema>;

const cycleFields = {
  envelopeMad: amount,
  charterAr: requiredText(CHARTER_MAX),
  charterFr: requiredText(CHARTER_MAX),
  proposalsStart: requiredDay,
  proposalsEnd: requiredDay,
  voteStart: requiredDay,
  voteEnd: requiredDay,
  programmeId: id,
  axisId: id,
};

export const CycleSchema = z.object({ year: whole(2020, 2100, "yearRange"), ...cycleFields });
export type CycleInput = z.infer<typeof CycleSchema>;

export const CycleUpdateSchema = z.object({ cycleId: id, ...cycleFields });
export type CycleUpdateInput = z.infer<typeof CycleUpdateSchema>;

export const CloseSchema = z.object({
  cycleId: id,
  action: z.enum(Object.keys(CLOSE_ACTIONS) as [CloseAction, ...CloseAction[]], { error: "invalidChoice" }),
});
export type CloseInput = z.infer<typeof CloseSchema>;

export const BallotSchema = z.object({
  cycleId: id,
  proposalIds: z.array(id).max(500).default([]),
});
export type BallotInput = z.infer<typeof BallotSchema>;
