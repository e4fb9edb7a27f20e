import { describe, expect, it } from "vitest";
import {
  acceptanceBlockers,
  addCalendarMonths,
  answerDueDate,
  canFile,
  canTransition,
  communeDate,
  daysUntil,
  isAnswerLate,
  isCollecting,
  isSignatoryDataPurgeDue,
  medianDecisionDays,
  nextOrdinarySession,
  signatureThreshold,
  signatoryDataPurgeDay,
  unmetAssociationConditions,
  type PetitionStatus,
} from "./rules";

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("signature threshold (organic law 113.14 art. 123)", () => {
  it("is 100 below 35,000 inhabitants and 200 from 35,000", () => {
    expect(signatureThreshold("CITIZENS", { legalPopulation: 7_089, hasArrondissements: false })).toBe(100);
    expect(signatureThreshold("CITIZENS", { legalPopulation: 34_999, hasArrondissements: false })).toBe(100);
    expect(signatureThreshold("CITIZENS", { legalPopulation: 35_000, hasArrondissements: false })).toBe(200);
    expect(signatureThreshold("CITIZENS", { legalPopulation: 900_000, hasArrondissements: false })).toBe(200);
  });

  it("is 400 in communes with arrondissements, whatever their population", () => {
    expect(signatureThreshold("CITIZENS", { legalPopulation: 3_000_000, hasArrondissements: true })).toBe(400);
    expect(signatureThreshold("CITIZENS", { legalPopulation: 20_000, hasArrondissements: true })).toBe(400);
  });

  it("does not apply to an association's petition (art. 124)", () => {
    expect(signatureThreshold("ASSOCIATION", { legalPopulation: 7_089, hasArrondissements: false })).toBe(0);
    expect(signatureThreshold("ASSOCIATION", { legalPopulation: 3_000_000, hasArrondissements: true })).toBe(0);
  });
});

describe("association eligibility at the filing date (art. 124)", () => {
  const verified = { verifiedAt: new Date("2025-01-01T00:00:00Z"), seatOrBranchInCommune: true };

  it("needs MORE than three years: the third anniversary itself is too early, the day after is fine", () => {
    const association = { ...verified, foundedOn: day(2022, 6, 15) };
    expect(unmetAssociationConditions(association, day(2025, 6, 14))).toEqual(["age"]);
    expect(unmetAssociationConditions(association, day(2025, 6, 15))).toEqual(["age"]);
    expect(unmetAssociationConditions(association, day(2025, 6, 16))).toEqual([]);
  });

  it("takes 28 February as the anniversary of an association founded on 29 February", () => {
    const association = { ...verified, foundedOn: day(2020, 2, 29) };
    expect(unmetAssociationConditions(association, day(2023, 2, 28))).toEqual(["age"]);
    expect(unmetAssociationConditions(association, day(2023, 3, 1))).toEqual([]);
  });

  it("requires verification by the commune and a seat or branch in the commune", () => {
    const association = { verifiedAt: null, foundedOn: day(2010, 1, 1), seatOrBranchInCommune: false };
    expect(unmetAssociationConditions(association, day(2026, 11, 29))).toEqual(["verified", "seat"]);
  });
});

describe("three calendar months", () => {
  it("keeps the day of the month when the target month has it", () => {
    expect(addCalendarMonths(day(2026, 1, 15), 3)).toEqual(day(2026, 4, 15));
    expect(addCalendarMonths(day(2026, 11, 15), 3)).toEqual(day(2027, 2, 15));
  });

  it("ends at the last day of a shorter month, leap years included", () => {
    expect(addCalendarMonths(day(2026, 11, 30), 3)).toEqual(day(2027, 2, 28));
    expect(addCalendarMonths(day(2027, 11, 30), 3)).toEqual(day(2028, 2, 29));
    expect(addCalendarMonths(day(2026, 5, 31), 3)).toEqual(day(2026, 8, 31));
    expect(addCalendarMonths(day(2026, 3, 31), 3)).toEqual(day(2026, 6, 30));
  });
});

describe("the reasoned answer within three months of filing (art. 125)", () => {
  it("is due three months after the filing day in the commune's calendar", () => {
    expect(answerDueDate(new Date("2026-11-29T10:00:00Z"))).toEqual(day(2027, 2, 28));
    expect(answerDueDate(new Date("2027-11-30T10:00:00Z"))).toEqual(day(2028, 2, 29));
  });

  it("uses the commune's day, not UTC's: 23:30 UTC on 31 October is already 1 November in Morocco", () => {
    expect(communeDate(new Date("2026-10-31T23:30:00Z"))).toEqual(day(2026, 11, 1));
    expect(answerDueDate(new Date("2026-10-31T23:30:00Z"))).toEqual(day(2027, 2, 1));
  });

  it("is on time through the whole due day and late from the next", () => {
    const due = day(2027, 2, 28);
    expect(isAnswerLate(due, new Date("2027-02-28T22:00:00Z"))).toBe(false);
    expect(isAnswerLate(due, new Date("2027-03-01T09:00:00Z"))).toBe(true);
    expect(daysUntil(due, new Date("2027-02-20T09:00:00Z"))).toBe(8);
    expect(daysUntil(due, new Date("2027-03-02T09:00:00Z"))).toBe(-2);
  });
});

describe("the next ordinary session after the bureau's decision (arts. 33, 38)", () => {
  it("is the first of February, May, October that begins after the decision", () => {
    expect(nextOrdinarySession(day(2027, 1, 31))).toEqual({ year: 2027, month: 2 });
    expect(nextOrdinarySession(day(2027, 2, 1))).toEqual({ year: 2027, month: 5 });
    expect(nextOrdinarySession(day(2027, 5, 20))).toEqual({ year: 2027, month: 10 });
    expect(nextOrdinarySession(day(2027, 9, 30))).toEqual({ year: 2027, month: 10 });
  });

  it("rolls over to the next year's first session after October", () => {
    expect(nextOrdinarySession(day(2026, 10, 2))).toEqual({ year: 2027, month: 2 });
    expect(nextOrdinarySession(day(2026, 12, 31))).toEqual({ year: 2027, month: 2 });
  });

  it("follows the months from the commune's settings, in any order", () => {
    expect(nextOrdinarySession(day(2027, 3, 10), [10, 3, 6])).toEqual({ year: 2027, month: 6 });
    expect(() => nextOrdinarySession(day(2027, 3, 10), [])).toThrow();
  });
});

describe("lifecycle (arts. 122–125)", () => {
  const all: PetitionStatus[] = ["DRAFT", "COLLECTING", "FILED", "UNDER_REVIEW", "ACCEPTED", "REJECTED"];

  it("takes a citizens' petition through signatures, filing, review and a decision, never backwards", () => {
    expect(canTransition("CITIZENS", "DRAFT", "COLLECTING")).toBe(true);
    expect(canTransition("CITIZENS", "COLLECTING", "FILED")).toBe(true);
    expect(canTransition("CITIZENS", "FILED", "UNDER_REVIEW")).toBe(true);
    expect(canTransition("CITIZENS", "UNDER_REVIEW", "ACCEPTED")).toBe(true);
    expect(canTransition("CITIZENS", "UNDER_REVIEW", "REJECTED")).toBe(true);
    expect(canTransition("CITIZENS", "DRAFT", "FILED")).toBe(false);
    expect(canTransition("CITIZENS", "FILED", "COLLECTING")).toBe(false);
    expect(canTransition("CITIZENS", "FILED", "ACCEPTED")).toBe(false);
    for (const to of all) {
      expect(canTransition("CITIZENS", "ACCEPTED", to)).toBe(false);
      expect(canTransition("CITIZENS", "REJECTED", to)).toBe(false);
    }
  });

  it("files an association's petition straight from the draft: it gathers no signatures", () => {
    expect(canTransition("ASSOCIATION", "DRAFT", "FILED")).toBe(true);
    expect(canTransition("ASSOCIATION", "DRAFT", "COLLECTING")).toBe(false);
  });

  it("accepts and releases signatures only while collecting", () => {
    expect(all.filter(isCollecting)).toEqual(["COLLECTING"]);
  });

  it("files a citizens' petition once it has the threshold's number of signatures", () => {
    expect(canFile("CITIZENS", "COLLECTING", 99, 100)).toBe(false);
    expect(canFile("CITIZENS", "COLLECTING", 100, 100)).toBe(true);
    expect(canFile("CITIZENS", "DRAFT", 100, 100)).toBe(false);
    expect(canFile("ASSOCIATION", "DRAFT", 0, 0)).toBe(true);
    expect(canFile("ASSOCIATION", "FILED", 0, 0)).toBe(false);
  });
});

describe("the bureau's checklist (arts. 121, 123, 124)", () => {
  const ok = { withinCompetence: true, respectsConstants: true, associationConditions: null };

  it("accepts a citizens' petition only within the council's powers, off the constants, with enough VALID signatures", () => {
    expect(acceptanceBlockers("CITIZENS", ok, 100, 100)).toEqual([]);
    expect(acceptanceBlockers("CITIZENS", ok, 99, 100)).toEqual(["threshold"]);
    expect(acceptanceBlockers("CITIZENS", { ...ok, withinCompetence: false, respectsConstants: false }, 100, 100)).toEqual(["competence", "constants"]);
  });

  it("accepts an association's petition only when the bureau confirms the art. 124 conditions", () => {
    expect(acceptanceBlockers("ASSOCIATION", ok, 0, 0)).toEqual(["association"]);
    expect(acceptanceBlockers("ASSOCIATION", { ...ok, associationConditions: true }, 0, 0)).toEqual([]);
  });
});

describe("statistics of the register", () => {
  const at = (iso: string) => new Date(iso);

  it("gives the median days from filing to decision, or null when none is decided", () => {
    expect(medianDecisionDays([])).toBeNull();
    expect(medianDecisionDays([{ filedAt: at("2026-01-01"), decidedAt: at("2026-01-11") }])).toBe(10);
    expect(
      medianDecisionDays([
        { filedAt: at("2026-01-01"), decidedAt: at("2026-01-11") },
        { filedAt: at("2026-01-01"), decidedAt: at("2026-03-02") },
        { filedAt: at("2026-01-01"), decidedAt: at("2026-01-21") },
        { filedAt: at("2026-01-01"), decidedAt: at("2026-01-31") },
      ]),
    ).toBe(25);
  });
});

describe("signatories' personal data is anonymised after the retention period (law 09-08 art. 3)", () => {
  const at = (iso: string) => new Date(iso);

  it("counts from the bureau's decision for a rejected petition", () => {
    const purge = signatoryDataPurgeDay({ status: "REJECTED", decidedAt: at("2026-03-10T10:00:00Z"), councilDecidedAt: null }, 6);
    expect(purge).toEqual(day(2026, 9, 10));
    expect(isSignatoryDataPurgeDue(purge, at("2026-09-09T12:00:00Z"))).toBe(false);
    expect(isSignatoryDataPurgeDue(purge, at("2026-09-10T00:30:00Z"))).toBe(true);
  });

  it("counts from the council's decision for an accepted petition, and waits while the council has not decided", () => {
    expect(signatoryDataPurgeDay({ status: "ACCEPTED", decidedAt: at("2026-03-10T10:00:00Z"), councilDecidedAt: null }, 6)).toBeNull();
    expect(signatoryDataPurgeDay({ status: "ACCEPTED", decidedAt: at("2026-03-10T10:00:00Z"), councilDecidedAt: at("2026-05-05T10:00:00Z") }, 3)).toEqual(day(2026, 8, 5));
  });

  it("never purges a petition still in its procedure, and never keeps data longer than 6 months", () => {
    for (const status of ["DRAFT", "COLLECTING", "FILED", "UNDER_REVIEW"] as const) {
      expect(signatoryDataPurgeDay({ status, decidedAt: null, councilDecidedAt: null }, 6)).toBeNull();
    }
    expect(signatoryDataPurgeDay({ status: "REJECTED", decidedAt: at("2026-01-31T10:00:00Z"), councilDecidedAt: null }, 24)).toEqual(day(2026, 7, 31));
    expect(isSignatoryDataPurgeDue(null, at("2030-01-01T00:00:00Z"))).toBe(false);
  });
});
