import "server-only";
// The action programme's writes (staff and signed-in people) and the reads their pages need.
// Every function checks the caller's permission itself: a page hiding a button is not a guard.
// Every staff change is one transaction: the rows, an audit event, and the notices it causes.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { getSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DifficultyStatus } from "@/lib/generated/prisma/enums";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { fileStore } from "@/lib/storage";
import { MAX_FILES_PER_UPDATE, MAX_TOTAL_BYTES, processEvidenceFile, type ProcessedFile } from "@/lib/uploads/evidence";
import { notifyAuthor, notifyFollowers, type NoticePayload, type ProjectRef } from "./notify";
import { isOutsideProgramme, statusNeedsReason } from "./rules";
import {
  DIFFICULTY_NEXT,
  type CommentInput,
  type DifficultyAnswerInput,
  type EvidenceWithdrawalInput,
  type DifficultyInput,
  type OfficialAnswerInput,
  type ProgressUpdateInput,
  type ProjectInput,
  type ProjectUpdateInput,
} from "./schemas";
import type { FieldErrors, ServiceResult } from "@/lib/forms/form-state";


/** How many questions/observations and difficulties one person may post per hour (spam brake). */
export const POSTS_PER_HOUR = 10;
export const DIFFICULTIES_PER_HOUR = 5;

const PROJECT_REF = { id: true, code: true, titleAr: true, titleFr: true } as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Locks the project's row until the transaction ends: two staff changes to one project happen one after the other. */
/** Locks the project's row until the transaction ends, and returns its code (null if it is gone). */
export async function lockProject(tx: Tx, projectId: number): Promise<string | null> {
  const rows = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM projects WHERE id = ${projectId} FOR UPDATE`;
  return rows[0]?.code ?? null;
}

// ---------------------------------------------------------------------------------------------
// Staff: projects
// ---------------------------------------------------------------------------------------------

/** The fields of a project that staff edit, as the audit log records them. */
function projectSnapshot(p: {
  programmeId: number; axisId: number; titleAr: string; titleFr: string; descriptionAr: string; descriptionFr: string;
  wholeCommune: boolean; competence: string; genderTag: string; priorityRank: number | null; startYear: number; endYear: number;
  estimatedCostMad: number | null; responsibleService: string | null; douarIds: number[]; partnerIds: number[];
}) {
  return {
    programmeId: p.programmeId, axisId: p.axisId, titleAr: p.titleAr, titleFr: p.titleFr,
    descriptionAr: p.descriptionAr, descriptionFr: p.descriptionFr, wholeCommune: p.wholeCommune,
    douarIds: p.wholeCommune ? [] : [...p.douarIds].sort((a, b) => a - b), competence: p.competence, genderTag: p.genderTag,
    priorityRank: p.priorityRank, startYear: p.startYear, endYear: p.endYear, estimatedCostMad: p.estimatedCostMad,
    responsibleService: p.responsibleService, partnerIds: [...new Set(p.partnerIds)].sort((a, b) => a - b),
  };
}
type ProjectSnapshot = ReturnType<typeof projectSnapshot>;

/** Checks that the programme, axis and douars exist and that the years fall inside the programme. */
export async function checkProjectReferences(input: Omit<ProjectInput, "code">): Promise<FieldErrors | null> {
  const [programme, axis, douars, partners] = await Promise.all([
    db.programme.findUnique({ where: { id: input.programmeId }, select: { startYear: true, endYear: true } }),
    db.planAxis.findUnique({ where: { id: input.axisId }, select: { id: true } }),
    input.wholeCommune ? Promise.resolve(0) : db.douar.count({ where: { id: { in: input.douarIds } } }),
    input.partnerIds.length ? db.association.count({ where: { id: { in: input.partnerIds }, verifiedAt: { not: null } } }) : Promise.resolve(0),
  ]);
  const errors: FieldErrors = {};
  if (!programme) errors.programmeId = "invalidChoice";
  if (!axis) errors.axisId = "invalidChoice";
  if (!input.wholeCommune && douars !== new Set(input.douarIds).size) errors.douarIds = "invalidChoice";
  if (partners !== new Set(input.partnerIds).size) errors.partnerIds = "invalidChoice";
  if (programme && isOutsideProgramme(input.startYear, programme)) errors.startYear = "outsideProgramme";
  if (programme && isOutsideProgramme(input.endYear, programme)) errors.endYear = "outsideProgramme";
  if (statusNeedsReason(input.status) && !input.statusReasonAr) errors.statusReasonAr = "reasonRequired";
  return Object.keys(errors).length ? errors : null;
}

/** A project's fields as the database stores them (without its code and douars). */
export function projectData(input: Omit<ProjectInput, "code">) {
  const needsReason = statusNeedsReason(input.status);
  return {
    programmeId: input.programmeId,
    axisId: input.axisId,
    titleAr: input.titleAr,
    titleFr: input.titleFr,
    descriptionAr: input.descriptionAr,
    descriptionFr: input.descriptionFr,
    wholeCommune: input.wholeCommune,
    competence: input.competence,
    genderTag: input.genderTag,
    priorityRank: input.priorityRank,
    startYear: input.startYear,
    endYear: input.endYear,
    estimatedCostMad: input.estimatedCostMad,
    responsibleService: input.responsibleService,
    status: input.status,
    // A reason explains a delay or a cancellation; it goes away with them.
    statusReasonAr: needsReason ? input.statusReasonAr : null,
    statusReasonFr: needsReason ? input.statusReasonFr : null,
  };
}

export async function createProject(input: ProjectInput, ip: string | null): Promise<ServiceResult<{ id: number; code: string }>> {
  const actor = await requirePermission("programme.manage");
  const problems = await checkProjectReferences(input);
  if (problems) return { ok: false, fieldErrors: problems };
  try {
    const project = await db.$transaction(async (tx) => {
      const data = projectData(input);
      const created = await tx.project.create({
        data: {
          ...data,
          code: input.code,
          douars: input.wholeCommune ? undefined : { createMany: { data: [...new Set(input.douarIds)].map((douarId) => ({ douarId })) } },
          partners: { createMany: { data: [...new Set(input.partnerIds)].map((associationId) => ({ associationId })) } },
        },
        select: { id: true, code: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.created",
        targetType: "project",
        targetId: String(created.id),
        after: { code: created.code, ...projectSnapshot({ ...data, douarIds: input.douarIds, partnerIds: input.partnerIds }), status: data.status, statusReasonAr: data.statusReasonAr, statusReasonFr: data.statusReasonFr },
        ip,
      });
      return created;
    });
    return { ok: true, data: project };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { code: "codeTaken" } };
    throw error;
  }
}

/** Edits a project. A change of status is recorded as its own audit event and sent to the project's followers. */
export async function updateProject(input: ProjectUpdateInput, ip: string | null): Promise<ServiceResult<{ code: string; statusChanged: boolean }>> {
  const actor = await requirePermission("programme.manage");
  const problems = await checkProjectReferences(input);
  if (problems) return { ok: false, fieldErrors: problems };
  const result = await db.$transaction(
    async (tx) => {
      await lockProject(tx, input.projectId);
      const current = await tx.project.findUnique({
        where: { id: input.projectId },
        include: { douars: { select: { douarId: true } }, partners: { select: { associationId: true } } },
      });
      if (!current) return null;
      const data = projectData(input);
      const before: ProjectSnapshot = projectSnapshot({ ...current, douarIds: current.douars.map((d) => d.douarId), partnerIds: current.partners.map((p) => p.associationId) });
      const after: ProjectSnapshot = projectSnapshot({ ...data, douarIds: input.douarIds, partnerIds: input.partnerIds });
      await tx.project.update({ where: { id: current.id }, data });
      if (JSON.stringify(before.douarIds) !== JSON.stringify(after.douarIds) || before.wholeCommune !== after.wholeCommune) {
        await tx.projectDouar.deleteMany({ where: { projectId: current.id } });
        if (after.douarIds.length) await tx.projectDouar.createMany({ data: after.douarIds.map((douarId) => ({ projectId: current.id, douarId })) });
      }
      if (JSON.stringify(before.partnerIds) !== JSON.stringify(after.partnerIds)) {
        await tx.projectPartner.deleteMany({ where: { projectId: current.id } });
        await tx.projectPartner.createMany({ data: after.partnerIds.map((associationId) => ({ projectId: current.id, associationId })) });
      }
      const diff = auditDiff(before, after);
      if (diff.changed) {
        await recordAudit(tx, { actorId: actor.id, action: "project.updated", targetType: "project", targetId: String(current.id), before: diff.before, after: diff.after, ip });
      }
      const statusBefore = { status: current.status, statusReasonAr: current.statusReasonAr, statusReasonFr: current.statusReasonFr };
      const statusAfter = { status: data.status, statusReasonAr: data.statusReasonAr, statusReasonFr: data.statusReasonFr };
      const statusChanged = current.status !== data.status;
      if (statusChanged || JSON.stringify(statusBefore) !== JSON.stringify(statusAfter)) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: statusChanged ? "project.status_changed" : "project.status_reason_changed",
          targetType: "project",
          targetId: String(current.id),
          before: statusBefore,
          after: statusAfter,
          ip,
        });
      }
      if (statusChanged) {
        const project: ProjectRef = { id: current.id, code: current.code, titleAr: data.titleAr, titleFr: data.titleFr };
        const payload: NoticePayload = {
          code: current.code, titleAr: data.titleAr, titleFr: data.titleFr, status: data.status, previousStatus: current.status,
          reasonAr: data.statusReasonAr, reasonFr: data.statusReasonFr,
        };
        await notifyFollowers(tx, { project, kind: "status_changed", payload, exceptUserId: actor.id });
      }
      return { code: current.code, statusChanged };
    },
    { timeout: 15_000 },
  );
  if (!result) return { ok: false, formError: "notFound" };
  if (result.statusChanged) kickOutboxWorker();
  return { ok: true, data: result };
}

// ---------------------------------------------------------------------------------------------
// Staff: progress updates (appended, never changed)
// ---------------------------------------------------------------------------------------------

export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Appends a dated progress update with its evidence. Files are checked and re-encoded first
 * (lib/uploads), stored, then the rows are written in one transaction; if that fails, the stored
 * files are removed again.
 */
export async function recordProgressUpdate(
  input: ProgressUpdateInput,
  files: readonly UploadedFile[],
  ip: string | null,
): Promise<ServiceResult<{ updateId: number; code: string; notified: number }>> {
  const actor = await requirePermission("programme.update_progress");
  if (files.length > MAX_FILES_PER_UPDATE) return { ok: false, fieldErrors: { files: "tooManyFiles" } };
  if (files.reduce((total, f) => total + f.bytes.length, 0) > MAX_TOTAL_BYTES) return { ok: false, fieldErrors: { files: "filesTooLarge" } };
  const exists = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true } });
  if (!exists) return { ok: false, formError: "notFound" };

  const processed: ProcessedFile[] = [];
  for (const file of files) {
    const result = await processEvidenceFile(file.bytes, { name: file.name });
    if (!result.ok) return { ok: false, fieldErrors: { files: result.error } };
    processed.push(result.file);
  }
  const store = fileStore();
  const stored: { key: string; file: ProcessedFile }[] = [];
  try {
    for (const file of processed) stored.push({ key: await store.put(file.bytes, { contentType: file.mimeType }), file });
    const result = await db.$transaction(
      async (tx) => {
        await lockProject(tx, input.projectId);
        const project = await tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: PROJECT_REF });
        const previous = await tx.progressUpdate.findFirst({
          where: { projectId: project.id },
          orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
          select: { id: true, recordedAt: true, physicalPercent: true, financialPercent: true, committedMad: true, spentMad: true },
        });
        const update = await tx.progressUpdate.create({
          data: {
            projectId: project.id,
            physicalPercent: input.physicalPercent,
            financialPercent: input.financialPercent,
            committedMad: input.committedMad,
            spentMad: input.spentMad,
            noteAr: input.noteAr,
            noteFr: input.noteFr,
            authorId: actor.id,
            evidence: {
              create: stored.map(({ key, file }) => ({
                kind: file.kind, storageKey: key, mimeType: file.mimeType, bytes: file.bytes.length,
                captionAr: input.captionAr, captionFr: input.captionFr,
              })),
            },
          },
          select: { id: true, recordedAt: true, evidence: { select: { id: true, kind: true, bytes: true } } },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "progress.recorded",
          targetType: "project",
          targetId: String(project.id),
          before: previous
            ? {
                updateId: previous.id, recordedAt: previous.recordedAt.toISOString(), physicalPercent: previous.physicalPercent,
                financialPercent: previous.financialPercent, committedMad: previous.committedMad, spentMad: previous.spentMad,
              }
            : undefined,
          after: {
            updateId: update.id, recordedAt: update.recordedAt.toISOString(),
            physicalPercent: input.physicalPercent, financialPercent: input.financialPercent,
            committedMad: input.committedMad, spentMad: input.spentMad, noteAr: input.noteAr, noteFr: input.noteFr,
            evidence: update.evidence,
          },
          ip,
        });
        const notified = await notifyFollowers(tx, {
          project,
          kind: "progress_recorded",
          payload: {
            code: project.code, titleAr: project.titleAr, titleFr: project.titleFr,
            physicalPercent: input.physicalPercent, financialPercent: input.financialPercent, noteAr: input.noteAr, noteFr: input.noteFr,
          },
          exceptUserId: actor.id,
        });
        return { updateId: update.id, code: project.code, notified };
      },
      { timeout: 15_000 },
    );
    if (result.notified) kickOutboxWorker();
    return { ok: true, data: result };
  } catch (error) {
    await Promise.allSettled(stored.map(({ key }) => store.delete(key)));
    throw error;
  }
}

/**
 * Withdraws a piece of progress evidence: the row keeps who withdrew it, when and why (audited),
 * and the file itself is deleted once that is committed, so the public page and the file route
 * stop showing it. Withdrawing twice changes nothing.
 */
export async function withdrawEvidence(input: EvidenceWithdrawalInput, ip: string | null): Promise<ServiceResult<{ code: string }>> {
  const actor = await requirePermission("programme.update_progress");
  const result = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM evidence WHERE id = ${input.evidenceId} FOR UPDATE`;
    if (!rows.length) return null;
    const evidence = await tx.evidence.findUniqueOrThrow({
      where: { id: input.evidenceId },
      select: { id: true, kind: true, bytes: true, storageKey: true, captionAr: true, captionFr: true, withdrawnAt: true, update: { select: { id: true, project: { select: { id: true, code: true } } } } },
    });
    const { project } = evidence.update;
    if (evidence.withdrawnAt) return { code: project.code, storageKey: null };
    await tx.evidence.update({ where: { id: evidence.id }, data: { withdrawnAt: new Date(), withdrawnReason: input.reason, withdrawnById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: "evidence.withdrawn", targetType: "project", targetId: String(project.id),
      before: { evidenceId: evidence.id, updateId: evidence.update.id, kind: evidence.kind, bytes: evidence.bytes, captionAr: evidence.captionAr, captionFr: evidence.captionFr },
      after: { evidenceId: evidence.id, reason: input.reason }, ip,
    });
    return { code: project.code, storageKey: evidence.storageKey };
  });
  if (!result) return { ok: false, formError: "notFound" };
  // After the commit: a failed delete leaves a file nothing serves any more (the route checks the row).
  if (result.storageKey) await fileStore().delete(result.storageKey).catch(() => undefined);
  return { ok: true, data: { code: result.code } };
}

// ---------------------------------------------------------------------------------------------
// Staff: official answers
// ---------------------------------------------------------------------------------------------

/** The commune's official answer to a question or an observation; its author is told. */
export async function answerComment(input: OfficialAnswerInput, ip: string | null): Promise<ServiceResult<{ answerId: number; code: string }>> {
  const actor = await requirePermission("programme.answer");
  const result = await db.$transaction(async (tx) => {
    const parent = await tx.projectComment.findUnique({
      where: { id: input.commentId },
      select: { id: true, kind: true, hiddenAt: true, authorId: true, project: { select: PROJECT_REF } },
    });
    if (!parent || parent.hiddenAt || parent.kind === "OFFICIAL_ANSWER") return null;
    const answer = await tx.projectComment.create({
      data: { projectId: parent.project.id, parentId: parent.id, kind: "OFFICIAL_ANSWER", authorId: actor.id, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.answered",
      targetType: "project_comment",
      targetId: String(parent.id),
      after: { answerId: answer.id, projectId: parent.project.id, body: input.body },
      ip,
    });
    const notified = await notifyAuthor(tx, {
      userId: parent.authorId,
      project: parent.project,
      kind: "comment_answered",
      payload: { code: parent.project.code, titleAr: parent.project.titleAr, titleFr: parent.project.titleFr },
      exceptUserId: actor.id,
    });
    return { answerId: answer.id, code: parent.project.code, notified };
  });
  if (!result) return { ok: false, formError: "notFound" };
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: { answerId: result.answerId, code: result.code } };
}

/**
 * Hides a question or observation (and so its answers) from the public page, or shows it again.
 * Nothing is deleted: staff still see it, and the audit log says who did it and when.
 */
export async function setCommentHidden(commentId: number, hide: boolean, ip: string | null): Promise<ServiceResult<{ code: string }>> {
  const actor = await requirePermission("programme.answer");
  const code = await db.$transaction(async (tx) => {
    const comment = await tx.projectComment.findUnique({
      where: { id: commentId },
      select: { kind: true, hiddenAt: true, project: { select: { code: true } } },
    });
    if (!comment || comment.kind === "OFFICIAL_ANSWER") return null;
    if ((comment.hiddenAt !== null) === hide) return comment.project.code;
    await tx.projectComment.update({ where: { id: commentId }, data: { hiddenAt: hide ? new Date() : null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: hide ? "comment.hidden" : "comment.shown",
      targetType: "project_comment",
      targetId: String(commentId),
      before: { hidden: !hide },
      after: { hidden: hide },
      ip,
    });
    return comment.project.code;
  });
  return code ? { ok: true, data: { code } } : { ok: false, formError: "notFound" };
}

/** Moves a difficulty along its register (received → under study → answered → resolved) with the commune's answer. */
export async function answerDifficulty(input: DifficultyAnswerInput, ip: string | null): Promise<ServiceResult<{ code: string }>> {
  const actor = await requirePermission("programme.answer");
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM difficulties WHERE id = ${input.difficultyId} FOR UPDATE`;
    const current = await tx.difficulty.findUnique({
      where: { id: input.difficultyId },
      select: { id: true, status: true, answer: true, reporterId: true, project: { select: PROJECT_REF } },
    });
    if (!current) return { error: "notFound" } as const;
    if (current.status === "RESOLVED") return { error: "difficultyClosed" } as const;
    if (!DIFFICULTY_NEXT[current.status].includes(input.status)) return { error: "statusTransition", field: "status" } as const;
    // An answer once given stays unless replaced: an empty field never erases it.
    const answer = input.answer ?? current.answer;
    if ((input.status === "ANSWERED" || input.status === "RESOLVED") && !answer) return { error: "answerRequired", field: "answer" } as const;
    const before = { status: current.status, answer: current.answer };
    const after = { status: input.status as DifficultyStatus, answer };
    if (before.status === after.status && before.answer === after.answer) return { code: current.project.code, notified: 0 };
    const answerChanged = answer !== current.answer;
    await tx.difficulty.update({
      where: { id: current.id },
      data: { status: after.status, answer, ...(answerChanged ? { answeredById: actor.id, answeredAt: new Date() } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "difficulty.updated",
      targetType: "difficulty",
      targetId: String(current.id),
      before,
      after: { ...after, projectId: current.project.id },
      ip,
    });
    const notified = await notifyAuthor(tx, {
      userId: current.reporterId,
      project: current.project,
      kind: "difficulty_updated",
      payload: { code: current.project.code, titleAr: current.project.titleAr, titleFr: current.project.titleFr, status: after.status, previousStatus: before.status },
      exceptUserId: actor.id,
    });
    return { code: current.project.code, notified };
  });
  if ("error" in outcome) {
    return "field" in outcome && outcome.field ? { ok: false, fieldErrors: { [outcome.field]: outcome.error } } : { ok: false, formError: outcome.error };
  }
  if (outcome.notified) kickOutboxWorker();
  return { ok: true, data: { code: outcome.code } };
}

// ---------------------------------------------------------------------------------------------
// Signed-in people: follow, ask, observe, report
// ---------------------------------------------------------------------------------------------

/** Follows or stops following a project; doing it twice changes nothing. */
export async function setFollow(projectId: number, follow: boolean): Promise<ServiceResult<{ following: boolean; code: string }>> {
  const user = await requirePermission("programme.follow");
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true, code: true } });
  if (!project) return { ok: false, formError: "notFound" };
  if (follow) {
    await db.projectFollow.upsert({ where: { userId_projectId: { userId: user.id, projectId } }, create: { userId: user.id, projectId }, update: {} });
  } else {
    await db.projectFollow.deleteMany({ where: { userId: user.id, projectId } });
  }
  return { ok: true, data: { following: follow, code: project.code } };
}

export async function postComment(input: CommentInput): Promise<ServiceResult<{ id: number; code: string }>> {
  const user = await requirePermission("programme.comment");
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true, code: true } });
  if (!project) return { ok: false, formError: "notFound" };
  const limit = await hitRateLimit(`programme.comment:${user.id}`, POSTS_PER_HOUR, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const comment = await db.projectComment.create({
    data: { projectId: project.id, authorId: user.id, kind: input.kind, body: input.body },
    select: { id: true },
  });
  return { ok: true, data: { id: comment.id, code: project.code } };
}

export async function reportDifficulty(input: DifficultyInput): Promise<ServiceResult<{ id: number; code: string }>> {
  const user = await requirePermission("programme.comment");
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { id: true, code: true } });
  if (!project) return { ok: false, formError: "notFound" };
  const limit = await hitRateLimit(`programme.difficulty:${user.id}`, DIFFICULTIES_PER_HOUR, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const difficulty = await db.difficulty.create({
    data: { projectId: project.id, reporterId: user.id, body: input.body },
    select: { id: true },
  });
  return { ok: true, data: { id: difficulty.id, code: project.code } };
}

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

export const PUBLIC_COMMENTS_SHOWN = 50;
export const PUBLIC_DIFFICULTIES_SHOWN = 100;

/**
 * What the public project page shows below the project: the discussion with the commune's
 * answers, the difficulties register, and the viewer's own standing (following, may post).
 * People are not named: a post shows its kind and date, and "yours" to its author.
 */
export async function getProjectEngagement(projectId: number) {
  const viewer = await getSession();
  const [comments, commentCount, difficulties, followers, following] = await Promise.all([
    db.projectComment.findMany({
      where: { projectId, parentId: null, kind: { in: ["QUESTION", "OBSERVATION"] }, hiddenAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PUBLIC_COMMENTS_SHOWN,
      select: {
        id: true, kind: true, body: true, createdAt: true, authorId: true,
        answers: { where: { kind: "OFFICIAL_ANSWER", hiddenAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
      },
    }),
    db.projectComment.count({ where: { projectId, parentId: null, kind: { in: ["QUESTION", "OBSERVATION"] }, hiddenAt: null } }),
    db.difficulty.findMany({
      where: { projectId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PUBLIC_DIFFICULTIES_SHOWN,
      select: { id: true, body: true, status: true, answer: true, answeredAt: true, createdAt: true, reporterId: true },
    }),
    db.projectFollow.count({ where: { projectId } }),
    viewer ? db.projectFollow.findUnique({ where: { userId_projectId: { userId: viewer.id, projectId } }, select: { userId: true } }) : null,
  ]);
  return {
    viewer: viewer
      ? { signedIn: true as const, canFollow: can(viewer.roles, "programme.follow"), canPost: can(viewer.roles, "programme.comment"), following: !!following }
      : { signedIn: false as const, canFollow: false, canPost: false, following: false },
    followers,
    commentCount,
    comments: comments.map(({ authorId, ...c }) => ({ ...c, mine: !!viewer && authorId === viewer.id })),
    difficulties: difficulties.map(({ reporterId, ...d }) => ({ ...d, mine: !!viewer && reporterId === viewer.id })),
  };
}

export const OPEN_DIFFICULTY: DifficultyStatus[] = ["RECEIVED", "UNDER_STUDY"];
export const UNANSWERED = { parentId: null, kind: { in: ["QUESTION", "OBSERVATION"] as ("QUESTION" | "OBSERVATION")[] }, hiddenAt: null, answers: { none: {} } };

export const STAFF_PROJECTS_PAGE_SIZE = 30;

/** The staff list, a page at a time: each project with its status, latest figures and what waits for an answer. */
export async function listProjectsForStaff(page: number) {
  await requirePermission("programme.update_progress");
  const [total, projects] = await Promise.all([
    db.project.count(),
    db.project.findMany({
      skip: (page - 1) * STAFF_PROJECTS_PAGE_SIZE,
      take: STAFF_PROJECTS_PAGE_SIZE,
      orderBy: [{ axis: { number: "asc" } }, { code: "asc" }],
      select: {
        id: true, code: true, titleAr: true, titleFr: true, status: true, isDemo: true,
        axis: { select: { number: true } },
        updates: { orderBy: [{ recordedAt: "desc" }, { id: "desc" }], take: 1, select: { recordedAt: true, physicalPercent: true, financialPercent: true } },
        _count: { select: { comments: { where: UNANSWERED }, difficulties: { where: { status: { in: OPEN_DIFFICULTY } } } } },
      },
    }),
  ]);
  const items = projects.map(({ updates, _count, ...p }) => ({ ...p, latest: updates[0] ?? null, unanswered: _count.comments, openDifficulties: _count.difficulties }));
  return { total, projects: items };
}

export type StaffProjectListItem = Awaited<ReturnType<typeof listProjectsForStaff>>["projects"][number];

export async function getProjectForStaff(code: string) {
  await requirePermission("programme.update_progress");
  const project = await db.project.findUnique({
    where: { code },
    include: {
      axis: { select: { number: true, titleAr: true, titleFr: true } },
      programme: { select: { startYear: true, endYear: true } },
      douars: { select: { douar: { select: { id: true, nameAr: true, nameFr: true } } } },
      updates: {
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        select: {
          id: true, recordedAt: true, physicalPercent: true, financialPercent: true, committedMad: true, spentMad: true,
          noteAr: true, noteFr: true, author: { select: { name: true } },
          evidence: { orderBy: { id: "asc" }, select: { id: true, kind: true, bytes: true, captionAr: true, captionFr: true, withdrawnAt: true, withdrawnReason: true, withdrawnBy: { select: { name: true } } } },
        },
      },
      _count: { select: { follows: true, comments: { where: UNANSWERED }, difficulties: { where: { status: { in: OPEN_DIFFICULTY } } } } },
    },
  });
  return project;
}

/** What the project form offers to choose from. */
export async function getProjectFormOptions() {
  await requirePermission("programme.manage");
  const [programmes, axes, douars, associations] = await Promise.all([
    db.programme.findMany({ orderBy: { startYear: "desc" }, select: { id: true, startYear: true, endYear: true, titleAr: true, titleFr: true } }),
    db.planAxis.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, titleAr: true, titleFr: true } }),
    db.douar.findMany({ orderBy: { nameFr: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.association.findMany({ where: { verifiedAt: { not: null } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { programmes, axes, douars, associations };
}

/** The project as the edit form needs it. */
export async function getProjectForEdit(code: string) {
  await requirePermission("programme.manage");
  return db.project.findUnique({ where: { code }, include: { douars: { select: { douarId: true } }, partners: { select: { associationId: true } } } });
}

/** Questions and observations of a project with the answers given, unanswered first; authors are named for staff. */
export async function getDiscussionForStaff(code: string) {
  await requirePermission("programme.answer");
  const project = await db.project.findUnique({ where: { code }, select: PROJECT_REF });
  if (!project) return null;
  const comments = await db.projectComment.findMany({
    where: { projectId: project.id, parentId: null, kind: { in: ["QUESTION", "OBSERVATION"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true, kind: true, body: true, createdAt: true, hiddenAt: true, author: { select: { name: true } },
      answers: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  // Waiting for an answer first; within each group, newest first.
  comments.sort((a, b) => Number(a.answers.length > 0) - Number(b.answers.length > 0));
  return { project, comments };
}

export async function getDifficultiesForStaff(code: string) {
  await requirePermission("programme.answer");
  const project = await db.project.findUnique({ where: { code }, select: PROJECT_REF });
  if (!project) return null;
  const difficulties = await db.difficulty.findMany({
    where: { projectId: project.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true, body: true, status: true, answer: true, answeredAt: true, createdAt: true,
      reporter: { select: { name: true } }, answeredBy: { select: { name: true } },
    },
  });
  const rank: Record<DifficultyStatus, number> = { RECEIVED: 0, UNDER_STUDY: 1, ANSWERED: 2, RESOLVED: 3 };
  difficulties.sort((a, b) => rank[a.status] - rank[b.status]);
  return { project, difficulties };
}
