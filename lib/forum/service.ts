import "server-only";
// The douar forum's writes. Every function checks the caller's permission itself; every staff
// change is one transaction with its audit event and the notices it causes. Residents' posts are
// rate-limited and refused while posting is suspended.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { fileStore } from "@/lib/storage";
import { processEvidenceFile, type ProcessedFile } from "@/lib/uploads/evidence";
import { notifyHidden, notifyTopicFollowers } from "./notify";
import { ABUSE_WINDOW_DAYS, statusChangeError, suspensionUntil } from "./rules";
import type { CategoryInput, HideInput, OfficialAnswerInput, ReplyInput, ReportInput, StatusChangeInput, TopicInput } from "./schemas";
import type { FieldErrors, ServiceResult } from "@/lib/forms/form-state";


/** Spam brakes, per person and hour. */
export const TOPICS_PER_HOUR = 5;
export const REPLIES_PER_HOUR = 20;
export const REPORTS_PER_HOUR = 10;
export const MAX_PHOTOS = 3;
/** All photos of one topic together, as uploaded (each is re-encoded to ≤1600 px). */
export const MAX_PHOTO_UPLOAD_BYTES = 15 * 1024 * 1024;

export type UploadedFile = { name: string; bytes: Uint8Array };
type Photo = Extract<ProcessedFile, { kind: "PHOTO" }>;

async function lockTopic(tx: Tx, topicId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM forum_topics WHERE id = ${topicId} FOR UPDATE`;
}

/** Refuses while the person's posting is suspended (repeated abuse), and beyond the hourly limit. */
async function postingRefusal(user: SessionUser, bucket: string, perHour: number): Promise<ServiceResult<never> | null> {
  const suspension = await db.forumSuspension.findUnique({ where: { userId: user.id }, select: { until: true } });
  if (suspension && suspension.until > new Date()) {
    return { ok: false, formError: "postingSuspended", retryAfterSeconds: Math.ceil((suspension.until.getTime() - Date.now()) / 1000) };
  }
  const limit = await hitRateLimit(`forum.${bucket}:${user.id}`, perHour, 3600);
  return limit.allowed ? null : { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
}

// ---------------------------------------------------------------------------------------------
// Residents
// ---------------------------------------------------------------------------------------------

/**
 * Opens a topic. Photos are checked by their bytes and re-encoded without metadata before
 * anything is written; if the rows cannot be written, the stored photos are removed again, so a
 * refused topic leaves nothing behind.
 */
export async function createTopic(input: TopicInput, files: readonly UploadedFile[]): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("forum.post");
  if (files.length > MAX_PHOTOS) return { ok: false, fieldErrors: { photos: "tooManyFiles" } };
  if (files.reduce((total, f) => total + f.bytes.length, 0) > MAX_PHOTO_UPLOAD_BYTES) return { ok: false, fieldErrors: { photos: "filesTooLarge" } };
  const [category, douar] = await Promise.all([
    db.forumCategory.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } }),
    input.douar === null ? Promise.resolve({ id: null }) : db.douar.findUnique({ where: { id: input.douar }, select: { id: true } }),
  ]);
  const choiceErrors: FieldErrors = { ...(category ? {} : { categoryId: "invalidChoice" }), ...(douar ? {} : { douar: "invalidChoice" }) };
  if (Object.keys(choiceErrors).length) return { ok: false, fieldErrors: choiceErrors };

  const photos: Photo[] = [];
  for (const file of files) {
    const result = await processEvidenceFile(file.bytes, { name: file.name });
    if (!result.ok) return { ok: false, fieldErrors: { photos: result.error } };
    if (result.file.kind !== "PHOTO") return { ok: false, fieldErrors: { photos: "notAPhoto" } };
    photos.push(result.file);
  }
  const refusal = await postingRefusal(user, "topic", TOPICS_PER_HOUR);
  if (refusal) return refusal;

  const store = fileStore();
  const stored: { key: string; photo: Photo }[] = [];
  try {
    for (const photo of photos) stored.push({ key: await store.put(photo.bytes, { contentType: photo.mimeType }), photo });
    const topic = await db.forumTopic.create({
      data: {
        douarId: input.douar,
        categoryId: input.categoryId,
        authorId: user.id,
        title: input.title,
        body: input.body,
        place: input.place,
        photos: {
          create: stored.map(({ key, photo }) => ({ storageKey: key, mimeType: photo.mimeType, bytes: photo.bytes.length, width: photo.width, height: photo.height })),
        },
        // The author hears what happens to what they raised.
        follows: { create: { userId: user.id } },
      },
      select: { id: true },
    });
    return { ok: true, data: topic };
  } catch (error) {
    await Promise.allSettled(stored.map(({ key }) => store.delete(key)));
    throw error;
  }
}

/** A visible topic, or null: replies, support and reports go only to what the public sees. */
async function visibleTopic(topicId: number) {
  return db.forumTopic.findFirst({ where: { id: topicId, hiddenAt: null }, select: { id: true, title: true, status: true } });
}

export async function replyToTopic(input: ReplyInput): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("forum.post");
  const topic = await visibleTopic(input.topicId);
  if (!topic) return { ok: false, formError: "notFound" };
  const refusal = await postingRefusal(user, "reply", REPLIES_PER_HOUR);
  if (refusal) return refusal;
  const result = await db.$transaction(async (tx) => {
    const post = await tx.forumPost.create({ data: { topicId: topic.id, authorId: user.id, body: input.body }, select: { id: true } });
    await tx.forumFollow.createMany({ data: [{ topicId: topic.id, userId: user.id }], skipDuplicates: true });
    const notified = await notifyTopicFollowers(tx, "reply", { topicId: topic.id, title: topic.title }, user.id);
    return { id: post.id, notified };
  });
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: { id: result.id } };
}

/**
 * "This affects me too", or taking it back. One per person and topic: the primary key holds it,
 * and the insert skips an existing row, so simultaneous clicks count once.
 */
export async function setSupport(topicId: number, on: boolean): Promise<ServiceResult<{ supporters: number }>> {
  const user = await requirePermission("forum.post");
  const topic = await visibleTopic(topicId);
  if (!topic) return { ok: false, formError: "notFound" };
  if (on) await db.forumSupport.createMany({ data: [{ topicId, userId: user.id }], skipDuplicates: true });
  else await db.forumSupport.deleteMany({ where: { topicId, userId: user.id } });
  return { ok: true, data: { supporters: await db.forumSupport.count({ where: { topicId } }) } };
}

export async function setTopicFollow(topicId: number, on: boolean): Promise<ServiceResult<{ following: boolean }>> {
  const user = await requirePermission("forum.post");
  const topic = await visibleTopic(topicId);
  if (!topic) return { ok: false, formError: "notFound" };
  if (on) await db.forumFollow.createMany({ data: [{ topicId, userId: user.id }], skipDuplicates: true });
  else await db.forumFollow.deleteMany({ where: { topicId, userId: user.id } });
  return { ok: true, data: { following: on } };
}

/** Anyone signed in may report a topic or a reply that breaks the forum rules. */
export async function reportPost(input: ReportInput): Promise<ServiceResult<{ id: number }>> {
  const user = await requirePermission("account.manage");
  const target = input.postId
    ? await db.forumPost.findFirst({ where: { id: input.postId, topicId: input.topicId, hiddenAt: null, topic: { hiddenAt: null } }, select: { id: true } })
    : await visibleTopic(input.topicId);
  if (!target) return { ok: false, formError: "notFound" };
  const limit = await hitRateLimit(`forum.report:${user.id}`, REPORTS_PER_HOUR, 3600);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const report = await db.forumReport.create({
    data: { topicId: input.topicId, postId: input.postId, reporterId: user.id, reason: input.reason },
    select: { id: true },
  });
  return { ok: true, data: report };
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

/** An official answer of the commune, marked as such wherever it shows; followers are told. */
export async function postOfficialAnswer(input: OfficialAnswerInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("forum.answer");
  const result = await db.$transaction(async (tx) => {
    await lockTopic(tx, input.topicId);
    const topic = await tx.forumTopic.findUnique({ where: { id: input.topicId }, select: { id: true, title: true, firstOfficialAnswerAt: true } });
    if (!topic) return null;
    const post = await tx.forumPost.create({ data: { topicId: topic.id, authorId: actor.id, body: input.body, official: true }, select: { id: true, createdAt: true } });
    if (!topic.firstOfficialAnswerAt) await tx.forumTopic.update({ where: { id: topic.id }, data: { firstOfficialAnswerAt: post.createdAt } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.answered", targetType: "forum_topic", targetId: String(topic.id), after: { postId: post.id, body: input.body }, ip });
    const notified = await notifyTopicFollowers(tx, "answered", { topicId: topic.id, title: topic.title }, actor.id);
    return { id: post.id, notified };
  });
  if (!result) return { ok: false, formError: "notFound" };
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: { id: result.id } };
}

/** Moves a topic along its public status with a public note (lib/forum/rules.ts), audited, followers told. */
export async function changeTopicStatus(input: StatusChangeInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("forum.answer");
  const outcome = await db.$transaction(async (tx): Promise<{ failure: { formError?: string; fieldErrors?: FieldErrors } | null; notified?: number }> => {
    await lockTopic(tx, input.topicId);
    const topic = await tx.forumTopic.findUnique({ where: { id: input.topicId }, select: { id: true, title: true, status: true, projectId: true, competentBody: true } });
    if (!topic) return { failure: { formError: "notFound" } };
    const problem = statusChangeError({ from: topic.status, to: input.status, note: input.note, projectId: input.projectId, competentBody: input.competentBody });
    if (problem) return { failure: { fieldErrors: { [problem.field]: problem.key } } };
    if (input.status === "PLANNED" && !(await tx.project.findUnique({ where: { id: input.projectId! }, select: { id: true } }))) {
      return { failure: { fieldErrors: { projectId: "invalidChoice" } } };
    }
    const projectId = input.status === "PLANNED" ? input.projectId : topic.projectId;
    const competentBody = input.status === "OUTSIDE_COMPETENCE" ? input.competentBody : topic.competentBody;
    await tx.forumTopic.update({ where: { id: topic.id }, data: { status: input.status, projectId, competentBody } });
    await tx.forumStatusChange.create({
      data: {
        topicId: topic.id, fromStatus: topic.status, toStatus: input.status, note: input.note, authorId: actor.id,
        projectId: input.status === "PLANNED" ? projectId : null, competentBody: input.status === "OUTSIDE_COMPETENCE" ? competentBody : null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.status_changed", targetType: "forum_topic", targetId: String(topic.id),
      before: { status: topic.status, projectId: topic.projectId, competentBody: topic.competentBody },
      after: { status: input.status, projectId, competentBody, note: input.note }, ip,
    });
    const notified = await notifyTopicFollowers(tx, "status_changed", { topicId: topic.id, title: topic.title, status: input.status, note: input.note }, actor.id);
    return { failure: null, notified };
  });
  if (outcome.failure) return { ok: false, ...outcome.failure };
  if (outcome.notified) kickOutboxWorker();
  return { ok: true, data: { id: input.topicId } };
}

/**
 * Hides a topic or a reply from every public surface (pages, search, open data), or shows it
 * again. Nothing is deleted; the author sees it with the reason; the audit log keeps who and why.
 * The third post of one author hidden within the abuse window suspends their posting.
 */
export async function setPostHidden(input: HideInput, ip: string | null): Promise<ServiceResult<{ topicId: number }>> {
  const actor = await requirePermission("forum.moderate");
  if (input.hide && !input.reason) return { ok: false, fieldErrors: { reason: "reasonRequired" } };
  const outcome = await db.$transaction(async (tx) => {
    await lockTopic(tx, input.topicId);
    const topic = await tx.forumTopic.findUnique({ where: { id: input.topicId }, select: { id: true, title: true, authorId: true, hiddenAt: true } });
    const post = input.postId ? await tx.forumPost.findFirst({ where: { id: input.postId, topicId: input.topicId }, select: { id: true, authorId: true, hiddenAt: true } }) : null;
    const target = input.postId ? post : topic;
    if (!topic || !target) return null;
    if ((target.hiddenAt !== null) === input.hide) return { notified: 0 };
    const data = input.hide ? { hiddenAt: new Date(), hiddenReason: input.reason } : { hiddenAt: null, hiddenReason: null };
    if (input.postId) await tx.forumPost.update({ where: { id: input.postId }, data });
    else await tx.forumTopic.update({ where: { id: topic.id }, data });
    const targetType = input.postId ? "forum_post" : "forum_topic";
    await recordAudit(tx, {
      actorId: actor.id, action: input.hide ? "forum.hidden" : "forum.shown", targetType, targetId: String(target.id),
      before: { hidden: !input.hide }, after: { hidden: input.hide, reason: input.reason, topicId: topic.id }, ip,
    });
    // Reports about what was just hidden are dealt with.
    if (input.hide) await tx.forumReport.updateMany({ where: { topicId: topic.id, postId: input.postId, closedAt: null }, data: { closedAt: new Date() } });
    if (!input.hide || !target.authorId) return { notified: 0 };
    await suspendOnRepeatedAbuse(tx, target.authorId, actor.id, ip);
    return { notified: await notifyHidden(tx, target.authorId, { topicId: topic.id, title: topic.title, reason: input.reason ?? undefined }) };
  });
  if (!outcome) return { ok: false, formError: "notFound" };
  if (outcome.notified) kickOutboxWorker();
  return { ok: true, data: { topicId: input.topicId } };
}

async function suspendOnRepeatedAbuse(tx: Tx, authorId: string, actorId: string, ip: string | null): Promise<void> {
  const now = new Date();
  const since = new Date(now.getTime() - ABUSE_WINDOW_DAYS * 86_400_000);
  const [topics, posts] = await Promise.all([
    tx.forumTopic.count({ where: { authorId, hiddenAt: { gte: since } } }),
    tx.forumPost.count({ where: { authorId, hiddenAt: { gte: since } } }),
  ]);
  const until = suspensionUntil(topics + posts, now);
  if (!until) return;
  const reason = `${topics + posts} hidden posts within ${ABUSE_WINDOW_DAYS} days`;
  await tx.forumSuspension.upsert({ where: { userId: authorId }, create: { userId: authorId, until, reason }, update: { until, reason } });
  await recordAudit(tx, { actorId, action: "forum.posting_suspended", targetType: "user", targetId: authorId, after: { until: until.toISOString(), reason }, ip });
}

/** Reports are closed without hiding anything when the moderator finds the post within the rules. */
export async function dismissReport(reportId: number, ip: string | null): Promise<ServiceResult> {
  const actor = await requirePermission("forum.moderate");
  const done = await db.$transaction(async (tx) => {
    const report = await tx.forumReport.findFirst({ where: { id: reportId, closedAt: null }, select: { id: true } });
    if (!report) return false;
    await tx.forumReport.update({ where: { id: report.id }, data: { closedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.report_dismissed", targetType: "forum_report", targetId: String(report.id), ip });
    return true;
  });
  return done ? { ok: true, data: undefined } : { ok: false, formError: "notFound" };
}

// ---------------------------------------------------------------------------------------------
// Administrator: categories
// ---------------------------------------------------------------------------------------------

/** Creates a category or edits one, audited. Categories are never deleted: topics keep theirs. */
export async function saveCategory(input: CategoryInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("settings.manage");
  const fields = { nameAr: input.nameAr, nameFr: input.nameFr, competence: input.competence, position: input.position, active: input.active };
  const saved = await db.$transaction(async (tx) => {
    if (input.categoryId === null) {
      if (await tx.forumCategory.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { taken: true } as const;
      const created = await tx.forumCategory.create({ data: { slug: input.slug, ...fields }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "forum.category_created", targetType: "forum_category", targetId: String(created.id), after: { slug: input.slug, ...fields }, ip });
      return { id: created.id };
    }
    const current = await tx.forumCategory.findUnique({ where: { id: input.categoryId }, select: { nameAr: true, nameFr: true, competence: true, position: true, active: true } });
    if (!current) return null;
    const diff = auditDiff(current, fields);
    if (diff.changed) {
      await tx.forumCategory.update({ where: { id: input.categoryId }, data: fields });
      await recordAudit(tx, { actorId: actor.id, action: "forum.category_updated", targetType: "forum_category", targetId: String(input.categoryId), before: diff.before, after: diff.after, ip });
    }
    return { id: input.categoryId };
  });
  if (!saved) return { ok: false, formError: "notFound" };
  if ("taken" in saved) return { ok: false, fieldErrors: { slug: "slugTaken" } };
  return { ok: true, data: saved };
}

/** Every category, active or not, for the administrator's page. */
export async function listCategoriesForAdmin() {
  await requirePermission("settings.manage");
  return db.forumCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}
