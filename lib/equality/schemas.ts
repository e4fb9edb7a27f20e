// Form schemas of the equality committee, shared by the forms and the server actions. Messages are
// keys: core ones under "Errors" (required, tooLong, bidiControl), the committee's own under
// "Equality.errors" (EQUALITY_ERROR_KEYS; translated on the server for the client forms).
import { z } from "zod";
import { checkbox, id, optionalDay, optionalText, requiredText, whole } from "@/lib/forms/zod-fields";
import { day as dayField, time as timeField, zonedInstant } from "@/lib/programme/meeting-schemas";
import { COUNCIL_RESPONSES, PROPOSAL_STATUSES } from "./rules";

export const EQUALITY_ERROR_KEYS = [
  "sizeRange",
  "percentRange",
  "countRange",
  "listsMismatch",
  "invalidChoice",
  "notFound",
  "userNotFound",
  "alreadyMember",
  "termOrder",
  "dateFormat",
  "timeFormat",
  "meetingPast",
  "notHeldYet",
  "minutesRequired",
  "alreadyPublished",
  "noMembers",
  "statusTransition",
  "notAdopted",
  "tooManyVotes",
  "linkRequired",
  "followUpRejected",
  "responseRequired",
  "registrationClosed",
  "urlFormat",
  "alreadyAnswered",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeRefused",
  "attachmentsClosed",
] as const;
export type EqualityErrorKey = (typeof EQUALITY_ERROR_KEYS)[number];

/** One entry per non-empty line. */
export function lines(value: string | null | undefined): string[] {
  return (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

const list = optionalText(4000).transform((v) => lines(v));

export const SettingsSchema = z.object({
  nameAr: requiredText(200),
  nameFr: requiredText(200),
  minMembers: whole(1, 500, "countRange"),
  maxMembers: whole(1, 500, "countRange"),
  targetWomenPercent: whole(0, 100, "percentRange"),
  bureauRolesAr: list,
  bureauRolesFr: list,
  categoriesAr: list,
  categoriesFr: list,
  meetingsPerYear: whole(1, 52, "countRange"),
});
export type SettingsInput = z.infer<typeof SettingsSchema>;

const optionalIndex = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .refine((v) => v === "" || /^\d{1,3}$/.test(v), "invalidChoice")
  .transform((v) => (v === "" ? null : Number(v)));

const requiredDay = optionalDay.refine((v) => v !== null, "required").transform((v) => v!);

export const MemberSchema = z.object({
  memberId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  /** The account, by its e-mail (new members only). */
  email: z.string().optional().transform((v) => (v ?? "").trim().toLowerCase()),
  role: z.enum(["MEMBER", "RAPPORTEUR", "CHAIR"], { error: "invalidChoice" }),
  bureauRole: optionalIndex,
  organisation: optionalText(200),
  category: optionalIndex,
  gender: z.enum(["WOMAN", "MAN"], { error: "invalidChoice" }),
  termStart: requiredDay,
  termEnd: optionalDay,
  publicListing: checkbox,
}).superRefine((value, ctx) => {
  if (value.memberId === null && !/^[^\s@]+@[^\s@]+$/.test(value.email)) ctx.addIssue({ code: "custom", path: ["email"], message: "required" });
  if (value.termEnd && value.termEnd < value.termStart) ctx.addIssue({ code: "custom", path: ["termEnd"], message: "termOrder" });
});
export type MemberInput = z.infer<typeof MemberSchema>;

export const MeetingSchema = z
  .object({
    date: dayField,
    time: timeField,
    place: requiredText(300),
    agenda: requiredText(5000),
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, scheduledAt: zonedInstant(date, time) }));
export type MeetingInput = z.infer<typeof MeetingSchema>;

/** Minutes and decisions, saved as a draft or published; attendance as one checkbox per invited member (present-<memberId>). */
export const MinutesSchema = z.object({
  meetingId: id,
  minutes: optionalText(20_000),
  decisions: optionalText(10_000),
  publish: checkbox,
  present: z.array(id).default([]),
});
export type MinutesInput = z.infer<typeof MinutesSchema>;

const optionalId = z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null);

export const OpinionSchema = z
  .object({
    kind: z.enum(["OPINION", "PROPOSAL"], { error: "invalidChoice" }),
    subject: requiredText(200),
    requestedBy: z.enum(["COUNCIL", "PRESIDENT", "COMMITTEE"], { error: "invalidChoice" }),
    concerns: z.enum(["PROJECT", "PETITION", "SESSION", "PROGRAMME", "OTHER"], { error: "invalidChoice" }),
    projectId: optionalId,
    petitionId: optionalId,
    sessionId: optionalId,
    body: requiredText(20_000),
  })
  .superRefine((value, ctx) => {
    const needs = { PROJECT: "projectId", PETITION: "petitionId", SESSION: "sessionId" } as const;
    const field = needs[value.concerns as keyof typeof needs];
    if (field && value[field] === null) ctx.addIssue({ code: "custom", path: [field], message: "linkRequired" });
  });
export type OpinionInput = z.infer<typeof OpinionSchema>;

/** One step of the workflow; the fields each step needs are checked by the service. */
export const OpinionStepSchema = z.object({
  opinionId: id,
  to: z.enum(PROPOSAL_STATUSES, { error: "invalidChoice" }),
  votesFor: z.string().optional().transform((v) => v ?? "").pipe(z.union([z.literal("").transform(() => null), whole(0, 500, "countRange")])),
  votesAgainst: z.string().optional().transform((v) => v ?? "").pipe(z.union([z.literal("").transform(() => null), whole(0, 500, "countRange")])),
  votesAbstaining: z.string().optional().transform((v) => v ?? "").pipe(z.union([z.literal("").transform(() => null), whole(0, 500, "countRange")])),
  note: optionalText(5000),
});
export type OpinionStepInput = z.infer<typeof OpinionStepSchema>;

export const CouncilResponseSchema = z.object({
  opinionId: id,
  response: z.enum(COUNCIL_RESPONSES, { error: "invalidChoice" }),
  responseText: requiredText(10_000),
  responseOn: optionalDay.refine((v) => v !== null, "required").transform((v) => v!),
});
export type CouncilResponseInput = z.infer<typeof CouncilResponseSchema>;

const webAddress = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .refine((v) => v === "" || (/^https?:\/\/\S+$/.test(v) && v.length <= 500), "urlFormat")
  .transform((v) => v || null);

export const TrainingSchema = z
  .object({
    title: requiredText(200),
    audience: requiredText(300),
    date: dayField,
    time: timeField,
    place: requiredText(300),
    materialsUrl: webAddress,
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, startsAt: zonedInstant(date, time) }));
export type TrainingInput = z.infer<typeof TrainingSchema>;

export const RegistrationSchema = z.object({
  trainingId: id,
  gender: z.union([z.literal(""), z.enum(["WOMAN", "MAN"])], { error: "invalidChoice" }).optional().transform((v) => (v ? v : null)),
});
export type RegistrationInput = z.infer<typeof RegistrationSchema>;

export const TrainingAttendanceSchema = z.object({ trainingId: id, present: z.array(z.string().uuid("invalidChoice")).default([]) });
export type TrainingAttendanceInput = z.infer<typeof TrainingAttendanceSchema>;

export const MeansRequestSchema = z.object({ subject: requiredText(200), details: requiredText(5000) });
export type MeansRequestInput = z.infer<typeof MeansRequestSchema>;

export const MeansAnswerSchema = z.object({
  requestId: id,
  status: z.enum(["GRANTED", "PARTLY_GRANTED", "REFUSED"], { error: "invalidChoice" }),
  answer: requiredText(5000),
});
export type MeansAnswerInput = z.infer<typeof MeansAnswerSchema>;

export const COMMITTEE_DOCUMENT_KINDS = ["DRAFT", "STUDY", "TRAINING_MATERIAL", "OTHER"] as const;
export const LIBRARY_SPACES = ["EQUALITY_COMMITTEE", "INTERNAL_AUDIT"] as const;
export type LibrarySpace = (typeof LIBRARY_SPACES)[number];

/** The text fields of a library upload; the file itself is checked by lib/uploads/evidence.ts. */
export const CommitteeDocumentSchema = z.object({
  title: requiredText(200),
  kind: z.enum(COMMITTEE_DOCUMENT_KINDS, { error: "invalidChoice" }),
  description: optionalText(1000),
  /** Attached to a meeting's minutes or to an opinion (from their pages). */
  meetingId: id.optional(),
  opinionId: id.optional(),
  /** Whose library: the equality committee's, or the internal-audit committee's working papers. */
  space: z.enum(LIBRARY_SPACES, { error: "invalidChoice" }).default("EQUALITY_COMMITTEE"),
});
export type CommitteeDocumentInput = z.infer<typeof CommitteeDocumentSchema>;

export const CommitteeDocumentRemovalSchema = z.object({ documentId: id });
