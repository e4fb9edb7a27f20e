// Rules of law 31.13 on the right of access to information, each citing its article (docs/law.md
// maps them to their tests). Pure functions over days (see lib/calendar/working-days.ts); the
// caller passes the working-day calendar and today's date.
//
// Units, as the law words them: the answer and the complaint to the president are counted in
// working days (arts. 16, 19 para. 1); the urgent answer (art. 17), the president's answer (art. 19
// para. 2), the CDAI (art. 20) and the court (art. 21) in days, i.e. calendar days.
import { addCalendarDays, addWorkingDays, type WorkingCalendar } from "@/lib/calendar/working-days";

/** Art. 16: the answer is due within 20 working days of receipt. */
export const ANSWER_WORKING_DAYS = 20;
/** Art. 17: 3 days when the information is needed to protect the life, safety or freedom of persons. */
export const URGENT_ANSWER_DAYS = 3;
/** Art. 19 para. 1: complaint to the head of the body within 20 working days. */
export const PRESIDENT_COMPLAINT_WORKING_DAYS = 20;
/** Art. 19 para. 2: the head decides and informs the requester within 15 days of receiving the complaint. */
export const PRESIDENT_DECISION_DAYS = 15;
/** Art. 20: complaint to the CDAI within 30 days; the CDAI answers within 30 days. */
export const CDAI_COMPLAINT_DAYS = 30;
export const CDAI_DECISION_DAYS = 30;
/** Art. 21: appeal to the administrative court within 60 days. */
export const COURT_APPEAL_DAYS = 60;

/**
 * The first deadline for the answer: 20 working days after receipt (art. 16), or 3 days for an
 * urgent request (art. 17).
 */
export function answerDueOn(calendar: WorkingCalendar, receivedOn: Date, urgent: boolean): Date {
  return urgent ? addCalendarDays(receivedOn, URGENT_ANSWER_DAYS) : addWorkingDays(calendar, receivedOn, ANSWER_WORKING_DAYS);
}

/**
 * The deadline after the one extension: "for a similar period" (art. 16 para. 1), counted from the
 * first deadline — 20 more working days, or 3 more days for an urgent request (art. 17 keeps the
 * extension cases of art. 16).
 */
export function extendedDueOn(calendar: WorkingCalendar, firstDueOn: Date, urgent: boolean): Date {
  return urgent ? addCalendarDays(firstDueOn, URGENT_ANSWER_DAYS) : addWorkingDays(calendar, firstDueOn, ANSWER_WORKING_DAYS);
}

export type ExtensionRefusal = "alreadyExtended" | "alreadyAnswered" | "firstDeadlinePassed";

/**
 * Whether the request may still be extended on `today`: once only, before it is answered, and the
 * requester must be notified in advance (art. 16 para. 2), i.e. no later than the first deadline.
 */
export function extensionRefusal(
  request: { firstDueOn: Date; extendedAt: Date | null; answeredAt: Date | null },
  today: Date,
): ExtensionRefusal | null {
  if (request.extendedAt) return "alreadyExtended";
  if (request.answeredAt) return "alreadyAnswered";
  if (today > request.firstDueOn) return "firstDeadlinePassed";
  return null;
}

/** The deadline in force: the extended one once extended. */
export function currentDueOn(request: { firstDueOn: Date; extendedDueOn: Date | null }): Date {
  return request.extendedDueOn ?? request.firstDueOn;
}

export type ComplaintTimeline = {
  /** Art. 19: last day to complain to the president (from the answer, or from the deadline without one). */
  presidentComplaintBy: Date;
  /** Art. 19: the president's decision is due (from the complaint's receipt; estimated from the last day when none was filed). */
  presidentDecisionBy: Date;
  /** Art. 20: last day to complain to the CDAI (from the president's decision, or from its deadline). */
  cdaiComplaintBy: Date;
  /** Art. 20: the CDAI's answer is due (from the CDAI complaint, or from its last day). */
  cdaiDecisionBy: Date;
  /** Art. 21: last day to appeal to the administrative court (from the CDAI's answer, or from its deadline). */
  courtAppealBy: Date;
};

/**
 * Every date of the complaint chain for one case, from what has happened so far: each step starts
 * from the actual event when it happened, otherwise from the legal deadline of the step before.
 */
export function complaintTimeline(
  calendar: WorkingCalendar,
  events: {
    /** The deadline in force for the answer (after any extension). */
    answerDueOn: Date;
    answeredOn: Date | null;
    presidentComplaintOn?: Date | null;
    presidentDecidedOn?: Date | null;
    cdaiComplaintOn?: Date | null;
    cdaiDecidedOn?: Date | null;
  },
): ComplaintTimeline {
  const presidentComplaintBy = addWorkingDays(calendar, events.answeredOn ?? events.answerDueOn, PRESIDENT_COMPLAINT_WORKING_DAYS);
  const presidentDecisionBy = addCalendarDays(events.presidentComplaintOn ?? presidentComplaintBy, PRESIDENT_DECISION_DAYS);
  const cdaiComplaintBy = addCalendarDays(events.presidentDecidedOn ?? presidentDecisionBy, CDAI_COMPLAINT_DAYS);
  const cdaiDecisionBy = addCalendarDays(events.cdaiComplaintOn ?? cdaiComplaintBy, CDAI_DECISION_DAYS);
  const courtAppealBy = addCalendarDays(events.cdaiDecidedOn ?? cdaiDecisionBy, COURT_APPEAL_DAYS);
  return { presidentComplaintBy, presidentDecisionBy, cdaiComplaintBy, cdaiDecisionBy, courtAppealBy };
}

/** Art. 19: a complaint to the president is admissible up to and including its last day. */
export function canComplainToPresident(timeline: ComplaintTimeline, today: Date): boolean {
  return today <= timeline.presidentComplaintBy;
}

/** Art. 18: the grounds on which a refusal (whole or partial) may rest. */
export const REFUSAL_GROUNDS = [
  "NOT_AVAILABLE",
  /** The art. 7 exception(s) must be named. */
  "EXCEPTION",
  /** The reference and place where it can be obtained must be given. */
  "ALREADY_PUBLISHED",
  /** Same requester, same year, information already supplied. */
  "REPEATED",
  "UNCLEAR",
  "IN_PREPARATION",
  "ARCHIVES_DU_MAROC",
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** Art. 7: the exceptions (para. 1: absolute; para. 2: where disclosure would harm; para. 3: confidentiality). */
export const ART7_EXCEPTIONS = [
  "NATIONAL_DEFENCE",
  "STATE_SECURITY",
  "PRIVATE_LIFE",
  "FUNDAMENTAL_RIGHTS",
  "SOURCES",
  "FOREIGN_RELATIONS",
  "MONETARY_ECONOMIC_POLICY",
  "INTELLECTUAL_PROPERTY",
  "WHISTLEBLOWERS",
  "CLASSIFIED_BY_LAW",
  "GOVERNMENT_DELIBERATIONS",
  "ADMINISTRATIVE_INQUIRY",
  "JUDICIAL_PROCEEDINGS",
  "FAIR_COMPETITION",
] as const;
export type Art7Exception = (typeof ART7_EXCEPTIONS)[number];

export type RefusalProblem = "exceptionRequired" | "referenceRequired" | "reasonsRequired";

/**
 * What a refusal still lacks (art. 18): it is reasoned in writing, names the art. 7 exception when
 * that is the ground, and gives the reference and place of information already published.
 */
export function refusalProblems(refusal: { ground: RefusalGround; exceptions: readonly Art7Exception[]; reasons: string; publishedReference: string }): RefusalProblem[] {
  const problems: RefusalProblem[] = [];
  if (!refusal.reasons.trim()) problems.push("reasonsRequired");
  if (refusal.ground === "EXCEPTION" && refusal.exceptions.length === 0) problems.push("exceptionRequired");
  if (refusal.ground === "ALREADY_PUBLISHED" && !refusal.publishedReference.trim()) problems.push("referenceRequired");
  return problems;
}

export type ComplaintRefusal = "alreadyComplained" | "notYetOpen" | "complaintPeriodOver";

/**
 * Whether the requester may complain to the president on `today` (art. 19): once, after the answer
 * or once the deadline in force has passed without one, up to the last day of 20 working days.
 */
export function complaintRefusal(
  calendar: WorkingCalendar,
  request: { firstDueOn: Date; extendedDueOn: Date | null; answeredOn: Date | null; complaintFiledOn: Date | null },
  today: Date,
): ComplaintRefusal | null {
  if (request.complaintFiledOn) return "alreadyComplained";
  const due = currentDueOn(request);
  if (!request.answeredOn && today <= due) return "notYetOpen";
  const timeline = complaintTimeline(calendar, { answerDueOn: due, answeredOn: request.answeredOn });
  return canComplainToPresident(timeline, today) ? null : "complaintPeriodOver";
}

export type ArchiveRefusal = "notAnswered" | "privacyCheckRequired";

/**
 * An answered request may join the public archive (so that others need not ask again), only in the
 * redacted form the officer writes and after they confirm it holds no personal data and nothing
 * the art. 7 exceptions protect (law 31.13 art. 7; law 09-08): the requester is never named.
 */
export function archiveRefusal(outcome: "GIVEN" | "PARTIAL" | "REFUSED" | null, privacyConfirmed: boolean): ArchiveRefusal | null {
  if (!outcome) return "notAnswered";
  if (!privacyConfirmed) return "privacyCheckRequired";
  return null;
}
