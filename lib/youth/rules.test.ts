import { describe, expect, it } from "vitest";
import { ageOn, birthError, consentRecorded, memberStanding, YOUTH_COUNCIL_AGES } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const noConsent = { guardianName: null, guardianRelation: null, consentOn: null, consentMethod: null };
const consent = { guardianName: "فاطمة", guardianRelation: "الأم", consentOn: day("2026-09-01"), consentMethod: "SIGNED_FORM" };

describe("youth council: age", () => {
  it("counts full years from the birth date", () => {
    expect(ageOn({ birthYear: 2008, birthDate: day("2008-11-30") }, day("2026-11-29"))).toBe(17);
    expect(ageOn({ birthYear: 2008, birthDate: day("2008-11-29") }, day("2026-11-29"))).toBe(18);
  });
  it("takes the lowest age a birth year allows when the date is unknown", () => {
    expect(ageOn({ birthYear: 2008, birthDate: null }, day("2026-11-29"))).toBe(17);
    expect(ageOn({ birthYear: 2008, birthDate: null }, day("2026-12-31"))).toBe(18);
  });
  it("refuses a birth date in another year and ages outside the council's", () => {
    expect(birthError({ birthYear: 2010, birthDate: day("2011-01-01") }, day("2026-11-29"))).toBe("birthDateYear");
    expect(birthError({ birthYear: 2020, birthDate: null }, day("2026-11-29"))).toBe("ageOutside");
    expect(birthError({ birthYear: 1990, birthDate: null }, day("2026-11-29"))).toBe("ageOutside");
    expect(birthError({ birthYear: 2010, birthDate: null }, day("2026-11-29"))).toBeNull();
  });
});

describe("youth council: minors and consent (Family Code art. 209; law 09-08 art. 4)", () => {
  const today = day("2026-11-29");
  it("a minor without a guardian's consent neither takes part nor appears publicly, even if listing was ticked", () => {
    const s = memberStanding({ birthYear: 2012, birthDate: null, publicListing: true, ...noConsent }, today);
    expect(s).toMatchObject({ minor: true, band: "CHILD", consentMissing: true, mayTakePart: false, publicName: "NONE" });
  });
  it("a consent counts only when whole", () => {
    expect(consentRecorded({ ...consent, consentMethod: null })).toBe(false);
    expect(consentRecorded({ ...consent, guardianRelation: " " })).toBe(false);
    expect(consentRecorded(consent)).toBe(true);
  });
  it("with the consent a minor takes part, and shows by first name only when listing was agreed", () => {
    expect(memberStanding({ birthYear: 2012, birthDate: null, publicListing: true, ...consent }, today)).toMatchObject({ mayTakePart: true, publicName: "FIRST" });
    expect(memberStanding({ birthYear: 2012, birthDate: null, publicListing: false, ...consent }, today)).toMatchObject({ mayTakePart: true, publicName: "NONE" });
  });
  it("an adult needs no guardian and shows by full name when they agreed", () => {
    const s = memberStanding({ birthYear: 2000, birthDate: day("2000-05-01"), publicListing: true, ...noConsent }, today);
    expect(s).toMatchObject({ minor: false, band: "YOUTH", consentMissing: false, mayTakePart: true, publicName: "FULL" });
  });
  it("the bands meet at the age of majority", () => {
    expect(YOUTH_COUNCIL_AGES.majority).toBe(18);
    expect(memberStanding({ birthYear: 2008, birthDate: day("2008-11-29"), publicListing: false, ...noConsent }, today).band).toBe("YOUTH");
    expect(memberStanding({ birthYear: 2008, birthDate: day("2008-11-30"), publicListing: false, ...noConsent }, today).band).toBe("CHILD");
  });
  it("a member who has outgrown the council no longer takes part", () => {
    expect(memberStanding({ birthYear: 1996, birthDate: day("1996-01-01"), publicListing: true, ...noConsent }, today)).toMatchObject({ band: null, mayTakePart: false, publicName: "NONE" });
  });
});
