import { describe, expect, it } from "vitest";
import {
  adoptionError,
  attachmentsOpen,
  canTransition,
  committeeComposition,
  followUpAllowed,
  genderSplit,
  isActiveMember,
  MIN_DECLARED_FOR_BREAKDOWN,
  minutesPublishable,
  participantsByGender,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  proposalForce,
  publishableSplit,
  registrationOpen,
  settingsError,
  type Gender,
} from "./rules";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = day("2026-11-29");
const settings = { minMembers: 5, maxMembers: 21, targetWomenPercent: 50 };
const member = (gender: Gender, termStart = "2025-01-01", termEnd: string | null = null) => ({ gender, termStart: day(termStart), termEnd: termEnd ? day(termEnd) : null });

describe("isActiveMember (art. 120)", () => {
  it("counts the first and last day of the term, not before nor after", () => {
    expect(isActiveMember(member("WOMAN", "2026-11-29"), TODAY)).toBe(true);
    expect(isActiveMember(member("WOMAN", "2026-11-30"), TODAY)).toBe(false);
    expect(isActiveMember(member("WOMAN", "2024-01-01", "2026-11-29"), TODAY)).toBe(true);
    expect(isActiveMember(member("WOMAN", "2024-01-01", "2026-11-28"), TODAY)).toBe(false);
  });
});

describe("committeeComposition (art. 120 para. 2, target share of women)", () => {
  it("meets a 50 % target at exactly half, and says how many women are missing otherwise", () => {
    const half = committeeComposition([member("WOMAN"), member("WOMAN"), member("MAN"), member("MAN")], settings, TODAY);
    expect(half).toMatchObject({ total: 4, women: 2, men: 2, womenPercent: 50, meetsTarget: true, womenShortfall: 0, withinSize: false });
    const seven = committeeComposition([...Array(3)].map(() => member("WOMAN")).concat([...Array(4)].map(() => member("MAN"))), settings, TODAY);
    expect(seven).toMatchObject({ total: 7, women: 3, womenPercent: 42, meetsTarget: false, womenShortfall: 1, withinSize: true });
  });

  it("leaves out members whose term has ended or not started", () => {
    const c = committeeComposition([member("WOMAN", "2020-01-01", "2025-12-31"), member("MAN"), member("WOMAN", "2027-01-01")], settings, TODAY);
    expect(c).toMatchObject({ total: 1, women: 0, men: 1, meetsTarget: false, womenShortfall: 1 });
  });

  it("an empty committee meets no target and has 0 %", () => {
    expect(committeeComposition([], settings, TODAY)).toMatchObject({ total: 0, womenPercent: 0, meetsTarget: false, womenShortfall: 0, withinSize: false });
  });

  it("follows another target share from the settings (e.g. one third)", () => {
    const c = committeeComposition([member("WOMAN"), member("MAN"), member("MAN")], { ...settings, targetWomenPercent: 33, minMembers: 1 }, TODAY);
    expect(c).toMatchObject({ meetsTarget: true, withinSize: true });
  });
});

describe("settingsError", () => {
  const good = { ...settings, meetingsPerYear: 4, bureauRolesAr: ["أ", "ب"], bureauRolesFr: ["a", "b"], categoriesAr: ["x"], categoriesFr: ["x"] };
  it("accepts coherent settings and refuses inverted sizes, a share above 100 and lists of different lengths", () => {
    expect(settingsError(good)).toBeNull();
    expect(settingsError({ ...good, minMembers: 10, maxMembers: 9 })).toEqual({ field: "maxMembers", key: "sizeRange" });
    expect(settingsError({ ...good, targetWomenPercent: 101 })).toEqual({ field: "targetWomenPercent", key: "percentRange" });
    expect(settingsError({ ...good, bureauRolesFr: ["a"] })).toEqual({ field: "bureauRolesFr", key: "listsMismatch" });
    expect(settingsError({ ...good, categoriesFr: [] })).toEqual({ field: "categoriesFr", key: "listsMismatch" });
  });
});

describe("opinion workflow (PROPOSAL_TRANSITIONS)", () => {
  it("allows exactly the next step and no skipping", () => {
    expect(canTransition("DRAFT", "ADOPTED")).toBe(true);
    expect(canTransition("ADOPTED", "SENT")).toBe(true);
    expect(canTransition("SENT", "ANSWERED")).toBe(true);
    expect(canTransition("ANSWERED", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "DONE")).toBe(true);
    expect(canTransition("DRAFT", "SENT")).toBe(false);
    expect(canTransition("ADOPTED", "ANSWERED")).toBe(false);
    expect(canTransition("DRAFT", "DONE")).toBe(false);
  });

  it("never goes back and never stays in place", () => {
    for (const from of PROPOSAL_STATUSES) {
      for (const to of PROPOSAL_STATUSES) {
        if (PROPOSAL_STATUSES.indexOf(to) <= PROPOSAL_STATUSES.indexOf(from)) expect(canTransition(from, to)).toBe(false);
      }
    }
    expect(PROPOSAL_TRANSITIONS.DONE).toEqual([]);
  });

  it("follows up accepted or partly accepted proposals only; any answered proposal can be closed", () => {
    expect(followUpAllowed("ACCEPTED", "IN_PROGRESS")).toBe(true);
    expect(followUpAllowed("PARTLY_ACCEPTED", "IN_PROGRESS")).toBe(true);
    expect(followUpAllowed("REJECTED", "IN_PROGRESS")).toBe(false);
    expect(followUpAllowed("REJECTED", "DONE")).toBe(true);
  });

  it("adopts by more votes for than against, within the committee's size", () => {
    expect(adoptionError({ votesFor: 5, votesAgainst: 2, votesAbstaining: 1 }, 9)).toBeNull();
    expect(adoptionError({ votesFor: 3, votesAgainst: 3, votesAbstaining: 0 }, 9)).toBe("notAdopted");
    expect(adoptionError({ votesFor: 8, votesAgainst: 1, votesAbstaining: 1 }, 9)).toBe("tooManyVotes");
  });
});

describe("proposalForce", () => {
  it("counts sent, answered, accepted and acted on", () => {
    expect(
      proposalForce([
        { status: "DRAFT", response: null },
        { status: "ADOPTED", response: null },
        { status: "SENT", response: null },
        { status: "ANSWERED", response: "REJECTED" },
        { status: "IN_PROGRESS", response: "PARTLY_ACCEPTED" },
        { status: "DONE", response: "ACCEPTED" },
        { status: "DONE", response: "REJECTED" },
      ]),
    ).toEqual({ sent: 5, answered: 4, accepted: 2, actedOn: 1 });
  });
});

describe("minutesPublishable", () => {
  it("waits for the meeting and for a text", () => {
    const now = new Date("2026-11-29T12:00:00Z");
    expect(minutesPublishable({ scheduledAt: new Date("2026-11-30T09:00:00Z"), minutes: "x" }, now)).toBe("notHeldYet");
    expect(minutesPublishable({ scheduledAt: new Date("2026-11-28T09:00:00Z"), minutes: "  " }, now)).toBe("minutesRequired");
    expect(minutesPublishable({ scheduledAt: new Date("2026-11-28T09:00:00Z"), minutes: "محضر" }, now)).toBeNull();
  });
});

describe("trainings", () => {
  it("registration closes when the training starts", () => {
    const startsAt = new Date("2026-12-01T09:00:00Z");
    expect(registrationOpen({ startsAt }, new Date("2026-12-01T08:59:00Z"))).toBe(true);
    expect(registrationOpen({ startsAt }, new Date("2026-12-01T09:00:00Z"))).toBe(false);
  });

  it("counts participants by declared gender: the registered before attendance, those present after", () => {
    const before = [{ gender: "WOMAN" as const, attended: null }, { gender: "MAN" as const, attended: null }, { gender: null, attended: null }];
    expect(participantsByGender(before)).toEqual({ registered: 3, attended: 0, women: 1, men: 1, undeclared: 1 });
    const after = [{ gender: "WOMAN" as const, attended: true }, { gender: "WOMAN" as const, attended: true }, { gender: "MAN" as const, attended: false }];
    expect(participantsByGender(after)).toEqual({ registered: 3, attended: 2, women: 2, men: 0, undeclared: 0 });
  });
});

describe("the gender lens's figures", () => {
  it("adds up both gender enums and counts the rest as undeclared", () => {
    expect(genderSplit([{ gender: "WOMAN", count: 3 }, { gender: "FEMALE", count: 2 }, { gender: "MALE", count: 4 }, { gender: null, count: 7 }])).toEqual({ women: 5, men: 4, undeclared: 7 });
    // Raw SQL gives the database's labels.
    expect(genderSplit([{ gender: "woman", count: 1 }, { gender: "man", count: 2 }])).toEqual({ women: 1, men: 2, undeclared: 0 });
  });

  it("publishes a breakdown only from five declarations on, so that nobody can be told apart", () => {
    expect(publishableSplit({ women: 2, men: 2, undeclared: 40 })).toBeNull();
    expect(publishableSplit({ women: 4, men: 1, undeclared: 0 })).toEqual({ women: 4, men: 1, undeclared: 0 });
    expect(MIN_DECLARED_FOR_BREAKDOWN).toBe(5);
  });
});

describe("attachments of minutes and opinions", () => {
  it("can change until the minutes are published or the opinion is sent", () => {
    expect(attachmentsOpen({ minutesPublishedAt: null })).toBe(true);
    expect(attachmentsOpen({ minutesPublishedAt: new Date() })).toBe(false);
    expect(attachmentsOpen({ status: "DRAFT" })).toBe(true);
    expect(attachmentsOpen({ status: "ADOPTED" })).toBe(true);
    for (const status of PROPOSAL_STATUSES.slice(PROPOSAL_STATUSES.indexOf("SENT"))) expect(attachmentsOpen({ status }), status).toBe(false);
  });
});
