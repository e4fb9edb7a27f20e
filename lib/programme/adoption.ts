import "server-only";
// Staff edits of the programme's adoption record (decree 2.16.301 arts. 4–12), its consultations
// (art. 7) and its axes' titles. Each function checks "programme.manage" itself and writes its
// change and one audit event in one transaction.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import type {
  AdoptionRecordInput,
  AxisInput,
  ConsultationAddInput,
  ConsultationEditInput,
  ConsultationRemoveInput,
} from "./adoption-schemas";
import { adoptionDateOutOfOrder, votesExceedCouncil } from "./rules";

const NOT_FOUND = { ok: false, formError: "notFound" } as const;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** What the adoption page edits: the current programme with its consultations, the axes, and the council's size. */
export async function getAdoptionForStaff() {
  await requirePermission("programme.manage");
  const [programme, axes, settings] = await Promise.all([
    db.programme.findFirst({
      orderBy: { startYear: "desc" },
      include: { consultations: { orderBy: [{ heldOn: "asc" }, { id: "asc" }] } },
    }),
    db.planAxis.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, titleAr: true, titleFr: true, noteAr: true, noteFr: true } }),
    db.communeSettings.findUnique({ where: { id: 1 }, select: { councilSize: true } }),
  ]);
  return programme ? { programme, axes, councilSize: settings?.councilSize ?? null } : null;
}

function recordSnapshot(p: AdoptionRecordInput | NonNullable<Awaited<ReturnType<typeof db.programme.findUnique>>>) {
  return {
    titleAr: p.titleAr, titleFr: p.titleFr,
    decisionToPrepareOn: day(p.decisionToPrepareOn), decisionPostedOn: day(p.decisionPostedOn), committeeReviewOn: day(p.committeeReviewOn),
    councilVoteOn: day(p.councilVoteOn), votesFor: p.votesFor, votesAgainst: p.votesAgainst, votesAbstaining: p.votesAbstaining,
    governorVisaOn: day(p.governorVisaOn),
  };
}

/** Saves the adoption record: the steps' dates must follow each other, and the votes fit in the council. */
export async function updateAdoptionRecord(input: AdoptionRecordInput, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("programme.manage");
  const outOfOrder = adoptionDateOutOfOrder(input);
  if (outOfOrder) return { ok: false, fieldErrors: { [outOfOrder]: "outOfOrder" } };
  const settings = await db.communeSettings.findUnique({ where: { id: 1 }, select: { councilSize: true } });
  if (settings && votesExceedCouncil(input, settings.councilSize)) return { ok: false, fieldErrors: { votesFor: "votesExceedCouncil" } };
  return db.$transaction(async (tx): Promise<ServiceResult> => {
    const current = await tx.programme.findUnique({ where: { id: input.programmeId } });
    if (!current) return NOT_FOUND;
    const { programmeId, ...data } = input;
    const diff = auditDiff(recordSnapshot(current), recordSnapshot(input));
    if (diff.changed) {
      await tx.programme.update({ where: { id: programmeId }, data });
      await recordAudit(tx, { actorId: actor.id, action: "programme.adoption_updated", targetType: "programme", targetId: String(programmeId), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: undefined };
  });
}

function consultationSnapshot(c: Omit<ConsultationAddInput, "programmeId">) {
  return { kind: c.kind, heldOn: day(c.heldOn), participantsWomen: c.participantsWomen, participantsMen: c.participantsMen, summaryAr: c.summaryAr, summaryFr: c.summaryFr };
}

export async function addConsultation(input: ConsultationAddInput, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<ServiceResult> => {
    const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
    if (!programme) return NOT_FOUND;
    const created = await tx.programmeConsultation.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "programme.consultation_added", targetType: "programme", targetId: String(programme.id),
      after: { consultationId: created.id, ...consultationSnapshot(input) }, ip,
    });
    return { ok: true, data: undefined };
  });
}

export async function updateConsultation(input: ConsultationEditInput, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<ServiceResult> => {
    const current = await tx.programmeConsultation.findUnique({ where: { id: input.consultationId } });
    if (!current) return NOT_FOUND;
    const { consultationId, ...data } = input;
    const diff = auditDiff(consultationSnapshot(current), consultationSnapshot(data));
    if (diff.changed) {
      await tx.programmeConsultation.update({ where: { id: consultationId }, data });
      await recordAudit(tx, {
        actorId: actor.id, action: "programme.consultation_updated", targetType: "programme", targetId: String(current.programmeId),
        before: { consultationId, ...diff.before }, after: { consultationId, ...diff.after }, ip,
      });
    }
    return { ok: true, data: undefined };
  });
}

/** Removes a consultation entered by mistake; the audit event keeps what it said. */
export async function removeConsultation(input: ConsultationRemoveInput, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<ServiceResult> => {
    const current = await tx.programmeConsultation.findUnique({ where: { id: input.consultationId } });
    if (!current) return NOT_FOUND;
    await tx.programmeConsultation.delete({ where: { id: current.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: "programme.consultation_removed", targetType: "programme", targetId: String(current.programmeId),
      before: { consultationId: current.id, ...consultationSnapshot(current) }, ip,
    });
    return { ok: true, data: undefined };
  });
}

export async function updateAxis(input: AxisInput, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<ServiceResult> => {
    const current = await tx.planAxis.findUnique({ where: { id: input.axisId } });
    if (!current) return NOT_FOUND;
    const { axisId, ...data } = input;
    const diff = auditDiff({ titleAr: current.titleAr, titleFr: current.titleFr, noteAr: current.noteAr, noteFr: current.noteFr }, data);
    if (diff.changed) {
      await tx.planAxis.update({ where: { id: axisId }, data });
      await recordAudit(tx, { actorId: actor.id, action: "plan_axis.updated", targetType: "plan_axis", targetId: String(axisId), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: undefined };
  });
}
