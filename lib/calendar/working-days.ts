// The working-day calendar of the Moroccan administration: Saturdays, Sundays, the fixed national
// holidays (below) and the religious holidays, whose dates follow the lunar calendar and the moon
// sighting and are therefore data (the `holidays` table, edited by an administrator), are not
// working days. Legal deadlines counted "in working days" (law 31.13 arts. 16, 19) use it.
//
// A day is a Date at UTC midnight (what PostgreSQL DATE columns give back), never an instant: use
// `moroccanDay` to turn an instant (a request received at 23:30 in Beni Mathar) into its day.
// Pure: the caller passes the religious holidays (lib/calendar/queries.ts reads them).
import { TIME_ZONE } from "@/lib/i18n/config";

const DAY_MS = 86_400_000;

/** The fixed national holidays (month, day), each from the year it was instituted. */
export const FIXED_HOLIDAYS: readonly { month: number; day: number; since: number; nameAr: string; nameFr: string }[] = [
  { month: 1, day: 1, since: 1956, nameAr: "رأس السنة الميلادية", nameFr: "Nouvel an" },
  { month: 1, day: 11, since: 1956, nameAr: "ذكرى تقديم وثيقة الاستقلال", nameFr: "Manifeste de l'indépendance" },
  // Royal decision of 3 May 2023: Yennayer, the Amazigh new year, is a paid holiday from 2024.
  { month: 1, day: 14, since: 2024, nameAr: "رأس السنة الأمازيغية", nameFr: "Nouvel an amazigh" },
  { month: 5, day: 1, since: 1956, nameAr: "عيد الشغل", nameFr: "Fête du travail" },
  { month: 7, day: 30, since: 1999, nameAr: "عيد العرش", nameFr: "Fête du trône" },
  { month: 8, day: 14, since: 1979, nameAr: "ذكرى استرجاع إقليم وادي الذهب", nameFr: "Allégeance d'Oued Eddahab" },
  { month: 8, day: 20, since: 1956, nameAr: "ذكرى ثورة الملك والشعب", nameFr: "Révolution du roi et du peuple" },
  { month: 8, day: 21, since: 1956, nameAr: "عيد الشباب", nameFr: "Fête de la jeunesse" },
  // Royal decision of November 2025: 31 October, Unity Day, is a national holiday (docs/law.md: to verify).
  { month: 10, day: 31, since: 2026, nameAr: "عيد الوحدة", nameFr: "Fête de l'unité" },
  { month: 11, day: 6, since: 1975, nameAr: "ذكرى المسيرة الخضراء", nameFr: "Marche verte" },
  { month: 11, day: 18, since: 1956, nameAr: "عيد الاستقلال", nameFr: "Fête de l'indépendance" },
];

/** A day: UTC midnight of the calendar date. */
export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** "2026-03-20" → the day; throws on anything else (holiday data and tests, not user input). */
export function parseIsoDay(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not a day: ${value}`);
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The calendar day in Morocco of an instant (23:30 UTC on 31 December may already be 1 January there). */
export function moroccanDay(instant: Date): Date {
  return parseIsoDay(new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant));
}

export function addCalendarDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function isWeekend(value: Date): boolean {
  const weekday = value.getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isFixedHoliday(value: Date): boolean {
  const [year, month, dayOfMonth] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  return FIXED_HOLIDAYS.some((h) => h.month === month && h.day === dayOfMonth && year >= h.since);
}

export type WorkingCalendar = {
  isWorkingDay(value: Date): boolean;
};

/** The calendar with the given religious (and exceptional) holidays, e.g. from `loadWorkingCalendar`. */
export function workingCalendar(holidays: readonly Date[]): WorkingCalendar {
  const extra = new Set(holidays.map(isoDay));
  return {
    isWorkingDay: (value) => !isWeekend(value) && !isFixedHoliday(value) && !extra.has(isoDay(value)),
  };
}

/**
 * The day a period of `count` working days that starts on `from` ends: the day of `from` itself is
 * not counted (a request received on Monday has its first working day on Tuesday), and the last
 * day is always a working day.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: Date, count: number): Date {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a number of working days: ${count}`);
  let current = from;
  for (let counted = 0; counted < count; ) {
    current = addCalendarDays(current, 1);
    if (calendar.isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  let count = 0;
  for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
    if (calendar.isWorkingDay(current)) count += 1;
  }
  return count;
}
