// Rules of petitions to the commune council (organic law 113.14 arts. 121–125 and 38, decree
// 2.16.403), each citing its source (docs/law.md maps them to their tests). Pure functions: no
// database, no clock; calendar dates are those of the commune (Africa/Casablanca).
import { TIME_ZONE } from "@/lib/i18n/config";

export type PetitionKind = "CITIZENS" | "ASSOCIATION";
export type PetitionStatus = "DRAFT" | "COLLECTING" | "FILED" | "UNDER_REVIEW" | "ACCEPTED" | "REJECTED";

/** A calendar day, independent of time zones: month 1–12. */
export type CalendarDate = { year: number; month: number; day: number };

/** The commune's calendar day at `instant`. */
export function communeDate(instant: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** A calendar day as stored in a DATE column (midnight UTC). */
export function toDateColumn(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function fromDateColumn(value: Date): CalendarDate {
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * `months` calendar months after `date`; a day that the target month lacks becomes its last day
 * (30 November + 3 months = 28 or 29 February), so a period never spills into the next month.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

// ── Threshold (art. 123) ─────────────────────────────────────────────────────────────────────

/** Below this legal population a commune needs 100 signatures, from it 200 (art. 123). */
export const SMALL_COMMUNE_POPULATION = 35_000;

/**
 * The minimum number of valid signatories of a citizens' petition (art. 123): 100 in communes
 * under 35,000 inhabitants, 200 in the others, 400 in communes with arrondissements. An
 * association's petition needs none (art. 124 sets conditions on the association instead): 0.
 */
export function signatureThreshold(kind: PetitionKind, commune: { legalPopulation: number; hasArrondissements: boolean }): number {
  if (kind === "ASSOCIATION") return 0;
  if (commune.hasArrondissements) return 400;
  return commune.legalPopulation < SMALL_COMMUNE_POPULATION ? 100 : 200;
}

// ── Association eligibility (art. 124) ───────────────────────────────────────────────────────

/** An association must have been established for more than this many years when it files (art. 124). */
export const ASSOCIATION_MIN_YEARS = 3;

export type AssociationCondition = "verified" | "age" | "seat";

/**
 * The art. 124 conditions the portal can check itself, for a filing on `filingDate`: the
 * association is verified by the commune, was founded MORE than three years before (founded on
 * 29 February: the anniversary falls on 28 February), and has its seat or a branch in the commune
 * (declared by the association, confirmed at verification). Good standing and a link between its
 * activity and the subject are declared by the representative and confirmed by the bureau.
 * Returns the unmet conditions; empty when eligible.
 */
export function unmetAssociationConditions(
  association: { verifiedAt: Date | null; foundedOn: CalendarDate; seatOrBranchInCommune: boolean },
  filingDate: CalendarDate,
): AssociationCondition[] {
  const unmet: AssociationCondition[] = [];
  if (!association.verifiedAt) unmet.push("verified");
  const thirdAnniversary = addCalendarMonths(association.foundedOn, ASSOCIATION_MIN_YEARS * 12);
  if (compareDates(filingDate, thirdAnniversary) <= 0) unmet.push("age");
  if (!association.seatOrBranchInCommune) unmet.push("seat");
  return unmet;
}

// ── Answer deadline (art. 125) ───────────────────────────────────────────────────────────────

/** A refusal must reach the mandataire or representative within this many months of filing (art. 125). */
export const ANSWER_MONTHS = 3;

/** The last day on which the reasoned answer may be given: the filing day + 3 months (art. 125). */
export function answerDueDate(filedAt: Date): CalendarDate {
  return addCalendarMonths(communeDate(filedAt), ANSWER_MONTHS);
}

/** True when the answer (or today, while there is none) is after the due day (art. 125). */
export function isAnswerLate(dueOn: CalendarDate, answeredOrNow: Date): boolean {
  return compareDates(communeDate(answeredOrNow), dueOn) > 0;
}

/** Days left until the due day (negative once overdue), counted in commune calendar days. */
export function daysUntil(dueOn: CalendarDate, now: Date): number {
  const today = communeDate(now);
  return Math.round((toDateColumn(dueOn).getTime() - toDateColumn(today).getTime()) / 86_400_000);
}

/** The staff dashboard warns from this many days before the due day. */
export const ANSWER_WARNING_DAYS = 21;

// ── Next ordinary session (arts. 33, 38) ─────────────────────────────────────────────────────

/** The ordinary sessions' months when the settings do not say otherwise: February, May, October (art. 33). */
export const DEFAULT_ORDINARY_MONTHS = [2, 5, 10] as const;

/**
 * The ordinary session an accepted petition goes to (art. 38: the ordinary session that follows
 * the bureau's decision). Sessions open in the first week of their month (art. 33), so the next
 * session is the first ordinary month that begins after the decision day: a decision on
 * 31 January goes to February, one on 1 February to May.
 */
export function nextOrdinarySession(decidedOn: CalendarDate, ordinaryMonths: readonly number[] = DEFAULT_ORDINARY_MONTHS): { year: number; month: number } {
  const months = [...new Set(ordinaryMonths.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b);
  if (!months.length) throw new Error("The commune has no ordinary-session months");
  const later = months.find((month) => month > decidedOn.month);
  return later ? { year: decidedOn.year, month: later } : { year: decidedOn.year + 1, month: months[0]! };
}

// ── Lifecycle (arts. 122–125) ────────────────────────────────────────────────────────────────

/**
 * draft → collecting signatures → filed (receipt at once, art. 125) → under bureau review →
 * accepted | rejected. An association's petition needs no signatures: it goes from draft to filed.
 */
const TRANSITIONS: Readonly<Record<PetitionStatus, readonly PetitionStatus[]>> = {
  DRAFT: ["COLLECTING", "FILED"],
  COLLECTING: ["FILED"],
  FILED: ["UNDER_REVIEW"],
  UNDER_REVIEW: ["ACCEPTED", "REJECTED"],
  ACCEPTED: [],
  REJECTED: [],
};

export function canTransition(kind: PetitionKind, from: PetitionStatus, to: PetitionStatus): boolean {
  if (kind === "CITIZENS" && from === "DRAFT" && to === "FILED") return false;
  if (kind === "ASSOCIATION" && to === "COLLECTING") return false;
  return TRANSITIONS[from].includes(to);
}

/** The petition accepts (and lets signatories withdraw) signatures only while collecting (arts. 123, 125). */
export function isCollecting(status: PetitionStatus): boolean {
  return status === "COLLECTING";
}

/** A citizens' petition is filed once it has as many signatures as the threshold (art. 123); the bureau then checks each. */
export function canFile(kind: PetitionKind, status: PetitionStatus, signatures: number, threshold: number): boolean {
  const from = kind === "CITIZENS" ? "COLLECTING" : "DRAFT";
  return status === from && signatures >= threshold;
}

/**
 * The bureau's checklist before a decision (arts. 121, 123, 124): the subject is within the
 * council's powers and does not touch the constitutional constants; for citizens, the valid
 * signatures reach the threshold; for an association, the art. 124 conditions hold. Acceptance
 * needs every item; a refusal needs a reason (art. 125).
 */
export type ReviewChecklist = {
  withinCompetence: boolean;
  respectsConstants: boolean;
  associationConditions: boolean | null;
};

export function acceptanceBlockers(kind: PetitionKind, checklist: ReviewChecklist, validSignatures: number, threshold: number): string[] {
  const blockers: string[] = [];
  if (!checklist.withinCompetence) blockers.push("competence");
  if (!checklist.respectsConstants) blockers.push("constants");
  if (kind === "CITIZENS" && validSignatures < threshold) blockers.push("threshold");
  if (kind === "ASSOCIATION" && checklist.associationConditions !== true) blockers.push("association");
  return blockers;
}

// ── Statistics for the public register (art. 125 deadline) ───────────────────────────────────

/** The median of whole days from filing to the bureau's decision; null when nothing is decided. */
export function medianDecisionDays(cases: readonly { filedAt: Date; decidedAt: Date }[]): number | null {
  if (!cases.length) return null;
  const days = cases.map((c) => (c.decidedAt.getTime() - c.filedAt.getTime()) / 86_400_000).sort((a, b) => a - b);
  const middle = Math.floor(days.length / 2);
  const median = days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;
  return Math.round(median);
}

/**
 * Signatories' personal data is kept only as long as the procedure needs it (law 09-08 art. 3-1-e),
 * here at most 6 months after the final decision (targets.md #23, after the UK e-petitions
 * practice); the administrator may choose less.
 */
export const MAX_SIGNATORY_RETENTION_MONTHS = 6;

/**
 * The first day on which a petition's signatory data must be anonymised, or null while the
 * procedure is still open: a rejected petition ends with the bureau's decision, an accepted one
 * with the council's decision on it (art. 125). Counts, the decision and the register stay.
 */
export function signatoryDataPurgeDay(
  petition: { status: PetitionStatus; decidedAt: Date | null; councilDecidedAt: Date | null },
  retentionMonths: number,
): CalendarDate | null {
  const endedAt = petition.status === "REJECTED" ? petition.decidedAt : petition.status === "ACCEPTED" ? petition.councilDecidedAt : null;
  if (!endedAt) return null;
  return addCalendarMonths(communeDate(endedAt), Math.min(retentionMonths, MAX_SIGNATORY_RETENTION_MONTHS));
}

/** Whether the anonymisation of `signatoryDataPurgeDay` is due on `now` (Casablanca's calendar day). */
export function isSignatoryDataPurgeDue(purgeDay: CalendarDate | null, now: Date): boolean {
  if (!purgeDay) return false;
  const today = communeDate(now);
  return toDateColumn(today).getTime() >= toDateColumn(purgeDay).getTime();
}
