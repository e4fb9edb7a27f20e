import "server-only";
// Staff writes of audit reports (the internal-audit space): register and edit a report, link it to the
// library document that holds its file (category audit reports: a link, never a copy), show it to the
// public or not, add recommendations, and record dated follow-up notes whose status becomes the
// recommendation's. Each function checks "audit_reports.manage" and writes one audit event in the
// same transaction.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { moroccanDay } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { followUpProblem } from "./rules";
import type { FollowUpInput, RecommendationInput, ReportFieldsInput } from "./schemas";

const NOT_FOUND = { ok: false, formError: "notFound" } as const;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function snapshot(r: ReportFieldsInput) {
  return {
    source: r.source, titleAr: r.titleAr, titleFr: r.titleFr, summaryAr: r.summaryAr, summaryFr: r.summaryFr,
    periodFrom: day(r.periodFrom), periodTo: day(r.periodTo), receivedOn: day(r.receivedOn), presentedOn: day(r.presentedOn), documentId: r.documentId,
  };
}

/** A linked document must be a library document of the audit-reports category. */
async function documentProblem(tx: Tx, documentId: number | null): Promise<ServiceResult<never> | null> {
  if (documentId === null) return null;
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { category: true } });
  return document?.category === "AUDIT_REPORTS" ? null : { ok: false, fieldErrors: { documentId: "documentNotAudit" } };
}

export async function createReport(input: ReportFieldsInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("audit_reports.manage");
  return db.$transaction(async (tx) => {
    const problem = await documentProblem(tx, input.documentId);
    if (problem) return problem;
    const report = await tx.auditReport.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "audit_report.created", targetType: "audit_report", targetId: String(report.id), after: snapshot(input), ip });
    return { ok: true as const, data: { id: report.id } };
  });
}

export async function updateReport(reportId: number, input: ReportFieldsInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("audit_reports.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.auditReport.findUnique({ where: { id: reportId } });
    if (!current) return NOT_FOUND;
    const problem = await documentProblem(tx, input.documentId);
    if (problem) return problem;
    const diff = auditDiff(snapshot(current), snapshot(input));
    if (diff.changed) {
      await tx.auditReport.update({ where: { id: reportId }, data: input });
      await recordAudit(tx, { actorId: actor.id, action: "audit_report.updated", targetType: "audit_report", targetId: String(reportId), before: diff.before, after: diff.after, ip });
    }
    return { ok: true, data: { id: reportId } };
  });
}

/** Shows the report and its recommendations' follow-up on the public page (art. 272), or takes them off. */
export async function setReportPublished(reportId: number, publish: boolean, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("audit_reports.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.auditReport.findUnique({ where: { id: reportId }, select: { publishedAt: true } });
    if (!current) return NOT_FOUND;
    if (!!current.publishedAt === publish) return { ok: true, data: { id: reportId } };
    await tx.auditReport.update({ where: { id: reportId }, data: { publishedAt: publish ? now : null } });
    await recordAudit(tx, {
      actorId: actor.id, action: publish ? "audit_report.published" : "audit_report.unpublished", targetType: "audit_report", targetId: String(reportId),
      before: { published: !publish }, after: { published: publish }, ip,
    });
    return { ok: true, data: { id: reportId } };
  });
}

export async function addRecommendation(input: RecommendationInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("audit_reports.manage");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM audit_reports WHERE id = ${input.reportId} FOR UPDATE`;
    if (!rows.length) return NOT_FOUND;
    const position = (await tx.auditRecommendation.count({ where: { reportId: input.reportId } })) + 1;
    const created = await tx.auditRecommendation.create({ data: { ...input, position }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "audit_recommendation.created", targetType: "audit_recommendation", targetId: String(created.id),
      after: { reportId: input.reportId, position, textFr: input.textFr, serviceFr: input.serviceFr, dueOn: day(input.dueOn) }, ip,
    });
    return { ok: true as const, data: { id: input.reportId } };
  });
}

/** A dated progress note; its status becomes the recommendation's (not implemented: the note gives the reasons). */
export async function recordFollowUp(input: FollowUpInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("audit_reports.manage");
  if (input.notedOn.getTime() > moroccanDay(now).getTime()) return { ok: false, fieldErrors: { notedOn: "dateInFuture" } };
  const problem = followUpProblem(input.status, input.text);
  if (problem) return { ok: false, fieldErrors: { text: problem } };
  return db.$transaction(async (tx) => {
    const current = await tx.auditRecommendation.findUnique({ where: { id: input.recommendationId }, select: { reportId: true, status: true } });
    if (!current) return NOT_FOUND;
    await tx.auditRecommendationNote.create({ data: { ...input, authorId: actor.id } });
    await tx.auditRecommendation.update({
      where: { id: input.recommendationId },
      data: { status: input.status, statusReason: input.status === "NOT_IMPLEMENTED" ? input.text : null },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "audit_recommendation.follow_up", targetType: "audit_recommendation", targetId: String(input.recommendationId),
      before: { status: current.status }, after: { status: input.status, notedOn: day(input.notedOn), text: input.text }, ip,
    });
    return { ok: true, data: { id: current.reportId } };
  });
}
