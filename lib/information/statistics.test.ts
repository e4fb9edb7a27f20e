import { describe, expect, it } from "vitest";
import { parseIsoDay as d, workingCalendar } from "@/lib/calendar/working-days";
import { transparencyStatistics, type StatisticsRow } from "./statistics";

const calendar = workingCalendar([]);
const row = (overrides: Partial<StatisticsRow>): StatisticsRow => ({
  receivedOn: d("2026-10-05"), firstDueOn: d("2026-11-02"), extendedDueOn: null, answeredOn: null, outcome: null, refusalGround: null, ...overrides,
});

describe("transparency statistics", () => {
  it("counts received, answered, on time (the extended deadline counts), working days to answer, and refusals by ground", () => {
    const stats = transparencyStatistics(
      [
        // Monday 5 → Monday 12 October: 5 working days, on time
        row({ answeredOn: d("2026-10-12"), outcome: "GIVEN" }),
        // answered after the first deadline but within the extension: on time
        row({ extendedDueOn: d("2026-11-30"), answeredOn: d("2026-11-20"), outcome: "PARTIAL", refusalGround: "EXCEPTION" }),
        // late
        row({ answeredOn: d("2026-11-03"), outcome: "REFUSED", refusalGround: "NOT_AVAILABLE" }),
        row({}),
        row({ receivedOn: d("2025-03-03"), firstDueOn: d("2025-04-01") }),
      ],
      calendar,
    );
    expect(stats.map((s) => s.year)).toEqual([2026, 2025]);
    const [current] = stats;
    expect(current).toMatchObject({ received: 4, answered: 3, answeredOnTime: 2, outcomes: { GIVEN: 1, PARTIAL: 1, REFUSED: 1 }, grounds: { EXCEPTION: 1, NOT_AVAILABLE: 1 } });
    // 5, 32 and 21 working days (6 and 18 November are holidays)
    expect(current!.averageWorkingDays).toBeCloseTo((5 + 32 + 21) / 3, 5);
    expect(stats[1]).toMatchObject({ received: 1, answered: 0, averageWorkingDays: null });
  });
});
