import "server-only";
// Writes of public consultations: staff open one and publish its synthesis; signed-in participants
// answer once and may change their answer until it closes. One answer per person is a unique key
// ((consultation, user)); a submission is one INSERT … ON CONFLICT DO UPDATE that takes the row's
// lock, so concurrent submissions of the same person queue up and leave one answer. Staff writes
// are audited; participants' answers are not (they are personal, kept out of the audit log).
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { notifyConsultationFollowers } from "@/lib/participation/notify";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { text } from "@/lib/forms/zod-fields";
import { isOpen, maySynthesize, mayTakePart } from "./rules";
import type { ConsultationInput, ConsultationUpdateInput, MeetingLinkInput, ResponseInput, SynthesisInput } from "./schemas";

type Failure = { ok: false; formError?: string; fieldErrors?: Record<string, string> };

export async function openConsultation(input: ConsultationInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("consultations.manage");
  if (!isOpen(input.closesAt, now)) return { ok: false, fieldErrors: { closesOn: "closingPast" } };
  if (input.documentIds.length) {
    const found = await db.document.count({ where: { id: { in: input.documentIds }, status: "PUBLISHED" } });
    if (found !== input.documentIds.length) return { ok: false, fieldErrors: { documentIds: "documentNotPublished" } };
  }
  const created = await db.$transaction(async (tx) => {
    const row = await tx.consultation.create({
      data: {
        titleAr: input.titleAr, titleFr: input.titleFr, descriptionAr: input.descriptionAr, descriptionFr: input.descriptionFr,
        audience: input.audience, closesAt: input.closesAt, createdById: actor.id,
        documents: { create: input.documentIds.map((documentId) => ({ documentId })) },
        questions: { create: input.questions.map((q, index) => ({ position: index + 1, ...q })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "consultation.opened", targetType: "consultation", targetId: String(row.id),
      after: { titleAr: input.titleAr, titleFr: input.titleFr, audience: input.audience, closesAt: input.closesAt.toISOString(), documentIds: input.documentIds, questions: input.questions }, ip,
    });
    await notifyConsultationFollowers(tx, "consultation_opened", row.id);
    return row;
  });
  return { ok: true, data: created };
}

/** Edits the texts and the closing day while the consultation is open; the new closing must be ahead; audited as a diff. */
export async function updateConsultation(input: ConsultationUpdateInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("consultations.manage");
  if (!isOpen(input.closesAt, now)) return { ok: false, fieldErrors: { closesOn: "closingPast" } };
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${input.consultationId} FOR UPDATE`;
    const current = await tx.consultation.findUnique({ where: { id: input.consultationId }, select: { id: true, titleAr: true, titleFr: true, descriptionAr: true, descriptionFr: true, closesAt: true } });
    if (!current) return { ok: false, formError: "notFound" };
    if (!isOpen(current.closesAt, now)) return { ok: false, formError: "closedNoEdit" };
    const data = { titleAr: input.titleAr, titleFr: input.titleFr, descriptionAr: input.descriptionAr, descriptionFr: input.descriptionFr, closesAt: input.closesAt };
    const snapshot = (c: typeof data) => ({ ...c, closesAt: c.closesAt.toISOString() });
    const diff = auditDiff(snapshot(current), snapshot(data));
    if (diff.changed) {
      await tx.consultation.update({ where: { id: current.id }, data });
      await recordAudit(tx, { actorId: actor.id, action: "consultation.updated", targetType: "consultation", targetId: String(current.id), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: { id: current.id } };
  });
}

/** True when the user represents a verified association. */
async function representsVerifiedAssociation(userId: string): Promise<boolean> {
  return (await db.association.count({ where: { representativeId: userId, verifiedAt: { not: null } } })) > 0;
}

/** Whether the signed-in person may answer (for the page: shows the form or says why not). */
export async function eligibility(consultation: { audience: "RESIDENTS" | "ASSOCIATIONS" }, userId: string): Promise<boolean> {
  return mayTakePart(consultation.audience, consultation.audience === "ASSOCIATIONS" ? await representsVerifiedAssociation(userId) : false);
}

/** Saves the person's answer (creates it, or replaces it while the consultation is open). */
export async function submitResponse(input: ResponseInput, now = new Date()): Promise<ServiceResult<{ id: number; updated: boolean }>> {
  const user = await requirePermission("consultations.answer");
  const consultation = await db.consultation.findUnique({
    where: { id: input.consultationId },
    select: { id: true, audience: true, closesAt: true, questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, optionsAr: true } } },
  });
  if (!consultation) return { ok: false, formError: "notFound" };
  if (!isOpen(consultation.closesAt, now)) return { ok: false, formError: "closed" };
  if (!(await eligibility(consultation, user.id))) return { ok: false, formError: "associationsOnly" };
  if (input.douarId && !(await db.douar.findUnique({ where: { id: input.douarId }, select: { id: true } }))) return { ok: false, fieldErrors: { douarId: "invalidChoice" } };

  const answers: { questionId: number; choice: number | null; text: string | null }[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const q of consultation.questions) {
    const raw = (input.answers[q.id] ?? "").trim();
    if (!raw) continue;
    if (q.kind === "SINGLE_CHOICE") {
      const choice = /^\d{1,2}$/.test(raw) ? Number(raw) : -1;
      if (choice < 0 || choice >= q.optionsAr.length) fieldErrors[`q${q.id}`] = "invalidChoice";
      else answers.push({ questionId: q.id, choice, text: null });
    } else {
      // A free answer is a text like any other (length, bidirectional and control characters).
      const answer = text(3000).safeParse(raw);
      if (!answer.success) fieldErrors[`q${q.id}`] = answer.error.issues[0]?.message ?? "tooLong";
      else if (answer.data) answers.push({ questionId: q.id, choice: null, text: answer.data });
    }
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  if (answers.length === 0 && !input.comment) return { ok: false, formError: "emptyResponse" };

  const result = await db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number; updated: boolean } }> => {
    // Checked again inside the transaction: the consultation still exists and is still open.
    const [row] = await tx.$queryRaw<{ closes_at: Date }[]>`SELECT closes_at FROM consultations WHERE id = ${consultation.id} FOR SHARE`;
    if (!row || !isOpen(row.closes_at, now)) return { ok: false, formError: "closed" };
    const [saved] = await tx.$queryRaw<{ id: number; inserted: boolean }[]>`
      INSERT INTO consultation_responses (consultation_id, user_id, douar_id, gender, comment)
      VALUES (${consultation.id}, ${user.id}::uuid, ${input.douarId}, ${input.gender?.toLowerCase() ?? null}::declared_gender, ${input.comment})
      ON CONFLICT (consultation_id, user_id) DO UPDATE
        SET douar_id = EXCLUDED.douar_id, gender = EXCLUDED.gender, comment = EXCLUDED.comment, updated_at = CURRENT_TIMESTAMP
      RETURNING id, (xmax = 0) AS inserted`;
    await tx.consultationAnswer.deleteMany({ where: { responseId: saved!.id } });
    if (answers.length) await tx.consultationAnswer.createMany({ data: answers.map((a) => ({ ...a, responseId: saved!.id })) });
    return { ok: true, data: { id: consultation.id, updated: !saved!.inserted } };
  });
  return result;
}

/** Publishes what the commune heard and what it decided, once the consultation has closed. */
export async function publishSynthesis(input: SynthesisInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("consultations.manage");
  return db.$transaction(async (tx): Promise<Failure | { ok: true; data: { id: number } }> => {
    await tx.$queryRaw`SELECT id FROM consultations WHERE id = ${input.consultationId} FOR UPDATE`;
    const current = await tx.consultation.findUnique({ where: { id: input.consultationId }, select: { id: true, closesAt: true, synthesisPublishedAt: true } });
    if (!current) return { ok: false, formError: "notFound" };
    if (!maySynthesize(current.closesAt, now)) return { ok: false, formError: "stillOpen" };
    if (current.synthesisPublishedAt) return { ok: false, formError: "synthesisPublished" };
    await tx.consultation.update({
      where: { id: current.id },
      data: { heardAr: input.heardAr, heardFr: input.heardFr, decidedAr: input.decidedAr, decidedFr: input.decidedFr, synthesisPublishedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "consultation.synthesis_published", targetType: "consultation", targetId: String(current.id),
      after: { heardAr: input.heardAr, heardFr: input.heardFr, decidedAr: input.decidedAr, decidedFr: input.decidedFr, publishedAt: now.toISOString() }, ip,
    });
    await notifyConsultationFollowers(tx, "consultation_synthesis", current.id);
    return { ok: true, data: { id: current.id } };
  });
}

/**
 * Links an in-person consultation meeting — a civil-society meeting of the programme, which holds
 * its date, place, agenda and minutes — with who took part by gender and category. Again: updates.
 */
export async function linkMeeting(input: MeetingLinkInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("consultations.manage");
  const [consultation, meeting] = await Promise.all([
    db.consultation.findUnique({ where: { id: input.consultationId }, select: { id: true } }),
    db.civilSocietyMeeting.findUnique({ where: { id: input.meetingId }, select: { id: true } }),
  ]);
  if (!consultation) return { ok: false, formError: "notFound" };
  if (!meeting) return { ok: false, fieldErrors: { meetingId: "meetingNotFound" } };
  const data = { women: input.women, men: input.men, categories: input.categories };
  await db.$transaction(async (tx) => {
    await tx.consultationMeeting.upsert({
      where: { consultationId_meetingId: { consultationId: consultation.id, meetingId: meeting.id } },
      create: { consultationId: consultation.id, meetingId: meeting.id, ...data },
      update: data,
    });
    await recordAudit(tx, { actorId: actor.id, action: "consultation.meeting_linked", targetType: "consultation", targetId: String(consultation.id), after: { meetingId: meeting.id, ...data }, ip });
  });
  return { ok: true, data: { id: consultation.id } };
}
