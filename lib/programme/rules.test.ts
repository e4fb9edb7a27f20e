import { describe, expect, it } from "vitest";
import {
  adoptionChecks,
  adoptionDateOutOfOrder,
  executionSummary,
  isOutsideProgramme,
  isValidProgrammePeriod,
  statusNeedsReason,
  votesExceedCouncil,
  type AdoptionDates,
  type ProjectFigures,
} from "./rules";

const project = (overrides: Partial<ProjectFigures>): ProjectFigures => ({
  status: "IN_PROGRESS",
  estimatedCostMad: 100_000,
  physicalPercent: 0,
  committedMad: null,
  spentMad: null,
  ...overrides,
});

describe("the programme's period (organic law 113.14 art. 78)", () => {
  it("covers exactly six years", () => {
    expect(isValidProgrammePeriod(2022, 2027)).toBe(true);
    expect(isValidProgrammePeriod(2022, 2026)).toBe(false);
    expect(isValidProgrammePeriod(2022, 2028)).toBe(false);
  });

  it("holds a project's years within the programme's six", () => {
    const programme = { startYear: 2022, endYear: 2027 };
    expect(isOutsideProgramme(2021, programme)).toBe(true);
    expect(isOutsideProgramme(2022, programme)).toBe(false);
    expect(isOutsideProgramme(2027, programme)).toBe(false);
    expect(isOutsideProgramme(2028, programme)).toBe(true);
  });
});

describe("a delayed or cancelled project says why (decree 2.16.301 art. 14)", () => {
  it("asks a reason exactly for DELAYED and CANCELLED", () => {
    expect(statusNeedsReason("DELAYED")).toBe(true);
    expect(statusNeedsReason("CANCELLED")).toBe(true);
    expect(statusNeedsReason("IN_PROGRESS")).toBe(false);
    expect(statusNeedsReason("COMPLETED")).toBe(false);
    expect(statusNeedsReason("PLANNED")).toBe(false);
  });
});

describe("execution summary (decree 2.16.301 art. 14: completion rate and resources)", () => {
  it("is all zeros for an empty programme, never NaN", () => {
    expect(executionSummary([])).toEqual({
      programmed: 0, completed: 0, cancelled: 0, completionRate: 0, weightedProgress: 0, programmedMad: 0, committedMad: 0, spentMad: 0,
    });
  });

  it("weights physical progress by estimated cost", () => {
    const summary = executionSummary([
      project({ estimatedCostMad: 900_000, physicalPercent: 10 }),
      project({ estimatedCostMad: 100_000, physicalPercent: 90 }),
    ]);
    // (900k × 10 % + 100k × 90 %) / 1,000k = 18 %
    expect(summary.weightedProgress).toBeCloseTo(0.18, 10);
  });

  it("counts a project without a cost estimate at the average cost of the others", () => {
    const summary = executionSummary([
      project({ estimatedCostMad: 200_000, physicalPercent: 0 }),
      project({ estimatedCostMad: 400_000, physicalPercent: 0 }),
      project({ estimatedCostMad: null, physicalPercent: 100 }),
    ]);
    // the costless project weighs 300k: 300k / 900k
    expect(summary.weightedProgress).toBeCloseTo(1 / 3, 10);
    expect(summary.programmedMad).toBe(600_000);
  });

  it("weighs projects equally when none has a cost", () => {
    const summary = executionSummary([project({ estimatedCostMad: null, physicalPercent: 20 }), project({ estimatedCostMad: null, physicalPercent: 60 })]);
    expect(summary.weightedProgress).toBeCloseTo(0.4, 10);
  });

  it("excludes cancelled projects from every rate and amount, but reports how many there are", () => {
    const summary = executionSummary([
      project({ status: "COMPLETED", physicalPercent: 100, spentMad: 100_000 }),
      project({ status: "CANCELLED", estimatedCostMad: 5_000_000, physicalPercent: 0, committedMad: 50_000, spentMad: 10_000 }),
    ]);
    expect(summary.programmed).toBe(1);
    expect(summary.cancelled).toBe(1);
    expect(summary.completionRate).toBe(1);
    expect(summary.weightedProgress).toBe(1);
    expect(summary.programmedMad).toBe(100_000);
    expect(summary.spentMad).toBe(100_000);
  });

  it("counts a completed project as fully done even if its last update said less", () => {
    expect(executionSummary([project({ status: "COMPLETED", physicalPercent: 80 })]).weightedProgress).toBe(1);
  });

  it("gives the completion rate as completed over programmed", () => {
    const summary = executionSummary([
      project({ status: "COMPLETED" }),
      project({ status: "IN_PROGRESS" }),
      project({ status: "DELAYED" }),
      project({ status: "PLANNED" }),
    ]);
    expect(summary.completed).toBe(1);
    expect(summary.completionRate).toBe(0.25);
  });

  it("keeps out-of-range percentages within 0–100", () => {
    const summary = executionSummary([project({ physicalPercent: 250 }), project({ physicalPercent: -40 })]);
    expect(summary.weightedProgress).toBeCloseTo(0.5, 10);
  });

  it("adds up committed and spent amounts, treating unknown as zero", () => {
    const summary = executionSummary([project({ committedMad: 70_000, spentMad: 30_000 }), project({ committedMad: null, spentMad: 5_000 })]);
    expect(summary.committedMad).toBe(70_000);
    expect(summary.spentMad).toBe(35_000);
  });
});

describe("the programme's adoption record (decree 2.16.301 arts. 5, 7, 10; organic law 113.14 arts. 43, 118)", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const dates: AdoptionDates = {
    decisionToPrepareOn: day("2022-01-24"),
    decisionPostedOn: day("2022-02-08"), // 15 days: still on time
    committeeReviewOn: day("2022-08-16"), // exactly 30 days before the vote
    councilVoteOn: day("2022-09-15"),
    governorVisaOn: day("2022-10-05"), // 20 days
  };
  const votes = { votesFor: 6, votesAgainst: 3, votesAbstaining: 2 };
  const state = (checks: ReturnType<typeof adoptionChecks>) => Object.fromEntries(checks.map((c) => [c.key, c.state]));

  it("meets each rule on its last allowed day", () => {
    expect(state(adoptionChecks(dates, votes, 11, ["DOUAR_WORKSHOP", "EQUALITY_COMMITTEE"]))).toEqual({
      decisionPosted: "met",
      committeeLead: "met",
      equalityCommitteeConsulted: "met",
      absoluteMajority: "met",
      governorVisa: "met",
    });
  });

  it("flags one day late, one day short, a simple majority and a missing equality committee", () => {
    const late = { ...dates, decisionPostedOn: day("2022-02-09"), committeeReviewOn: day("2022-08-17"), governorVisaOn: day("2022-10-06") };
    expect(state(adoptionChecks(late, { ...votes, votesFor: 5 }, 11, ["ASSOCIATIONS"]))).toEqual({
      decisionPosted: "notMet",
      committeeLead: "notMet",
      equalityCommitteeConsulted: "notMet",
      absoluteMajority: "notMet", // 5 of 11 members is not more than half
      governorVisa: "notMet",
    });
  });

  it("says unknown rather than guessing when a date or the votes are missing", () => {
    const missing = { ...dates, decisionPostedOn: null, councilVoteOn: null };
    const checks = state(adoptionChecks(missing, { votesFor: null, votesAgainst: null, votesAbstaining: null }, 11, []));
    expect(checks.decisionPosted).toBe("unknown");
    expect(checks.committeeLead).toBe("unknown");
    expect(checks.governorVisa).toBe("unknown");
    expect(checks.absoluteMajority).toBe("unknown");
  });

  it("finds a step dated before the one it follows, skipping steps not yet dated", () => {
    expect(adoptionDateOutOfOrder(dates)).toBeNull();
    expect(adoptionDateOutOfOrder({ ...dates, decisionPostedOn: day("2022-01-20") })).toBe("decisionPostedOn");
    expect(adoptionDateOutOfOrder({ ...dates, committeeReviewOn: null, councilVoteOn: day("2022-01-01") })).toBe("councilVoteOn");
    expect(adoptionDateOutOfOrder({ ...dates, governorVisaOn: day("2022-09-14") })).toBe("governorVisaOn");
  });

  it("refuses more votes than the council has members", () => {
    expect(votesExceedCouncil(votes, 11)).toBe(false);
    expect(votesExceedCouncil({ ...votes, votesFor: 7 }, 11)).toBe(true);
  });
});
