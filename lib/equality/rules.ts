// The equality committee's rules (organic law 113.14 art. 120; decree 2.16.301 art. 7). The law
// creates the committee and leaves its composition and functioning to the council's internal
// regulation (art. 120 para. 2): the numbers below come from the settings, never from code.
// The opinions/proposals workflow is generic (lib/consultative/rules.ts) and shared with the youth
// council. Pure functions, no I/O.
import type { ProposalStatus } from "@/lib/consultative/rules";

export type Gender = "WOMAN" | "MAN";

/** A day (UTC midnight) a term starts, and the last day it covers (null: open-ended). */
export type Term = { termStart: Date; termEnd: Date | null };

/** A member sits on the committee on `day` when their term has started and not ended (art. 120: composition set by the internal regulation). */
export function isActiveMember(term: Term, day: Date): boolean {
  return term.termStart.getTime() <= day.getTime() && (term.termEnd === null || term.termEnd.getTime() >= day.getTime());
}

export type CompositionSettings = { minMembers: number; maxMembers: number; targetWomenPercent: number };

export type Composition = {
  total: number;
  women: number;
  men: number;
  /** Women's share in whole percent (rounded down), 0 for an empty committee. */
  womenPercent: number;
  /** True when women make up at least the target share. */
  meetsTarget: boolean;
  /** How many more women the committee would need, at its present size, to reach the target. */
  womenShortfall: number;
  /** The size is within the internal regulation's limits. */
  withinSize: boolean;
};

/**
 * The committee's composition on `day` against the target share of women and the size limits
 * (art. 120 para. 2: set by the internal regulation; domain.md item 12 suggests ≥ 50 % women).
 * Counts only members whose term covers `day`; integer arithmetic, so 50 % of 7 needs 4 women.
 */
export function committeeComposition(members: readonly (Term & { gender: Gender })[], settings: CompositionSettings, day: Date): Composition {
  const active = members.filter((m) => isActiveMember(m, day));
  const total = active.length;
  const women = active.filter((m) => m.gender === "WOMAN").length;
  const needed = Math.ceil((settings.targetWomenPercent * total) / 100);
  return {
    total,
    women,
    men: total - women,
    womenPercent: total === 0 ? 0 : Math.floor((women * 100) / total),
    meetsTarget: total > 0 && women * 100 >= settings.targetWomenPercent * total,
    womenShortfall: Math.max(0, needed - women),
    withinSize: total >= settings.minMembers && total <= settings.maxMembers,
  };
}

/** Settings are coherent: 1 ≤ min ≤ max, target share in [0, 100], at least one meeting a year, and ar/fr lists of equal length. */
export function settingsError(s: CompositionSettings & { meetingsPerYear: number; bureauRolesAr: string[]; bureauRolesFr: string[]; categoriesAr: string[]; categoriesFr: string[] }):
  | { field: "maxMembers" | "targetWomenPercent" | "bureauRolesFr" | "categoriesFr"; key: "sizeRange" | "percentRange" | "listsMismatch" }
  | null {
  if (s.minMembers < 1 || s.maxMembers < s.minMembers) return { field: "maxMembers", key: "sizeRange" };
  if (s.targetWomenPercent < 0 || s.targetWomenPercent > 100) return { field: "targetWomenPercent", key: "percentRange" };
  if (s.bureauRolesFr.length !== s.bureauRolesAr.length) return { field: "bureauRolesFr", key: "listsMismatch" };
  if (s.categoriesFr.length !== s.categoriesAr.length) return { field: "categoriesFr", key: "listsMismatch" };
  return null;
}

// Opinions and proposals to the council: the workflow is shared with the other consultative bodies
// (the youth council) and lives in lib/consultative/rules.ts; re-exported here for the committee.
export {
  adoptionError,
  canTransition,
  COUNCIL_RESPONSES,
  followUpAllowed,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  proposalForce,
  type CouncilResponseKind,
  type ProposalForce,
  type ProposalStatus,
  type Votes,
} from "@/lib/consultative/rules";

/** Minutes are published only once the meeting has taken place and they are written. */
export function minutesPublishable(meeting: { scheduledAt: Date; minutes: string | null }, now: Date): "notHeldYet" | "minutesRequired" | null {
  if (meeting.scheduledAt.getTime() > now.getTime()) return "notHeldYet";
  if (!meeting.minutes?.trim()) return "minutesRequired";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Trainings (axis 2 of the plan: train the committee, associations, staff and councillors)
// ---------------------------------------------------------------------------------------------

/** People register (or withdraw) until the training starts; attendance is recorded once it has started. */
export function registrationOpen(training: { startsAt: Date }, now: Date): boolean {
  return training.startsAt.getTime() > now.getTime();
}

export type ParticipantFigures = { registered: number; attended: number; women: number; men: number; undeclared: number };

/**
 * Participants by gender, as aggregate figures only: once attendance is recorded, those who
 * attended; before, those registered. Gender is what each person declared (or "undeclared").
 */
export function participantsByGender(registrations: readonly { gender: Gender | null; attended: boolean | null }[]): ParticipantFigures {
  const recorded = registrations.some((r) => r.attended !== null);
  const counted = recorded ? registrations.filter((r) => r.attended) : registrations;
  return {
    registered: registrations.length,
    attended: registrations.filter((r) => r.attended).length,
    women: counted.filter((r) => r.gender === "WOMAN").length,
    men: counted.filter((r) => r.gender === "MAN").length,
    undeclared: counted.filter((r) => r.gender === null).length,
  };
}

// ---------------------------------------------------------------------------------------------
// The gender lens's figures (issue 5): figures only, never individuals.
// ---------------------------------------------------------------------------------------------

export type GenderSplit = { women: number; men: number; undeclared: number };

/**
 * Below this many people who declared their gender, a breakdown is not published: with two or three
 * declarations a reader could tell who is who (law 09-08 art. 3: data adequate, relevant and not
 * excessive for the purpose; aggregate statistics must not single out a person).
 */
export const MIN_DECLARED_FOR_BREAKDOWN = 5;

/** The split to publish, or null when too few people declared their gender to publish it safely. */
export function publishableSplit(split: GenderSplit): GenderSplit | null {
  return split.women + split.men >= MIN_DECLARED_FOR_BREAKDOWN ? split : null;
}

/**
 * Counts per gender from rows of (gender, count), e.g. a GROUP BY: Prisma's enum names or the
 * database's labels ("woman" from raw SQL); unknown or null genders are "undeclared".
 */
export function genderSplit(rows: readonly { gender: string | null; count: number }[]): GenderSplit {
  const split: GenderSplit = { women: 0, men: 0, undeclared: 0 };
  for (const row of rows) {
    const gender = row.gender?.toUpperCase();
    const count = row.count;
    if (gender === "WOMAN" || gender === "FEMALE") split.women += count;
    else if (gender === "MAN" || gender === "MALE") split.men += count;
    else split.undeclared += count;
  }
  return split;
}

/**
 * A meeting's or an opinion's attachments can change until the minutes are published or the
 * opinion is sent to the council: then they are public with it, and final (internal regulation,
 * OL 113.14 art. 120 para. 2; like the minutes themselves).
 */
export function attachmentsOpen(record: { minutesPublishedAt: Date | null } | { status: ProposalStatus }): boolean {
  return "status" in record ? record.status === "DRAFT" || record.status === "ADOPTED" : record.minutesPublishedAt === null;
}
