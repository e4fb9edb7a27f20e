// Rules of the council's sessions (organic law 113.14), each citing its article (docs/law.md maps
// them to their tests). Pure functions: no database, no clock. Days are DATE columns (UTC midnight).
import { DEFAULT_ORDINARY_MONTHS, type CalendarDate } from "@/lib/petitions/rules";

export type SessionStatus = "PLANNED" | "AGENDA_PUBLISHED" | "HELD" | "DECISIONS_PUBLISHED";

/** Art. 33: an ordinary session opens in the first week of its month. */
export const FIRST_WEEK_LAST_DAY = 7;
/** Art. 34: an ordinary session lasts at most fifteen consecutive days. */
export const MAX_SESSION_DAYS = 15;
/** Art. 273: the council's decisions are published within eight days. */
export const DECISIONS_PUBLICATION_DAYS = 8;

const DAY_MS = 86_400_000;

/**
 * The next ordinary session from `day` (art. 33: February, May and October, opening in the first
 * week of the month): a day inside the first week of an ordinary month still belongs to that
 * month's session; after it, the next ordinary month; December leads to February of the next year.
 */
export function nextOrdinarySessionFrom(day: CalendarDate, ordinaryMonths: readonly number[] = DEFAULT_ORDINARY_MONTHS): { year: number; month: number } {
  const months = [...new Set(ordinaryMonths.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b);
  if (!months.length) throw new Error("The commune has no ordinary-session months");
  if (months.includes(day.month) && day.day <= FIRST_WEEK_LAST_DAY) return { year: day.year, month: day.month };
  const later = months.find((month) => month > day.month);
  return later ? { year: day.year, month: later } : { year: day.year + 1, month: months[0]! };
}

/** Days a session covers, both ends included. */
export function sessionDays(startsOn: Date, endsOn: Date): number {
  return Math.round((endsOn.getTime() - startsOn.getTime()) / DAY_MS) + 1;
}

/**
 * Why a session's dates are not allowed, or null. Arts. 33–34: an ordinary session opens in the
 * first week of its month and lasts at most 15 days; any session ends on or after its first day.
 */
export function sessionDatesProblem(kind: "ORDINARY" | "EXTRAORDINARY", startsOn: Date, endsOn: Date, month?: { year: number; month: number }): "endsBeforeStart" | "tooLong" | "notFirstWeek" | null {
  if (endsOn.getTime() < startsOn.getTime()) return "endsBeforeStart";
  if (kind === "ORDINARY") {
    if (sessionDays(startsOn, endsOn) > MAX_SESSION_DAYS) return "tooLong";
    const inMonth = !month || (startsOn.getUTCFullYear() === month.year && startsOn.getUTCMonth() + 1 === month.month);
    if (!inMonth || startsOn.getUTCDate() > FIRST_WEEK_LAST_DAY) return "notFirstWeek";
  }
  return null;
}

/** Art. 273: the day by which the decisions of a session that ended on `endsOn` are published. */
export function decisionsDueOn(endsOn: Date): Date {
  return new Date(endsOn.getTime() + DECISIONS_PUBLICATION_DAYS * DAY_MS);
}

/** True when `today` (a day) is after the publication due date and nothing was published. */
export function decisionsLate(endsOn: Date, today: Date, publishedAt: Date | null): boolean {
  return !publishedAt && today.getTime() > decisionsDueOn(endsOn).getTime();
}

/** The status machine: planned → agenda published → held → decisions published (art. 48, 273). */
const NEXT: Readonly<Record<SessionStatus, SessionStatus | null>> = {
  PLANNED: "AGENDA_PUBLISHED",
  AGENDA_PUBLISHED: "HELD",
  HELD: "DECISIONS_PUBLISHED",
  DECISIONS_PUBLISHED: null,
};

export function canMoveTo(from: SessionStatus, to: SessionStatus): boolean {
  return NEXT[from] === to;
}
