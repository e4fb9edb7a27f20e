import "server-only";
// The public archive of answered requests (law 31.13; issue 7): the information officer publishes an
// answered request in a redacted form they write (question and answer), after confirming that it
// holds no personal data and nothing art. 7 protects; the confirmation (who, when) is kept and
// audited. Public reads select only the redacted texts and non-personal facts (category, outcome,
// ground, dates): never the requester's name, address, identity number, e-mail, or the original text.
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { archiveRefusal } from "./rules";
import type { ArchiveFilters, ArchiveInput, WithdrawArchiveInput } from "./schemas";

const NOT_FOUND = { ok: false, formError: "notFound" } as const;

/** Publishes (or edits) the redacted version of an answered request. */
export async function publishToArchive(input: ArchiveInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("information.handle_requests");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM information_requests WHERE id = ${input.requestId} FOR UPDATE`;
    if (!rows.length) return NOT_FOUND;
    const current = await tx.informationRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { outcome: true, archiveStatus: true, archiveCategory: true, archiveQuestion: true, archiveAnswer: true },
    });
    const refusal = archiveRefusal(current.outcome, input.privacyChecked === "on");
    if (refusal) return { ok: false, formError: refusal };
    await tx.informationRequest.update({
      where: { id: input.requestId },
      data: { archiveStatus: "PUBLISHED", archiveCategory: input.category, archiveQuestion: input.question, archiveAnswer: input.answer, archivedAt: now, archivedById: actor.id },
    });
    // Only the redacted texts are audited: the originals may hold the personal data they leave out.
    await recordAudit(tx, {
      actorId: actor.id, action: current.archiveStatus === "PUBLISHED" ? "information_request.archive_edited" : "information_request.archived",
      targetType: "information_request", targetId: String(input.requestId),
      before: current.archiveStatus ? { status: current.archiveStatus, category: current.archiveCategory, question: current.archiveQuestion, answer: current.archiveAnswer } : undefined,
      after: { status: "PUBLISHED", category: input.category, question: input.question, answer: input.answer, privacyCheckConfirmed: true }, ip,
    });
    return { ok: true, data: { id: input.requestId } };
  });
}

/** Takes a request out of the public archive, with a reason (audited); the redacted text is kept for a later republication. */
export async function withdrawFromArchive(input: WithdrawArchiveInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("information.handle_requests");
  return db.$transaction(async (tx) => {
    const current = await tx.informationRequest.findUnique({ where: { id: input.requestId }, select: { archiveStatus: true } });
    if (!current) return NOT_FOUND;
    if (current.archiveStatus !== "PUBLISHED") return { ok: false, formError: "notArchived" };
    await tx.informationRequest.update({ where: { id: input.requestId }, data: { archiveStatus: "WITHDRAWN" } });
    await recordAudit(tx, {
      actorId: actor.id, action: "information_request.archive_withdrawn", targetType: "information_request", targetId: String(input.requestId),
      before: { status: "PUBLISHED" }, after: { status: "WITHDRAWN", reason: input.reason }, ip,
    });
    return { ok: true, data: { id: input.requestId } };
  });
}

/** What the public may see of an archived request: nothing that names or identifies the requester. */
const PUBLIC_FIELDS = {
  id: true, reference: true, archiveCategory: true, archiveQuestion: true, archiveAnswer: true, outcome: true, refusalGround: true, exceptions: true,
  receivedOn: true, answeredOn: true, archivedAt: true,
} as const satisfies Prisma.InformationRequestSelect;

export const ARCHIVE_PAGE_SIZE = 20;

function archiveWhere(filters: Omit<ArchiveFilters, "page">): Prisma.InformationRequestWhereInput {
  return {
    archiveStatus: "PUBLISHED",
    ...(filters.category ? { archiveCategory: filters.category } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.year ? { answeredOn: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } } : {}),
  };
}

/** The public archive, newest answers first. */
export async function listArchive(filters: ArchiveFilters) {
  const where = archiveWhere(filters);
  const [total, requests] = await Promise.all([
    db.informationRequest.count({ where }),
    db.informationRequest.findMany({ where, select: PUBLIC_FIELDS, orderBy: [{ answeredOn: "desc" }, { id: "desc" }], skip: (filters.page - 1) * ARCHIVE_PAGE_SIZE, take: ARCHIVE_PAGE_SIZE }),
  ]);
  return { total, requests };
}

/** The years of the archived answers, newest first (the year filter's choices). */
export async function archiveYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM answered_on)::int AS year FROM information_requests
    WHERE archive_status = 'published' AND answered_on IS NOT NULL ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

/** One archived request, or null when it is not (or no longer) in the archive. */
export async function getArchivedRequest(id: number) {
  return db.informationRequest.findFirst({ where: { id, archiveStatus: "PUBLISHED" }, select: PUBLIC_FIELDS });
}
