import { describe, expect, it } from "vitest";
import { isOpen, mayTakePart, maySynthesize, tallyResponses } from "./rules";

describe("consultation rules", () => {
  const closesAt = new Date("2026-12-15T22:59:00Z");
  it("takes answers until the closing instant, and a synthesis only after it", () => {
    expect(isOpen(closesAt, new Date("2026-12-15T22:58:59Z"))).toBe(true);
    expect(isOpen(closesAt, closesAt)).toBe(false);
    expect(maySynthesize(closesAt, new Date("2026-12-10T00:00:00Z"))).toBe(false);
    expect(maySynthesize(closesAt, new Date("2026-12-16T00:00:00Z"))).toBe(true);
  });
  it("lets associations-only consultations take part only a verified association's representative", () => {
    expect(mayTakePart("RESIDENTS", false)).toBe(true);
    expect(mayTakePart("ASSOCIATIONS", false)).toBe(false);
    expect(mayTakePart("ASSOCIATIONS", true)).toBe(true);
  });
  it("counts participants and choices by declared gender and douar, ignoring out-of-range choices", () => {
    const { participants, byQuestion } = tallyResponses(
      [
        { douarId: 1, gender: "FEMALE", choices: { 10: 0 } },
        { douarId: 1, gender: "MALE", choices: { 10: 1 } },
        { douarId: null, gender: null, choices: { 10: 0, 11: 0 } },
        { douarId: 2, gender: "FEMALE", choices: { 10: 7 } },
      ],
      [{ id: 10, options: 2 }],
    );
    expect(participants.total).toBe(4);
    expect(participants.byGender).toEqual({ FEMALE: 2, MALE: 1, UNDECLARED: 1 });
    expect([...participants.byDouar.entries()]).toEqual([[1, 2], [null, 1], [2, 1]]);
    const q = byQuestion.get(10)!;
    expect(q.answered).toBe(3);
    expect(q.options.map((o) => o.total)).toEqual([2, 1]);
    expect(q.options[0]!.byGender).toEqual({ FEMALE: 1, MALE: 0, UNDECLARED: 1 });
  });
});
