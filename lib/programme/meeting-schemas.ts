// Form schemas of the civil-society meetings (axis 1 of the plan), shared by the forms and the server
// actions. Messages are keys: core ones under "Errors" (required, tooLong, bidiControl), the
// meetings' own under "ProgrammeMeetings.errors" (see MEETING_ERROR_KEYS).
import { z } from "zod";
import { checkbox, id, latinDigits, optionalText, requiredText } from "@/lib/forms/zod-fields";
import { TIME_ZONE } from "@/lib/i18n/config";

/** Keys under "ProgrammeMeetings.errors"; the meeting forms translate these there. */
export const MEETING_ERROR_KEYS = [
  "dateFormat",
  "timeFormat",
  "invalidChoice",
  "notFound",
  "chooseAssociations",
  "decisionsCountMismatch",
  "tooManyDecisions",
  "decisionTooLong",
  "alreadyPublished",
  "notHeldYet",
  "meetingPast",
  "notInvited",
] as const;
export type MeetingErrorKey = (typeof MEETING_ERROR_KEYS)[number];

export const MAX_DECISIONS = 30;
export const MAX_DECISION_LENGTH = 1000;

// ---------------------------------------------------------------------------------------------
// Dates and times, typed as text (works in every browser and without JavaScript), read in the
// commune's time zone (Africa/Casablanca, whose offset changes around Ramadan).
// ---------------------------------------------------------------------------------------------

/** "2026-12-15", "15/12/2026", "15-12-2026" or "15.12.2026", with Latin or Arabic digits → [y, m, d]. */
export function parseDay(value: string): [number, number, number] | null {
  const v = latinDigits(value.trim());
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v))) [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return [y, m, d];
}

/** "14:30", "14h30", "9.05" → [h, min]. */
export function parseTime(value: string): [number, number] | null {
  const match = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(latinDigits(value.trim()));
  if (!match) return null;
  const [h, min] = [Number(match[1]), Number(match[2])];
  return h <= 23 && min <= 59 ? [h, min] : null;
}

/** Minutes east of UTC of `zone` at `instant`. */
function zoneOffsetMinutes(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant at which the wall clock of `zone` shows the given day and time. */
export function zonedInstant([y, m, d]: [number, number, number], [h, min]: [number, number], zone: string = TIME_ZONE): Date {
  const wall = Date.UTC(y, m - 1, d, h, min);
  let instant = wall - zoneOffsetMinutes(wall, zone) * 60_000;
  instant = wall - zoneOffsetMinutes(instant, zone) * 60_000;
  return new Date(instant);
}

/** The day ("DD/MM/YYYY", as staff type it) and time ("HH:MM") that `instant` shows in `zone`: what the edit form starts with. */
export function wallClock(instant: Date, zone: string = TIME_ZONE): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.day}/${parts.month}/${parts.year}`, time: `${parts.hour}:${parts.minute}` };
}

export const day = z
  .string()
  .optional()
  .transform((value) => value ?? "")
  .superRefine((value, ctx) => {
    if (value.trim() === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!parseDay(value)) ctx.addIssue({ code: "custom", message: "dateFormat" });
  })
  .transform((value) => parseDay(value)!);

export const time = z
  .string()
  .optional()
  .transform((value) => value ?? "")
  .superRefine((value, ctx) => {
    if (value.trim() === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!parseTime(value)) ctx.addIssue({ code: "custom", message: "timeFormat" });
  })
  .transform((value) => parseTime(value)!);

// ---------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------

const MeetingFields = z.object({
  programmeId: id,
  date: day,
  time,
  placeAr: requiredText(300),
  placeFr: requiredText(300),
  agendaAr: requiredText(5000),
  agendaFr: requiredText(5000),
});

function toMeeting<T extends z.infer<typeof MeetingFields>>({ date, time: clock, ...rest }: T) {
  return { ...rest, scheduledAt: zonedInstant(date, clock) };
}

export const MeetingSchema = MeetingFields.transform(toMeeting);
export type MeetingInput = z.infer<typeof MeetingSchema>;

export const MeetingUpdateSchema = MeetingFields.extend({ meetingId: id }).transform(toMeeting);
export type MeetingUpdateInput = z.infer<typeof MeetingUpdateSchema>;

export const InviteSchema = z.object({
  meetingId: id,
  associationIds: z.array(id, { error: "chooseAssociations" }).min(1, "chooseAssociations").max(500, "chooseAssociations"),
});
export type InviteInput = z.infer<typeof InviteSchema>;

/** One decision per non-empty line; bullets and numbering typed in front of a line are dropped. */
export function decisionLines(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*–]|\d{1,2}[.)-])\s*/, "").trim())
    .filter(Boolean);
}

export const MinutesSchema = z
  .object({
    meetingId: id,
    minutesAr: requiredText(20_000),
    minutesFr: optionalText(20_000),
    decisionsAr: optionalText(MAX_DECISIONS * (MAX_DECISION_LENGTH + 2)),
    decisionsFr: optionalText(MAX_DECISIONS * (MAX_DECISION_LENGTH + 2)),
    publish: checkbox,
  })
  .transform(({ decisionsAr, decisionsFr, ...rest }) => ({ ...rest, decisionsAr: decisionLines(decisionsAr), decisionsFr: decisionLines(decisionsFr) }))
  .superRefine((value, ctx) => {
    if (value.decisionsAr.length > MAX_DECISIONS) ctx.addIssue({ code: "custom", path: ["decisionsAr"], message: "tooManyDecisions" });
    else if (value.decisionsAr.some((line) => line.length > MAX_DECISION_LENGTH)) ctx.addIssue({ code: "custom", path: ["decisionsAr"], message: "decisionTooLong" });
    if (value.decisionsFr.some((line) => line.length > MAX_DECISION_LENGTH)) ctx.addIssue({ code: "custom", path: ["decisionsFr"], message: "decisionTooLong" });
    // The French version is optional; when given, it says the same decisions in the same order.
    else if (value.decisionsFr.length > 0 && value.decisionsFr.length !== value.decisionsAr.length) {
      ctx.addIssue({ code: "custom", path: ["decisionsFr"], message: "decisionsCountMismatch" });
    }
  });
export type MinutesInput = z.infer<typeof MinutesSchema>;

export const DecisionDoneSchema = z.object({ decisionId: id, done: z.enum(["1", "0"]).transform((v) => v === "1") });

export const ConfirmAttendanceSchema = z.object({ meetingId: id, associationId: id });
export type ConfirmAttendanceInput = z.infer<typeof ConfirmAttendanceSchema>;
