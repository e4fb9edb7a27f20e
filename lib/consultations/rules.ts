// Rules of public consultations (plan axis 4; organic law 113.14 art. 119: the commune sets up
// mechanisms of dialogue and consultation). Pure functions: no database, no clock.

export type Audience = "RESIDENTS" | "ASSOCIATIONS";
export type Gender = "FEMALE" | "MALE";
export const MAX_QUESTIONS = 3;
export const MAX_OPTIONS = 8;

/** A consultation takes answers until its closing instant; an answer may change until then. */
export function isOpen(closesAt: Date, now: Date): boolean {
  return now.getTime() < closesAt.getTime();
}

/** Who may take part: any signed-in resident, or only the representative of a verified association. */
export function mayTakePart(audience: Audience, representsVerifiedAssociation: boolean): boolean {
  return audience === "RESIDENTS" || representsVerifiedAssociation;
}

/** The synthesis is published once the consultation has closed, never before. */
export function maySynthesize(closesAt: Date, now: Date): boolean {
  return !isOpen(closesAt, now);
}

export type ResponseRow = { douarId: number | null; gender: Gender | null; choices: Record<number, number> };
export type Tally = { total: number; byGender: Record<Gender | "UNDECLARED", number>; byDouar: Map<number | null, number> };

function emptyTally(): Tally {
  return { total: 0, byGender: { FEMALE: 0, MALE: 0, UNDECLARED: 0 }, byDouar: new Map() };
}

function add(tally: Tally, row: ResponseRow) {
  tally.total += 1;
  tally.byGender[row.gender ?? "UNDECLARED"] += 1;
  tally.byDouar.set(row.douarId, (tally.byDouar.get(row.douarId) ?? 0) + 1);
}

/**
 * Aggregates only (the equality lens): participants by declared gender and douar, and for each
 * single-choice question the count of each option, overall and by declared gender.
 */
export function tallyResponses(rows: readonly ResponseRow[], questions: readonly { id: number; options: number }[]) {
  const participants = emptyTally();
  const byQuestion = new Map<number, { options: Tally[]; answered: number }>();
  for (const q of questions) byQuestion.set(q.id, { options: Array.from({ length: q.options }, emptyTally), answered: 0 });
  for (const row of rows) {
    add(participants, row);
    for (const [questionId, choice] of Object.entries(row.choices)) {
      const q = byQuestion.get(Number(questionId));
      const option = q?.options[choice];
      if (!q || !option) continue;
      q.answered += 1;
      add(option, row);
    }
  }
  return { participants, byQuestion };
}
