// Form schemas of the action programme's staff and engagement forms, shared by the forms and the
// server actions. Messages are keys: core ones under "Errors" (required, tooLong, bidiControl),
// the programme's own under "ProgrammeAdmin.errors" (see PROGRAMME_ERROR_KEYS).
import { z } from "zod";
import { checkbox, id, latinDigits, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { statusNeedsReason } from "./rules";

export const PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS", "DELAYED", "COMPLETED", "CANCELLED"] as const;
export const COMPETENCES = ["OWN", "SHARED", "TRANSFERRED"] as const;
export const GENDER_TAGS = ["NOT_ASSESSED", "SENSITIVE", "TARGETED"] as const;
export const COMMENT_KINDS = ["QUESTION", "OBSERVATION"] as const;
export const DIFFICULTY_STATUSES = ["RECEIVED", "UNDER_STUDY", "ANSWERED", "RESOLVED"] as const;

/** Keys under "ProgrammeAdmin.errors"; the staff and engagement forms translate these there. */
/** The keys a project's fields may fail with (the form's schema and the service's checks); the CSV import reports them too. */
export const PROJECT_ERROR_KEYS = [
  "wholeNumber",
  "amountRange",
  "yearRange",
  "rankRange",
  "endBeforeStart",
  "outsideProgramme",
  "codeFormat",
  "codeTaken",
  "invalidChoice",
  "douarsOrWholeCommune",
  "reasonRequired",
] as const;

export const PROGRAMME_ERROR_KEYS = [
  ...PROJECT_ERROR_KEYS,
  "percentRange",
  "answerRequired",
  "statusTransition",
  "difficultyClosed",
  "notFound",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeRefused",
  "fileTypeMismatch",
  "fileUnreadable",
  "tooManyFiles",
  "filesTooLarge",
] as const;
export type ProgrammeErrorKey = (typeof PROGRAMME_ERROR_KEYS)[number];

/** A whole number typed in a form (Latin or Arabic digits, spaces and separators allowed), or null if empty. */
function wholeNumber({ min, max, required, rangeKey, grouped = false }: { min: number; max: number; required: boolean; rangeKey: ProgrammeErrorKey; grouped?: boolean }) {
  // Amounts may be typed with digit grouping ("1.200.000", "1 200 000"); other numbers may not,
  // so that "12.5" reads as a decimal (refused) rather than as 125.
  const separators = grouped ? /[\s\u00A0\u202F.,'’]/g : /[\s\u00A0\u202F]/g;
  return z
    .string()
    .optional()
    .transform((value) => latinDigits(value ?? "").replace(separators, ""))
    .superRefine((value, ctx) => {
      if (value === "") {
        if (required) ctx.addIssue({ code: "custom", message: "required" });
        return;
      }
      if (!/^\d{1,12}$/.test(value)) ctx.addIssue({ code: "custom", message: "wholeNumber" });
      else if (Number(value) < min || Number(value) > max) ctx.addIssue({ code: "custom", message: rangeKey });
    })
    .transform((value) => (value === "" ? null : Number(value)));
}

const requiredNumber = (options: { min: number; max: number; rangeKey: ProgrammeErrorKey }) =>
  wholeNumber({ ...options, required: true }).transform((value) => value!);

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalidChoice") });

const MAX_AMOUNT_MAD = 10_000_000_000;

const ProjectFields = z.object({
  programmeId: id,
  axisId: id,
  titleAr: requiredText(200),
  titleFr: requiredText(200),
  descriptionAr: requiredText(5000),
  descriptionFr: requiredText(5000),
  competence: choice(COMPETENCES),
  genderTag: choice(GENDER_TAGS),
  wholeCommune: checkbox,
  douarIds: z.array(id).max(200).default([]),
  /** Verified associations taking part in the project. */
  partnerIds: z.array(id).max(100).default([]),
  priorityRank: wholeNumber({ min: 1, max: 999, required: false, rangeKey: "rankRange" }),
  startYear: requiredNumber({ min: 2000, max: 2100, rangeKey: "yearRange" }),
  endYear: requiredNumber({ min: 2000, max: 2100, rangeKey: "yearRange" }),
  estimatedCostMad: wholeNumber({ min: 0, max: MAX_AMOUNT_MAD, required: false, rangeKey: "amountRange", grouped: true }),
  responsibleService: optionalText(200),
  status: choice(PROJECT_STATUSES),
  statusReasonAr: optionalText(2000),
  statusReasonFr: optionalText(2000),
});

/**
 * Rules across fields. They run even when another field is wrong (`when`), so that the form lists
 * every problem at once; each rule therefore only looks at fields that parsed.
 */
function projectRules(project: z.infer<typeof ProjectFields>, ctx: z.RefinementCtx): void {
  const { startYear, endYear, wholeCommune, douarIds, status, statusReasonAr } = project as Partial<typeof project>;
  if (typeof startYear === "number" && typeof endYear === "number" && endYear < startYear) {
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "endBeforeStart" });
  }
  if (wholeCommune === false && Array.isArray(douarIds) && douarIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["douarIds"], message: "douarsOrWholeCommune" });
  }
  // The Arabic reason is the one the database requires (projects_status_reason_required); French is optional.
  if ((PROJECT_STATUSES as readonly unknown[]).includes(status) && statusNeedsReason(status!) && typeof statusReasonAr !== "string") {
    ctx.addIssue({ code: "custom", path: ["statusReasonAr"], message: "reasonRequired" });
  }
}
const ALWAYS = { when: () => true };

export const ProjectSchema = ProjectFields.extend({
  code: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().min(1, "required").regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "codeFormat")),
}).superRefine(projectRules, ALWAYS);
export type ProjectInput = z.infer<typeof ProjectSchema>;

/** The edit form has no code: a project's code is its public address and never changes. */
export const ProjectUpdateSchema = ProjectFields.extend({ projectId: id }).superRefine(projectRules, ALWAYS);
export type ProjectUpdateInput = z.infer<typeof ProjectUpdateSchema>;

export const ProgressUpdateSchema = z
  .object({
    projectId: id,
    physicalPercent: requiredNumber({ min: 0, max: 100, rangeKey: "percentRange" }),
    financialPercent: requiredNumber({ min: 0, max: 100, rangeKey: "percentRange" }),
    committedMad: wholeNumber({ min: 0, max: MAX_AMOUNT_MAD, required: false, rangeKey: "amountRange", grouped: true }),
    spentMad: wholeNumber({ min: 0, max: MAX_AMOUNT_MAD, required: false, rangeKey: "amountRange", grouped: true }),
    noteAr: optionalText(4000),
    noteFr: optionalText(4000),
    captionAr: optionalText(300),
    captionFr: optionalText(300),
  });
export type ProgressUpdateInput = z.infer<typeof ProgressUpdateSchema>;

export const CommentSchema = z.object({
  projectId: id,
  kind: choice(COMMENT_KINDS),
  body: requiredText(3000).pipe(z.string().min(5, "tooShort")),
});
export type CommentInput = z.infer<typeof CommentSchema>;

export const DifficultySchema = z.object({
  projectId: id,
  body: requiredText(3000).pipe(z.string().min(10, "tooShort")),
});
export type DifficultyInput = z.infer<typeof DifficultySchema>;

export const OfficialAnswerSchema = z.object({
  commentId: id,
  body: requiredText(5000),
});
export type OfficialAnswerInput = z.infer<typeof OfficialAnswerSchema>;

export const DifficultyAnswerSchema = z
  .object({
    difficultyId: id,
    status: choice(DIFFICULTY_STATUSES),
    answer: optionalText(5000),
  })
  .superRefine((value, ctx) => {
    // An answered or resolved difficulty always says what the commune answered.
    if ((value.status === "ANSWERED" || value.status === "RESOLVED") && !value.answer) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: "answerRequired" });
    }
  });
export type DifficultyAnswerInput = z.infer<typeof DifficultyAnswerSchema>;

/** Staff withdraw a piece of evidence (a person recognisable in a photo, a wrong file), saying why. */
export const EvidenceWithdrawalSchema = z.object({ evidenceId: id, reason: requiredText(500) });
export type EvidenceWithdrawalInput = z.infer<typeof EvidenceWithdrawalSchema>;

export const FollowSchema = z.object({ projectId: id, follow: z.enum(["1", "0"]).transform((v) => v === "1") });

/** Staff moderation: hide a question or observation from the public page, or show it again. */
export const CommentVisibilitySchema = z.object({ commentId: id, hide: z.enum(["1", "0"]).transform((v) => v === "1") });

/**
 * Which status a difficulty may move to. Nothing goes back to "received"; "resolved" is final.
 * Staying in the same status is allowed so that an answer can be completed or corrected (the
 * audit log keeps the earlier text).
 */
export const DIFFICULTY_NEXT: Readonly<Record<(typeof DIFFICULTY_STATUSES)[number], readonly (typeof DIFFICULTY_STATUSES)[number][]>> = {
  RECEIVED: ["UNDER_STUDY", "ANSWERED", "RESOLVED"],
  UNDER_STUDY: ["UNDER_STUDY", "ANSWERED", "RESOLVED"],
  ANSWERED: ["ANSWERED", "UNDER_STUDY", "RESOLVED"],
  RESOLVED: [],
};
