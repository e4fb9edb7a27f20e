import { describe, expect, it } from "vitest";
import { canMoveTo, decisionsDueOn, decisionsLate, MAX_SESSION_DAYS, nextOrdinarySessionFrom, sessionDatesProblem } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("nextOrdinarySessionFrom (art. 33)", () => {
  it("goes from December to February of the next year", () => {
    expect(nextOrdinarySessionFrom({ year: 2026, month: 12, day: 15 })).toEqual({ year: 2027, month: 2 });
  });
  it("keeps an ordinary month's session for a day inside its first week", () => {
    expect(nextOrdinarySessionFrom({ year: 2026, month: 5, day: 1 })).toEqual({ year: 2026, month: 5 });
    expect(nextOrdinarySessionFrom({ year: 2026, month: 5, day: 7 })).toEqual({ year: 2026, month: 5 });
  });
  it("moves on to the next ordinary month after the first week", () => {
    expect(nextOrdinarySessionFrom({ year: 2026, month: 5, day: 8 })).toEqual({ year: 2026, month: 10 });
    expect(nextOrdinarySessionFrom({ year: 2026, month: 10, day: 20 })).toEqual({ year: 2027, month: 2 });
  });
  it("takes the next ordinary month from any other month", () => {
    expect(nextOrdinarySessionFrom({ year: 2026, month: 1, day: 31 })).toEqual({ year: 2026, month: 2 });
    expect(nextOrdinarySessionFrom({ year: 2026, month: 3, day: 1 })).toEqual({ year: 2026, month: 5 });
  });
  it("follows the commune's own months and refuses none", () => {
    expect(nextOrdinarySessionFrom({ year: 2026, month: 4, day: 1 }, [3, 9])).toEqual({ year: 2026, month: 9 });
    expect(() => nextOrdinarySessionFrom({ year: 2026, month: 4, day: 1 }, [])).toThrow();
  });
});

describe("sessionDatesProblem (arts. 33–34)", () => {
  it("accepts an ordinary session of 15 days opening in the first week", () => {
    expect(sessionDatesProblem("ORDINARY", day("2026-02-02"), day("2026-02-16"), { year: 2026, month: 2 })).toBeNull();
    expect(MAX_SESSION_DAYS).toBe(15);
  });
  it("refuses an ordinary session longer than 15 days", () => {
    expect(sessionDatesProblem("ORDINARY", day("2026-02-02"), day("2026-02-17"))).toBe("tooLong");
  });
  it("refuses an ordinary session opening after the first week or in another month", () => {
    expect(sessionDatesProblem("ORDINARY", day("2026-02-08"), day("2026-02-10"))).toBe("notFirstWeek");
    expect(sessionDatesProblem("ORDINARY", day("2026-03-02"), day("2026-03-03"), { year: 2026, month: 2 })).toBe("notFirstWeek");
  });
  it("refuses an end before the start, and lets an extraordinary session take any dates", () => {
    expect(sessionDatesProblem("EXTRAORDINARY", day("2026-03-10"), day("2026-03-09"))).toBe("endsBeforeStart");
    expect(sessionDatesProblem("EXTRAORDINARY", day("2026-03-20"), day("2026-04-20"))).toBeNull();
  });
});

describe("decisions publication (art. 273)", () => {
  it("is due eight days after the session's end, across a month", () => {
    expect(decisionsDueOn(day("2026-02-27"))).toEqual(day("2026-03-07"));
  });
  it("is late only after the due day and while unpublished", () => {
    expect(decisionsLate(day("2026-02-10"), day("2026-02-18"), null)).toBe(false);
    expect(decisionsLate(day("2026-02-10"), day("2026-02-19"), null)).toBe(true);
    expect(decisionsLate(day("2026-02-10"), day("2026-02-19"), day("2026-02-12"))).toBe(false);
  });
});

describe("status machine", () => {
  it("moves one step at a time", () => {
    expect(canMoveTo("PLANNED", "AGENDA_PUBLISHED")).toBe(true);
    expect(canMoveTo("PLANNED", "HELD")).toBe(false);
    expect(canMoveTo("HELD", "DECISIONS_PUBLISHED")).toBe(true);
    expect(canMoveTo("DECISIONS_PUBLISHED", "PLANNED")).toBe(false);
  });
});
