import "server-only";
// Reads of public consultations. The public sees every consultation, its documents and questions,
// and once it has closed the results as aggregates only (by question, declared gender and douar)
// and the synthesis; never who answered what. A signed-in participant sees their own answer.
import { getSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isOpen, tallyResponses, type ResponseRow } from "./rules";

const SUMMARY = { id: true, titleAr: true, titleFr: true, audience: true, closesAt: true, synthesisPublishedAt: true, _count: { select: { responses: true } } } as const;

export async function listPublicConsultations(now = new Date()) {
  const [open, closed] = await Promise.all([
    db.consultation.findMany({ where: { closesAt: { gt: now } }, orderBy: { closesAt: "asc" }, take: 50, select: SUMMARY }),
    db.consultation.findMany({ where: { closesAt: { lte: now } }, orderBy: { closesAt: "desc" }, take: 50, select: SUMMARY }),
  ]);
  return { open, closed };
}

/** Open consultations for the participation hub. */
export async function openConsultations(limit = 3, now = new Date()) {
  return db.consultation.findMany({ where: { closesAt: { gt: now } }, orderBy: { closesAt: "asc" }, take: limit, select: SUMMARY });
}

export async function getPublicConsultation(id: number, now = new Date()) {
  const consultation = await db.consultation.findUnique({
    where: { id },
    select: {
      id: true, titleAr: true, titleFr: true, descriptionAr: true, descriptionFr: true, audience: true, closesAt: true,
      heardAr: true, heardFr: true, decidedAr: true, decidedFr: true, synthesisPublishedAt: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, promptAr: true, promptFr: true, optionsAr: true, optionsFr: true } },
      documents: { where: { document: { status: "PUBLISHED" } }, orderBy: { documentId: "asc" }, select: { document: { select: { id: true, titleAr: true, titleFr: true } } } },
      meetings: {
        orderBy: { meeting: { scheduledAt: "asc" } },
        select: { women: true, men: true, categories: true, meeting: { select: { id: true, scheduledAt: true, placeAr: true, placeFr: true, minutesPublishedAt: true } } },
      },
      _count: { select: { responses: true } },
    },
  });
  if (!consultation) return null;
  const open = isOpen(consultation.closesAt, now);
  const session = await getSession();
  const mine = session
    ? await db.consultationResponse.findUnique({
        where: { consultationId_userId: { consultationId: id, userId: session.id } },
        select: { douarId: true, gender: true, comment: true, updatedAt: true, answers: { select: { questionId: true, choice: true, text: true } } },
      })
    : null;
  return { ...consultation, documents: consultation.documents.map((d) => d.document), open, mine, results: open ? null : await consultationResults(id, consultation.questions) };
}
export type PublicConsultation = NonNullable<Awaited<ReturnType<typeof getPublicConsultation>>>;

/** The aggregates: participants by declared gender and douar; each single-choice question's counts. */
async function consultationResults(id: number, questions: { id: number; kind: string; optionsAr: string[] }[]) {
  const [responses, douars] = await Promise.all([
    db.consultationResponse.findMany({ where: { consultationId: id }, select: { douarId: true, gender: true, answers: { where: { choice: { not: null } }, select: { questionId: true, choice: true } } } }),
    db.douar.findMany({ select: { id: true, nameAr: true, nameFr: true } }),
  ]);
  const rows: ResponseRow[] = responses.map((r) => ({ douarId: r.douarId, gender: r.gender, choices: Object.fromEntries(r.answers.map((a) => [a.questionId, a.choice!])) }));
  const freeText = await db.consultationAnswer.groupBy({ by: ["questionId"], where: { response: { consultationId: id }, text: { not: null } }, _count: { _all: true } });
  const tally = tallyResponses(rows, questions.filter((q) => q.kind === "SINGLE_CHOICE").map((q) => ({ id: q.id, options: q.optionsAr.length })));
  const names = new Map(douars.map((d) => [d.id, d]));
  return {
    ...tally,
    douars: [...tally.participants.byDouar.entries()].map(([douarId, count]) => ({ douar: douarId === null ? null : (names.get(douarId) ?? null), count })).sort((a, b) => b.count - a.count),
    freeTextCounts: new Map(freeText.map((f) => [f.questionId, f._count._all])),
  };
}

export async function douarChoices() {
  return db.douar.findMany({ orderBy: { nameAr: "asc" }, select: { id: true, nameAr: true, nameFr: true } });
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function listConsultationsForStaff() {
  await requirePermission("consultations.manage");
  return db.consultation.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: SUMMARY });
}

/** The free-text answers and comments, without who wrote them, for writing the synthesis. */
export async function freeTextForStaff(id: number) {
  await requirePermission("consultations.manage");
  const [answers, comments] = await Promise.all([
    db.consultationAnswer.findMany({ where: { response: { consultationId: id }, text: { not: null } }, orderBy: [{ questionId: "asc" }, { responseId: "asc" }], take: 1000, select: { questionId: true, text: true } }),
    db.consultationResponse.findMany({ where: { consultationId: id, comment: { not: null } }, orderBy: { id: "asc" }, take: 1000, select: { comment: true } }),
  ]);
  return { answers, comments: comments.map((c) => c.comment!) };
}
