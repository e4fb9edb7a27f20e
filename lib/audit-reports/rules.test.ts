import { describe, expect, it } from "vitest";
import { followUpProblem, implementationSummary, isClosed, recommendationOverdue } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("recommendationOverdue", () => {
  it("is past due only while open or in progress after the due day", () => {
    expect(recommendationOverdue("OPEN", day("2026-06-30"), day("2026-06-30"))).toBe(false);
    expect(recommendationOverdue("OPEN", day("2026-06-30"), day("2026-07-01"))).toBe(true);
    expect(recommendationOverdue("IN_PROGRESS", day("2026-06-30"), day("2026-07-01"))).toBe(true);
    expect(recommendationOverdue("IMPLEMENTED", day("2026-06-30"), day("2027-01-01"))).toBe(false);
    expect(recommendationOverdue("NOT_IMPLEMENTED", day("2026-06-30"), day("2027-01-01"))).toBe(false);
  });
});

describe("followUpProblem", () => {
  it("wants the reasons of a recommendation not implemented", () => {
    expect(followUpProblem("NOT_IMPLEMENTED", "  ")).toBe("reasonRequired");
    expect(followUpProblem("NOT_IMPLEMENTED", "Crédits non ouverts")).toBeNull();
    expect(followUpProblem("IN_PROGRESS", null)).toBeNull();
    expect(isClosed("NOT_IMPLEMENTED") && isClosed("IMPLEMENTED") && !isClosed("OPEN")).toBe(true);
  });
});

describe("implementationSummary", () => {
  it("counts by status and gives the implemented share in whole percent", () => {
    expect(implementationSummary(["IMPLEMENTED", "OPEN", "IN_PROGRESS"])).toEqual({
      total: 3, implemented: 1, percent: 33, byStatus: { OPEN: 1, IN_PROGRESS: 1, IMPLEMENTED: 1, NOT_IMPLEMENTED: 0 },
    });
    expect(implementationSummary([]).percent).toBe(0);
  });
});
