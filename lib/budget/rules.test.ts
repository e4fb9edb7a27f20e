import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/calendar/working-days";
import {
  allocateFunding,
  ballotChoices,
  budgetPhase,
  checkEnvelope,
  closeAllowed,
  compareResults,
  cycleDatesError,
  dateChangeAllowed,
  envelopeEditable,
  proposalsOpen,
  reviewOpen,
  voteOpen,
  type CycleClock,
} from "./rules";

const cycle: CycleClock = {
  proposalsStart: parseIsoDay("2027-01-10"),
  proposalsEnd: parseIsoDay("2027-02-28"),
  voteStart: parseIsoDay("2027-04-01"),
  voteEnd: parseIsoDay("2027-04-30"),
  proposalsClosedAt: null,
  reviewClosedAt: null,
  voteClosedAt: null,
  closedAt: null,
};
// Noon in Beni Mathar (UTC+1).
const at = (day: string) => new Date(`${day}T11:00:00Z`);

describe("budget phases", () => {
  it("follows the dates, end days included, in Moroccan days", () => {
    expect(budgetPhase(cycle, at("2027-01-09"))).toBe("UPCOMING");
    expect(budgetPhase(cycle, at("2027-01-10"))).toBe("PROPOSALS");
    expect(budgetPhase(cycle, at("2027-02-28"))).toBe("PROPOSALS");
    expect(budgetPhase(cycle, at("2027-03-01"))).toBe("REVIEW");
    expect(budgetPhase(cycle, at("2027-04-01"))).toBe("VOTE");
    expect(budgetPhase(cycle, at("2027-04-30"))).toBe("VOTE");
    expect(budgetPhase(cycle, at("2027-05-01"))).toBe("RESULTS");
    // 23:30 UTC on the last day is already the next day in Morocco.
    expect(budgetPhase(cycle, new Date("2027-04-30T23:30:00Z"))).toBe("RESULTS");
  });

  it("ends a phase early on an explicit close, never reopens one", () => {
    const now = at("2027-01-20");
    expect(budgetPhase({ ...cycle, proposalsClosedAt: now }, now)).toBe("REVIEW");
    expect(budgetPhase({ ...cycle, proposalsClosedAt: now, reviewClosedAt: now }, now)).toBe("VOTE");
    expect(budgetPhase({ ...cycle, proposalsClosedAt: now, reviewClosedAt: now, voteClosedAt: now }, now)).toBe("RESULTS");
    expect(budgetPhase({ ...cycle, closedAt: now }, now)).toBe("DONE");
  });

  it("allows each close action only in the phase it ends", () => {
    expect(closeAllowed("closeProposals", "PROPOSALS", false)).toBe(true);
    expect(closeAllowed("closeProposals", "REVIEW", false)).toBe(false);
    expect(closeAllowed("closeReview", "REVIEW", false)).toBe(true);
    expect(closeAllowed("closeReview", "PROPOSALS", false)).toBe(false);
    expect(closeAllowed("closeVote", "VOTE", false)).toBe(true);
    // The vote ended by its date: closing it counts and publishes, once.
    expect(closeAllowed("closeVote", "RESULTS", false)).toBe(true);
    expect(closeAllowed("closeVote", "RESULTS", true)).toBe(false);
    expect(closeAllowed("closeVote", "REVIEW", false)).toBe(false);
    expect(closeAllowed("closeCycle", "RESULTS", false)).toBe(false);
    expect(closeAllowed("closeCycle", "RESULTS", true)).toBe(true);
    expect(closeAllowed("closeCycle", "DONE", true)).toBe(false);
  });

  it("refuses new dates that would move the cycle back to an earlier phase", () => {
    const now = at("2027-03-05"); // review
    const dates = { proposalsStart: cycle.proposalsStart, proposalsEnd: cycle.proposalsEnd, voteStart: cycle.voteStart, voteEnd: cycle.voteEnd };
    expect(dateChangeAllowed(cycle, { ...dates, voteStart: parseIsoDay("2027-03-20") }, now)).toBe(true);
    expect(dateChangeAllowed(cycle, { ...dates, proposalsEnd: parseIsoDay("2027-03-10") }, now)).toBe(false);
    // Once proposals were closed by hand, later dates do not reopen them.
    expect(dateChangeAllowed({ ...cycle, proposalsClosedAt: at("2027-02-01") }, { ...dates, proposalsEnd: parseIsoDay("2027-03-10") }, now)).toBe(true);
  });

  it("checks the order of the dates", () => {
    expect(cycleDatesError(cycle)).toBeNull();
    expect(cycleDatesError({ ...cycle, proposalsEnd: parseIsoDay("2027-01-01") })).toBe("proposalsEnd");
    expect(cycleDatesError({ ...cycle, voteStart: cycle.proposalsEnd })).toBe("voteStart");
    expect(cycleDatesError({ ...cycle, voteEnd: parseIsoDay("2027-03-31") })).toBe("voteEnd");
  });

  it("opens proposals, review and vote each in its own phase", () => {
    expect(proposalsOpen("PROPOSALS")).toBe(true);
    expect(proposalsOpen("REVIEW")).toBe(false);
    expect(reviewOpen("REVIEW")).toBe(true);
    expect(reviewOpen("VOTE")).toBe(false);
    // A ballot can be changed until the vote closes, not after.
    expect(voteOpen("VOTE")).toBe(true);
    expect(voteOpen("RESULTS")).toBe(false);
    expect(voteOpen("REVIEW")).toBe(false);
  });
});

describe("ballots", () => {
  it("keeps the envelope fixed once the vote has opened", () => {
    expect(envelopeEditable("PROPOSALS")).toBe(true);
    expect(envelopeEditable("REVIEW")).toBe(true);
    expect(envelopeEditable("VOTE")).toBe(false);
    expect(envelopeEditable("RESULTS")).toBe(false);
  });

  it("keeps the total within the envelope and says by how much it is exceeded", () => {
    expect(checkEnvelope([300_000, 200_000], 500_000)).toEqual({ ok: true, total: 500_000 });
    expect(checkEnvelope([], 500_000)).toEqual({ ok: true, total: 0 });
    expect(checkEnvelope([300_000, 250_000], 500_000)).toEqual({ ok: false, total: 550_000, excess: 50_000 });
  });

  it("counts each project once per ballot and refuses projects not on the ballot", () => {
    const onBallot = new Map([[1, 100], [2, 200], [3, 300]]);
    expect(ballotChoices([3, 1, 3, 1], onBallot)).toEqual([1, 3]);
    expect(ballotChoices([], onBallot)).toEqual([]);
    expect(ballotChoices([1, 9], onBallot)).toBeNull();
  });
});

describe("results", () => {
  const t = (day: string) => new Date(`${day}T10:00:00Z`);

  it("ranks by votes, then lower cost, then earlier submission", () => {
    const a = { id: 1, votes: 10, costMad: 300, submittedAt: t("2027-01-12") };
    const b = { id: 2, votes: 10, costMad: 200, submittedAt: t("2027-01-15") };
    const c = { id: 3, votes: 10, costMad: 200, submittedAt: t("2027-01-11") };
    const d = { id: 4, votes: 12, costMad: 900, submittedAt: t("2027-01-20") };
    expect([a, b, c, d].sort(compareResults).map((r) => r.id)).toEqual([4, 3, 2, 1]);
  });

  it("funds in rank order while the envelope allows, passing over a project that no longer fits", () => {
    const results = allocateFunding(
      [
        { id: 1, votes: 30, costMad: 400_000, submittedAt: t("2027-01-12") },
        { id: 2, votes: 20, costMad: 300_000, submittedAt: t("2027-01-12") },
        { id: 3, votes: 15, costMad: 100_000, submittedAt: t("2027-01-12") },
        { id: 4, votes: 0, costMad: 10_000, submittedAt: t("2027-01-12") },
      ],
      500_000,
    );
    expect(results.map((r) => [r.id, r.rank, r.funded])).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 3, true],
      [4, 4, false],
    ]);
  });

  it("breaks a tie at the edge of the envelope in favour of the cheaper project", () => {
    const results = allocateFunding(
      [
        { id: 1, votes: 5, costMad: 300_000, submittedAt: t("2027-01-10") },
        { id: 2, votes: 5, costMad: 250_000, submittedAt: t("2027-01-20") },
      ],
      300_000,
    );
    expect(results.map((r) => [r.id, r.funded])).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});
