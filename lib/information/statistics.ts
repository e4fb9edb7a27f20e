// Transparency statistics of access-to-information requests (issue 7; chafafiya.ma publishes the
// same figures nationally): requests received, answered, answered on time, average working days to
// answer, outcomes, and refusals by art. 18 ground. Pure: the caller passes the rows and calendar.
import { workingDaysBetween, type WorkingCalendar } from "@/lib/calendar/working-days";
import { currentDueOn, type RefusalGround } from "./rules";

export type StatisticsRow = {
  receivedOn: Date; firstDueOn: Date; extendedDueOn: Date | null; answeredOn: Date | null;
  outcome: "GIVEN" | "PARTIAL" | "REFUSED" | null; refusalGround: RefusalGround | null;
};

export type YearStatistics = {
  year: number;
  received: number;
  answered: number;
  answeredOnTime: number;
  /** Mean working days from receipt to answer (art. 16 counts in working days); null when none is answered. */
  averageWorkingDays: number | null;
  outcomes: { GIVEN: number; PARTIAL: number; REFUSED: number };
  /** Refusals and partial answers by their art. 18 ground. */
  grounds: Partial<Record<RefusalGround, number>>;
};

/** One entry per year of receipt, newest first. */
export function transparencyStatistics(rows: readonly StatisticsRow[], calendar: WorkingCalendar): YearStatistics[] {
  const byYear = new Map<number, StatisticsRow[]>();
  for (const row of rows) {
    const year = row.receivedOn.getUTCFullYear();
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      const answered = list.filter((r): r is StatisticsRow & { answeredOn: Date } => r.answeredOn !== null && r.outcome !== null);
      const days = answered.map((r) => workingDaysBetween(calendar, r.receivedOn, r.answeredOn));
      const outcomes = { GIVEN: 0, PARTIAL: 0, REFUSED: 0 };
      const grounds: Partial<Record<RefusalGround, number>> = {};
      for (const r of answered) {
        outcomes[r.outcome!] += 1;
        if (r.refusalGround) grounds[r.refusalGround] = (grounds[r.refusalGround] ?? 0) + 1;
      }
      return {
        year,
        received: list.length,
        answered: answered.length,
        answeredOnTime: answered.filter((r) => r.answeredOn <= currentDueOn(r)).length,
        averageWorkingDays: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
        outcomes,
        grounds,
      };
    });
}
