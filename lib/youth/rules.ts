// The youth and childhood council's rules (plan axis 5). Communes are not required to have one
// (only regions must create a youth body, OL 111.14 art. 117; domain.md §5), so the age limits are
// the commune's choice; the law fixes what matters for data and consent: a person is a minor
// until 18 full years (Family Code, law 70.03, art. 209), and a minor's personal data is processed,
// and published, only with the consent of their legal representative (law 09-08 art. 4, consent of
// the person concerned, given for a minor by the parent or guardian who represents them, Family
// Code arts. 230–231). Pure functions, no I/O.

/** Age limits of the council: the childhood band from MIN_AGE to 17, the youth band from 18 to MAX_AGE. */
export const YOUTH_COUNCIL_AGES = { min: 12, majority: 18, max: 29 } as const;

export type AgeBand = "CHILD" | "YOUTH";

export type Birth = { birthYear: number; birthDate: Date | null };

/**
 * Full years on `day` (UTC calendar days). With only a birth year, the lowest age that year allows
 * (as if born on 31 December), so that nobody is taken for an adult too early.
 */
export function ageOn(birth: Birth, day: Date): number {
  const born = birth.birthDate ?? new Date(Date.UTC(birth.birthYear, 11, 31));
  let age = day.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday = day.getUTCMonth() < born.getUTCMonth() || (day.getUTCMonth() === born.getUTCMonth() && day.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export type Consent = { guardianName: string | null; guardianRelation: string | null; consentOn: Date | null; consentMethod: string | null };

export type MemberStanding = {
  age: number;
  /** null: outside the council's ages on that day. */
  band: AgeBand | null;
  minor: boolean;
  /** A minor without a recorded consent (name, relation, date and how it was given). */
  consentMissing: boolean;
  /** May take part (present proposals, be counted): within the ages, and consent recorded for a minor. */
  mayTakePart: boolean;
  /** What the public page may show: the full name (adults who agreed), the first name (minors, with the guardian's consent), nothing. */
  publicName: "FULL" | "FIRST" | "NONE";
};

/** A consent is recorded when every part of it is (who gave it, their relation, when, how). */
export function consentRecorded(c: Consent): boolean {
  return !!(c.guardianName?.trim() && c.guardianRelation?.trim() && c.consentOn && c.consentMethod);
}

/**
 * A member's standing on `day`: age band (YOUTH_COUNCIL_AGES), whether they are a minor (Family
 * Code art. 209) and so need a guardian's consent before taking part or appearing publicly
 * (law 09-08 art. 4), and which name the public page may show.
 */
export function memberStanding(member: Birth & Consent & { publicListing: boolean }, day: Date): MemberStanding {
  const age = ageOn(member, day);
  const minor = age < YOUTH_COUNCIL_AGES.majority;
  const band: AgeBand | null = age < YOUTH_COUNCIL_AGES.min || age > YOUTH_COUNCIL_AGES.max ? null : minor ? "CHILD" : "YOUTH";
  const consentMissing = minor && !consentRecorded(member);
  const mayTakePart = band !== null && !consentMissing;
  const publicName = !member.publicListing || !mayTakePart ? "NONE" : minor ? "FIRST" : "FULL";
  return { age, band, minor, consentMissing, mayTakePart, publicName };
}

/** Why a member cannot be registered with this birth: a birth date in another year, or ages outside the council's on `day`. */
export function birthError(birth: Birth, day: Date): "birthDateYear" | "ageOutside" | null {
  if (birth.birthDate && birth.birthDate.getUTCFullYear() !== birth.birthYear) return "birthDateYear";
  const age = ageOn(birth, day);
  if (age < YOUTH_COUNCIL_AGES.min || age > YOUTH_COUNCIL_AGES.max) return "ageOutside";
  return null;
}
