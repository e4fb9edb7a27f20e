import { describe, expect, it } from "vitest";
import { addWorkingDays, isoDay, moroccanDay, parseIsoDay, workingCalendar, workingDaysBetween } from "./working-days";

const noReligiousHolidays = workingCalendar([]);
// Eid al-Fitr 1448 as the holidays table would hold it (Wednesday and Thursday).
const withEid = workingCalendar([parseIsoDay("2027-03-10"), parseIsoDay("2027-03-11")]);

const add = (calendar: ReturnType<typeof workingCalendar>, from: string, count: number) => isoDay(addWorkingDays(calendar, parseIsoDay(from), count));

describe("working days", () => {
  it("skips Saturday and Sunday and does not count the starting day", () => {
    // Friday + 1 working day = Monday
    expect(add(noReligiousHolidays, "2026-10-09", 1)).toBe("2026-10-12");
    // Monday + 5 = next Monday
    expect(add(noReligiousHolidays, "2026-10-12", 5)).toBe("2026-10-19");
  });

  it("skips the fixed national holidays (Green March, Independence Day)", () => {
    // Thursday 5 November 2026 + 1: Friday 6 is the Green March → Monday 9
    expect(add(noReligiousHolidays, "2026-11-05", 1)).toBe("2026-11-09");
    // Tuesday 17 November + 1: Wednesday 18 is Independence Day → Thursday 19
    expect(add(noReligiousHolidays, "2026-11-17", 1)).toBe("2026-11-19");
  });

  it("skips a religious holiday taken from the holidays table", () => {
    expect(add(withEid, "2027-03-01", 20)).toBe("2027-03-31");
    expect(add(noReligiousHolidays, "2027-03-01", 20)).toBe("2027-03-29");
  });

  it("crosses a year end over New Year, the Independence Manifesto and Yennayer", () => {
    // Friday 18 December 2026 + 20 working days: 1, 11 and 14 January are holidays → Wednesday 20 January 2027
    expect(add(noReligiousHolidays, "2026-12-18", 20)).toBe("2027-01-20");
  });

  it("Yennayer is a holiday only from 2024", () => {
    expect(noReligiousHolidays.isWorkingDay(parseIsoDay("2023-01-13"))).toBe(true);
    expect(noReligiousHolidays.isWorkingDay(parseIsoDay("2025-01-14"))).toBe(false);
  });

  it("ends on a working day even when the count is zero from a working day", () => {
    expect(add(noReligiousHolidays, "2026-10-12", 0)).toBe("2026-10-12");
  });

  it("counts the working days between two days (the first excluded, the last included)", () => {
    expect(workingDaysBetween(noReligiousHolidays, parseIsoDay("2026-12-18"), parseIsoDay("2027-01-20"))).toBe(20);
    expect(workingDaysBetween(withEid, parseIsoDay("2027-03-01"), parseIsoDay("2027-03-12"))).toBe(7);
    expect(workingDaysBetween(noReligiousHolidays, parseIsoDay("2027-03-12"), parseIsoDay("2027-03-01"))).toBe(0);
  });

  it("takes the day of an instant in Morocco, not in UTC", () => {
    // 23:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Beni Mathar (UTC+1)
    expect(isoDay(moroccanDay(new Date("2026-12-31T23:30:00Z")))).toBe("2027-01-01");
    expect(isoDay(moroccanDay(new Date("2026-12-31T22:30:00Z")))).toBe("2026-12-31");
  });
});
