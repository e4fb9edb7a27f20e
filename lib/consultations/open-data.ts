import "server-only";
// Closed consultations as open data (GET /api/open/consultations): participants and the answers to
// single-choice questions, counted by douar and, separately, by declared gender — never crossed
// with each other, never a person, an account, a free text or a comment (law 09-08). Open
// consultations publish nothing until they close, like their public page.
import type { CellValue } from "@/lib/csv";
import { db } from "@/lib/db/client";

export const CONSULTATION_OPEN_COLUMNS = [
  "consultation_id", "title_ar", "title_fr", "closed_at", "measure", "question_position", "question_ar", "question_fr",
  "option_position", "option_ar", "option_fr", "breakdown", "douar_slug", "douar_ar", "douar_fr", "gender", "count",
] as const;
export type ConsultationOpenRow = Record<(typeof CONSULTATION_OPEN_COLUMNS)[number], CellValue>;

type Group = { question_id: number | null; choice: number | null; douar_id: number | null; gender: string | null; n: bigint };

const closed = (now: Date) => db.consultation.findMany({
  where: { closesAt: { lte: now } },
  orderBy: [{ closesAt: "asc" }, { id: "asc" }],
  select: { id: true, titleAr: true, titleFr: true, closesAt: true, questions: { where: { kind: "SINGLE_CHOICE" }, orderBy: { position: "asc" }, select: { id: true, position: true, promptAr: true, promptFr: true, optionsAr: true, optionsFr: true } } },
});

async function groups(consultationId: number): Promise<{ byDouar: Group[]; byGender: Group[] }> {
  const [participantsByDouar, participantsByGender, answersByDouar, answersByGender] = await Promise.all([
    db.$queryRaw<Group[]>`SELECT NULL::int AS question_id, NULL::int AS choice, douar_id, NULL::text AS gender, COUNT(*) AS n FROM consultation_responses WHERE consultation_id = ${consultationId} GROUP BY douar_id ORDER BY douar_id NULLS LAST`,
    db.$queryRaw<Group[]>`SELECT NULL::int AS question_id, NULL::int AS choice, NULL::int AS douar_id, gender::text AS gender, COUNT(*) AS n FROM consultation_responses WHERE consultation_id = ${consultationId} GROUP BY gender ORDER BY gender NULLS LAST`,
    db.$queryRaw<Group[]>`SELECT a.question_id, a.choice, r.douar_id, NULL::text AS gender, COUNT(*) AS n FROM consultation_answers a JOIN consultation_responses r ON r.id = a.response_id
      WHERE r.consultation_id = ${consultationId} AND a.choice IS NOT NULL GROUP BY a.question_id, a.choice, r.douar_id ORDER BY a.question_id, a.choice, r.douar_id NULLS LAST`,
    db.$queryRaw<Group[]>`SELECT a.question_id, a.choice, NULL::int AS douar_id, r.gender::text AS gender, COUNT(*) AS n FROM consultation_answers a JOIN consultation_responses r ON r.id = a.response_id
      WHERE r.consultation_id = ${consultationId} AND a.choice IS NOT NULL GROUP BY a.question_id, a.choice, r.gender ORDER BY a.question_id, a.choice, r.gender NULLS LAST`,
  ]);
  return { byDouar: [...participantsByDouar, ...answersByDouar], byGender: [...participantsByGender, ...answersByGender] };
}

/** The rows, one consultation at a time (the CSV is streamed from them). */
export async function* consultationOpenRows(now = new Date()): AsyncGenerator<ConsultationOpenRow> {
  const douars = new Map((await db.douar.findMany({ select: { id: true, slug: true, nameAr: true, nameFr: true } })).map((d) => [d.id, d]));
  for (const c of await closed(now)) {
    const questions = new Map(c.questions.map((q) => [q.id, q]));
    const { byDouar, byGender } = await groups(c.id);
    const emit = (g: Group, breakdown: "douar" | "gender"): ConsultationOpenRow | null => {
      const q = g.question_id === null ? null : questions.get(g.question_id);
      if (g.question_id !== null && !q) return null;
      const douar = g.douar_id === null ? null : douars.get(g.douar_id);
      return {
        consultation_id: c.id, title_ar: c.titleAr, title_fr: c.titleFr, closed_at: c.closesAt.toISOString(),
        measure: q ? "answers" : "participants",
        question_position: q?.position ?? null, question_ar: q?.promptAr ?? null, question_fr: q?.promptFr ?? null,
        option_position: q && g.choice !== null ? g.choice + 1 : null, option_ar: q && g.choice !== null ? (q.optionsAr[g.choice] ?? null) : null, option_fr: q && g.choice !== null ? (q.optionsFr[g.choice] ?? null) : null,
        breakdown,
        douar_slug: breakdown === "douar" ? (douar?.slug ?? "undeclared") : null, douar_ar: breakdown === "douar" ? (douar?.nameAr ?? null) : null, douar_fr: breakdown === "douar" ? (douar?.nameFr ?? null) : null,
        gender: breakdown === "gender" ? (g.gender ?? "undeclared") : null,
        count: Number(g.n),
      };
    };
    for (const g of byDouar) { const row = emit(g, "douar"); if (row) yield row; }
    for (const g of byGender) { const row = emit(g, "gender"); if (row) yield row; }
  }
}
