// Form schemas of the douar forum, shared by the forms and the server actions. Messages are keys:
// core ones under "Errors" (required, tooLong, bidiControl), the forum's own under "Forum.errors"
// (FORUM_ERROR_KEYS; translated on the server for the client forms).
import { z } from "zod";
import { checkbox, id, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { day as dayField, time as timeField, zonedInstant } from "@/lib/programme/meeting-schemas";
import { STATUS_NOTE_MAX, TOPIC_STATUSES } from "./rules";

export const FORUM_ERROR_KEYS = [
  "markup",
  "notFound",
  "topicClosed",
  "statusTransition",
  "noteRequired",
  "projectRequired",
  "competentBodyRequired",
  "reasonRequired",
  "invalidChoice",
  "postingSuspended",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeRefused",
  "fileTypeMismatch",
  "fileUnreadable",
  "tooManyFiles",
  "filesTooLarge",
  "notAPhoto",
  "slugFormat",
  "slugTaken",
  "agendaRequired",
  "tooManyTopics",
  "meetingPast",
  "alreadyPublished",
  "notHeldYet",
  "dateFormat",
  "timeFormat",
] as const;
export type ForumErrorKey = (typeof FORUM_ERROR_KEYS)[number];

export const TITLE_MAX = 150;
export const BODY_MAX = 5000;
export const REPLY_MAX = 3000;
export const PLACE_MAX = 200;
export const REASON_MAX = 500;

// Text is always shown escaped, so markup is harmless; but a post made of tags is not what a
// resident meant to write, and saying so is clearer than showing "<script>" back.
const MARKUP = /<\s*\/?\s*(script|style|iframe|object|embed|img|svg|a|div|span|p|b|i|html|body)\b[^>]*>/i;
const noMarkup = <T extends z.ZodType<string | null>>(schema: T) => schema.refine((value) => !value || !MARKUP.test(value), "markup");

const forumText = (max: number) => noMarkup(requiredText(max));
const optionalForumText = (max: number) => noMarkup(optionalText(max));

/** The douar of a topic: a douar's id, or "commune" for the whole commune's space. */
const douarChoice = z
  .string({ error: "required" })
  .refine((value) => value === "commune" || /^[1-9]\d{0,8}$/.test(value), "required")
  .transform((value) => (value === "commune" ? null : Number(value)));

export const TopicSchema = z.object({
  douar: douarChoice,
  categoryId: id,
  title: forumText(TITLE_MAX),
  body: forumText(BODY_MAX),
  place: optionalForumText(PLACE_MAX),
});
export type TopicInput = z.infer<typeof TopicSchema>;

export const ReplySchema = z.object({ topicId: id, body: forumText(REPLY_MAX) });
export type ReplyInput = z.infer<typeof ReplySchema>;

export const ToggleSchema = z.object({ topicId: id, on: z.enum(["0", "1"]).transform((v) => v === "1") });

export const ReportSchema = z.object({
  topicId: id,
  postId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  reason: forumText(REASON_MAX),
});
export type ReportInput = z.infer<typeof ReportSchema>;

export const OfficialAnswerSchema = z.object({ topicId: id, body: forumText(REPLY_MAX) });
export type OfficialAnswerInput = z.infer<typeof OfficialAnswerSchema>;

export const StatusChangeSchema = z.object({
  topicId: id,
  status: z.enum(TOPIC_STATUSES, { error: "invalidChoice" }),
  note: noMarkup(requiredText(STATUS_NOTE_MAX)),
  projectId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  competentBody: optionalForumText(200),
});
export type StatusChangeInput = z.infer<typeof StatusChangeSchema>;

export const HideSchema = z.object({
  topicId: id,
  postId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  hide: checkbox,
  reason: optionalForumText(REASON_MAX),
});
export type HideInput = z.infer<typeof HideSchema>;

const COMPETENCE_CHOICES = ["OWN", "SHARED", "TRANSFERRED"] as const;

/** An administrator's edit of a category; without categoryId, a new one (with its slug). */
export const CategorySchema = z
  .object({
    categoryId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
    slug: z.string().optional().transform((v) => (v ?? "").trim()),
    nameAr: noMarkup(requiredText(120)),
    nameFr: noMarkup(requiredText(120)),
    competence: z.union([z.literal("").transform(() => null), z.enum(COMPETENCE_CHOICES, { error: "invalidChoice" })]).optional().transform((v) => v ?? null),
    position: z.coerce.number({ error: "required" }).int("required").min(0, "required").max(999, "required"),
    active: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.categoryId === null && !/^[a-z0-9-]{2,40}$/.test(value.slug)) ctx.addIssue({ code: "custom", path: ["slug"], message: "slugFormat" });
  });
export type CategoryInput = z.infer<typeof CategorySchema>;

// ---------------------------------------------------------------------------------------------
// Douar forum meetings
// ---------------------------------------------------------------------------------------------

export const ForumMeetingSchema = z
  .object({
    douarId: id,
    date: dayField,
    time: timeField,
    place: noMarkup(requiredText(300)),
    topicIds: z.array(id, { error: "agendaRequired" }).default([]),
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, scheduledAt: zonedInstant(date, time) }));
export type ForumMeetingInput = z.infer<typeof ForumMeetingSchema>;

export const ForumMinutesSchema = z.object({
  meetingId: id,
  minutes: noMarkup(requiredText(10000)),
  /** Outcome per agenda topic, by topic id; empty ones are left out. */
  outcomes: z.record(z.string().regex(/^\d+$/), noMarkup(optionalText(2000))).transform((record) =>
    Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => !!entry[1])),
  ),
});
export type ForumMinutesInput = z.infer<typeof ForumMinutesSchema>;
