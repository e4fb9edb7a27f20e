// The douar forum against the real database (lib/forum/service.ts, queries.ts, queue.ts):
// "this affects me too" under concurrent clicks, moderation hiding a post from every public
// surface, status changes with their notices, photo checks that leave nothing half-saved,
// suspension after repeated abuse, and the staff work queue.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { getForumOpenData, getForumStats, getTopic, listTopics, parseTopicFilters, suggestSimilarTopics } from "@/lib/forum/queries";
import { unansweredTopicsQueue } from "@/lib/forum/queue";
import { HIDDEN_POSTS_BEFORE_SUSPENSION } from "@/lib/forum/rules";
import { getForumMeeting, publishForumMinutes, scheduleForumMeeting } from "@/lib/forum/meetings";
import { CategorySchema, ForumMeetingSchema, ForumMinutesSchema, ReplySchema, StatusChangeSchema, TopicSchema } from "@/lib/forum/schemas";
import {
  changeTopicStatus,
  createTopic,
  dismissReport,
  postOfficialAnswer,
  replyToTopic,
  REPLIES_PER_HOUR,
  reportPost,
  saveCategory,
  setPostHidden,
  setSupport,
  setTopicFollow,
} from "@/lib/forum/service";
import { setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { seedForumCategories } from "@/prisma/seed/forum";
import { asUser, createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.61";
let uploadDir: string;
let douarId: number;
let categoryId: number;
let projectId: number;
let resident: TestUser;
let neighbour: TestUser;
let staff: TestUser;

async function storedFiles(): Promise<string[]> {
  const buckets = await readdir(uploadDir).catch(() => [] as string[]);
  return (await Promise.all(buckets.map((b) => readdir(path.join(uploadDir, b))))).flat();
}

function topicInput(values: Partial<Record<string, string>> = {}) {
  return TopicSchema.parse({ douar: String(douarId), categoryId: String(categoryId), title: "تراكم النفايات قرب المدرسة", body: "الأكياس متراكمة منذ أسابيع.", ...values });
}

async function openTopic(as: TestUser = resident, values: Partial<Record<string, string>> = {}): Promise<number> {
  const result = await asUser(as, () => createTopic(topicInput(values), []));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const everyone = parseTopicFilters({});

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "musharaka-forum-"));
  setFileStore(new LocalFileStore(uploadDir));
});

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE forum_categories, forum_topics, douars, programmes, plan_axes, projects, notifications RESTART IDENTITY CASCADE");
  await rm(uploadDir, { recursive: true, force: true });
  await db.$transaction((tx) => seedForumCategories(tx));
  categoryId = (await db.forumCategory.findUniqueOrThrow({ where: { slug: "waste" } })).id;
  douarId = (await db.douar.create({ data: { slug: "douar-test", nameAr: "دوار تجريبي", nameFr: "Douar test", isDemo: true } })).id;
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "المحور", titleFr: "Axe" } });
  projectId = (
    await db.project.create({
      data: { programmeId: programme.id, axisId: axis.id, code: "T-01", titleAr: "تدبير النفايات", titleFr: "Gestion des déchets", descriptionAr: "-", descriptionFr: "-", competence: "OWN", startYear: 2023, endYear: 2025 },
    })
  ).id;
  resident = await createUser({ name: "Resident" });
  neighbour = await createUser({ name: "Neighbour" });
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"], name: "Staff" });
});

afterAll(async () => {
  signOut();
  setFileStore(undefined);
  await rm(uploadDir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("this affects me too", () => {
  it("counts once per person, however many simultaneous clicks arrive", async () => {
    const topicId = await openTopic();
    const clicks = await Promise.all(Array.from({ length: 12 }, () => asUser(neighbour, () => setSupport(topicId, true))));
    expect(clicks.every((c) => c.ok)).toBe(true);
    await Promise.all([asUser(resident, () => setSupport(topicId, true)), asUser(resident, () => setSupport(topicId, true))]);
    expect(await db.forumSupport.count({ where: { topicId } })).toBe(2);
    // The database itself holds the rule.
    await expect(db.forumSupport.create({ data: { topicId, userId: neighbour.id } })).rejects.toThrow();
    await asUser(neighbour, () => setSupport(topicId, false));
    const topic = await getTopic(topicId);
    expect(topic?._count.supports).toBe(1);
  });

  it("needs a signed-in person", async () => {
    const topicId = await openTopic();
    await expect(setSupport(topicId, true)).rejects.toThrow();
  });
});

describe("moderation hides a post from every public surface", () => {
  it("takes a hidden reply out of pages and search, keeps it for its author with the reason, and audits it", async () => {
    const topicId = await openTopic();
    await asUser(neighbour, () => replyToTopic(ReplySchema.parse({ topicId: String(topicId), body: "كلام مسيء zanzibarword" })));
    const reply = await db.forumPost.findFirstOrThrow({ where: { topicId } });
    await asUser(resident, () => reportPost({ topicId, postId: reply.id, reason: "سب" }));
    expect((await listTopics({ ...everyone, q: "zanzibarword" })).total).toBe(1);

    const hidden = await asUser(staff, () => setPostHidden({ topicId, postId: reply.id, hide: true, reason: "سب وشتم" }, IP));
    expect(hidden.ok).toBe(true);

    expect((await listTopics({ ...everyone, q: "zanzibarword" })).total).toBe(0);
    expect((await getTopic(topicId))?.posts).toEqual([]);
    expect((await asUser(resident, () => getTopic(topicId)))?.posts).toEqual([]);
    const seenByAuthor = await asUser(neighbour, () => getTopic(topicId));
    expect(seenByAuthor?.posts).toMatchObject([{ id: reply.id, mine: true, hiddenReason: "سب وشتم" }]);
    expect(await db.forumPost.count({ where: { id: reply.id } })).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { action: "forum.hidden", targetType: "forum_post", targetId: String(reply.id) } })).toMatchObject({ actorId: staff.id, ip: IP });
    expect(await db.forumReport.count({ where: { closedAt: null } })).toBe(0);
    expect(await db.notification.findFirst({ where: { userId: neighbour.id, kind: "forum.hidden" } })).toMatchObject({ payload: { reason: "سب وشتم" } });
    expect((await getForumOpenData())[0]).toMatchObject({ id: topicId, replies: 0 });
  });

  it("takes a hidden topic out of lists, search, suggestions, its page, statistics and open data, but not out of the database", async () => {
    const kept = await openTopic(resident, { title: "انقطاع الإنارة العمومية" });
    const topicId = await openTopic(neighbour, { title: "تراكم النفايات zanzibarword" });
    const refused = await asUser(staff, () => setPostHidden({ topicId, postId: null, hide: true, reason: null }, IP));
    expect(refused).toEqual({ ok: false, fieldErrors: { reason: "reasonRequired" } });
    await asUser(staff, () => setPostHidden({ topicId, postId: null, hide: true, reason: "إشهار" }, IP));

    expect((await listTopics(everyone)).topics.map((t) => t.id)).toEqual([kept]);
    expect((await listTopics({ ...everyone, q: "zanzibarword" })).total).toBe(0);
    expect((await suggestSimilarTopics(douarId, "تراكم النفايات")).map((s) => s.id)).toEqual([]);
    expect(await getTopic(topicId)).toBeNull();
    expect(await asUser(resident, () => getTopic(topicId))).toBeNull();
    expect((await getForumOpenData()).map((r) => r.id)).toEqual([kept]);
    expect((await getForumStats()).total).toBe(1);
    expect(await asUser(neighbour, () => getTopic(topicId))).toMatchObject({ mine: true, hiddenReason: "إشهار" });
    expect(await asUser(staff, () => getTopic(topicId))).toMatchObject({ id: topicId });
    // Nobody replies to or supports what the public cannot see.
    expect(await asUser(resident, () => setSupport(topicId, true))).toEqual({ ok: false, formError: "notFound" });

    await asUser(staff, () => setPostHidden({ topicId, postId: null, hide: false, reason: null }, IP));
    expect((await listTopics(everyone)).total).toBe(2);
  });

  it("suspends posting at the third hidden post within the window; reading stays open", async () => {
    for (let i = 0; i < HIDDEN_POSTS_BEFORE_SUSPENSION; i++) {
      const topicId = await openTopic(neighbour, { title: `موضوع ${i}` });
      await asUser(staff, () => setPostHidden({ topicId, postId: null, hide: true, reason: "إساءة" }, IP));
    }
    const kept = await openTopic(resident);
    const refused = await asUser(neighbour, () => replyToTopic({ topicId: kept, body: "رد" }));
    expect(refused).toMatchObject({ ok: false, formError: "postingSuspended" });
    expect(await asUser(neighbour, () => getTopic(kept))).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "forum.posting_suspended", targetId: neighbour.id } })).toBe(1);
  });

  it("refuses moderation to a resident", async () => {
    const topicId = await openTopic();
    await expect(asUser(neighbour, () => setPostHidden({ topicId, postId: null, hide: true, reason: "x" }, IP))).rejects.toThrow();
  });
});

describe("the commune's answer", () => {
  it("marks official answers, moves the status with a public note, links a planned topic to its project, and tells followers by e-mail", async () => {
    const topicId = await openTopic();
    await asUser(neighbour, () => setTopicFollow(topicId, true));
    const answer = await asUser(staff, () => postOfficialAnswer({ topicId, body: "سنبرمج حاويات جديدة." }, IP));
    expect(answer.ok).toBe(true);

    const noNote = StatusChangeSchema.safeParse({ topicId: String(topicId), status: "ACKNOWLEDGED", note: "" });
    expect(noNote.success).toBe(false);
    const skip = await asUser(staff, () => changeTopicStatus(StatusChangeSchema.parse({ topicId: String(topicId), status: "RESOLVED", note: "تم" }), IP));
    expect(skip).toEqual({ ok: false, fieldErrors: { status: "statusTransition" } });
    await asUser(staff, () => changeTopicStatus(StatusChangeSchema.parse({ topicId: String(topicId), status: "ACKNOWLEDGED", note: "توصلنا بالموضوع" }), IP));
    const noProject = await asUser(staff, () => changeTopicStatus(StatusChangeSchema.parse({ topicId: String(topicId), status: "PLANNED", note: "مبرمج" }), IP));
    expect(noProject).toEqual({ ok: false, fieldErrors: { projectId: "projectRequired" } });
    const planned = await asUser(staff, () => changeTopicStatus(StatusChangeSchema.parse({ topicId: String(topicId), status: "PLANNED", note: "مبرمج", projectId: String(projectId) }), IP));
    expect(planned.ok).toBe(true);

    const topic = await getTopic(topicId);
    expect(topic).toMatchObject({ status: "PLANNED", project: { code: "T-01" } });
    expect(topic?.posts).toMatchObject([{ official: true, body: "سنبرمج حاويات جديدة." }]);
    expect(topic?.statusChanges.map((c) => [c.toStatus, c.note])).toEqual([["ACKNOWLEDGED", "توصلنا بالموضوع"], ["PLANNED", "مبرمج"]]);
    expect(await db.auditEvent.count({ where: { action: "forum.status_changed", targetId: String(topicId) } })).toBe(2);
    for (const user of [resident, neighbour]) {
      const kinds = (await db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).map((n) => n.kind);
      expect(kinds).toEqual(["forum.answered", "forum.status_changed", "forum.status_changed"]);
      expect(await db.outboxMessage.count({ where: { toAddress: user.email } })).toBe(3);
    }
    expect(await db.notification.count({ where: { userId: staff.id } })).toBe(0);
    const stats = await getForumStats();
    expect(stats.answered).toBe(1);
  });

  it("puts open topics without an official answer in the work queue, oldest first", async () => {
    const first = await openTopic(resident, { title: "أول" });
    const second = await openTopic(resident, { title: "ثاني" });
    const answered = await openTopic(resident, { title: "ثالث" });
    await db.forumTopic.update({ where: { id: second }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    await asUser(staff, () => postOfficialAnswer({ topicId: answered, body: "جواب" }, IP));
    const queue = await unansweredTopicsQueue.load({ locale: "fr-MA", now: new Date(), limit: 5 });
    expect(queue.total).toBe(2);
    expect(queue.items.map((i) => i.id)).toEqual([String(second), String(first)]);
  });
});

describe("posting", () => {
  it("stores photos re-encoded without metadata", async () => {
    const photo = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#7a5" } })
      .jpeg()
      .withExif({ IFD0: { Make: "PhoneCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 17/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "2/1 1/1 0/1" } })
      .toBuffer();
    await signInAs(resident);
    const result = await createTopic(topicInput(), [{ name: "photo.jpg", bytes: photo }]);
    expect(result.ok).toBe(true);
    const [stored] = await db.forumPhoto.findMany();
    expect(stored).toMatchObject({ width: 1600, height: 800, mimeType: "image/jpeg" });
    const bytes = (await new LocalFileStore(uploadDir).get(stored!.storageKey))!.bytes;
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  });

  it("refuses a file that is not a photo and saves nothing, not even the good photo", async () => {
    const good = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#000" } }).png().toBuffer();
    const fake = Buffer.from("<html><script>alert(1)</script></html>");
    await signInAs(resident);
    const result = await createTopic(topicInput(), [{ name: "a.png", bytes: good }, { name: "b.jpg", bytes: fake }]);
    expect(result).toEqual({ ok: false, fieldErrors: { photos: "fileTypeRefused" } });
    expect(await db.forumTopic.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses markup and bidirectional overrides with a clear message", () => {
    const script = TopicSchema.safeParse({ douar: "commune", categoryId: "1", title: "<script>alert(1)</script>", body: "x" });
    expect(script.success || script.error.issues[0]?.message).toBe("markup");
    const bidi = TopicSchema.safeParse({ douar: "commune", categoryId: "1", title: "abc\u202Edef", body: "x" });
    expect(bidi.success || bidi.error.issues[0]?.message).toBe("bidiControl");
    const huge = TopicSchema.safeParse({ douar: "commune", categoryId: "1", title: "x", body: "x".repeat(5001) });
    expect(huge.success || huge.error.issues[0]?.message).toBe("tooLong");
  });

  it("slows down a flood of replies with a clear message", async () => {
    const topicId = await openTopic();
    await signInAs(neighbour);
    for (let i = 0; i < REPLIES_PER_HOUR; i++) expect((await replyToTopic({ topicId, body: `رد ${i}` })).ok).toBe(true);
    expect(await replyToTopic({ topicId, body: "رد زائد" })).toMatchObject({ ok: false, formError: "rateLimited" });
  });
});

describe("categories", () => {
  it("are edited and added by an administrator only, audited, and a deactivated one is no longer offered", async () => {
    const admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
    const edit = CategorySchema.parse({ categoryId: String(categoryId), nameAr: "النظافة", nameFr: "Propreté", competence: "OWN", position: "0" });
    await expect(asUser(staff, () => saveCategory(edit, IP))).rejects.toThrow();
    expect(await asUser(admin, () => saveCategory(edit, IP))).toEqual({ ok: true, data: { id: categoryId } });
    expect(await db.forumCategory.findUniqueOrThrow({ where: { id: categoryId } })).toMatchObject({ nameFr: "Propreté", active: false });
    expect(await db.auditEvent.findFirst({ where: { action: "forum.category_updated" } })).toMatchObject({ after: { nameAr: "النظافة", nameFr: "Propreté", active: false } });
    const refused = await asUser(resident, () => createTopic(topicInput(), []));
    expect(refused).toEqual({ ok: false, fieldErrors: { categoryId: "invalidChoice" } });

    const added = CategorySchema.parse({ slug: "markets", nameAr: "الأسواق", nameFr: "Marchés", competence: "OWN", position: "20", active: "on" });
    expect((await asUser(admin, () => saveCategory(added, IP))).ok).toBe(true);
    expect(await asUser(admin, () => saveCategory(added, IP))).toEqual({ ok: false, fieldErrors: { slug: "slugTaken" } });
    expect(CategorySchema.safeParse({ slug: "Bad Slug", nameAr: "x", nameFr: "x", position: "1" }).error?.issues[0]?.message).toBe("slugFormat");
  });
});

describe("douar forum meetings", () => {
  it("draws the agenda from the douar's open topics, publishes minutes once held, and shows each outcome on its topic", async () => {
    const topicId = await openTopic();
    const otherDouar = await db.douar.create({ data: { slug: "other", nameAr: "آخر", nameFr: "Autre" } });
    const elsewhere = await openTopic(resident, { douar: String(otherDouar.id), title: "موضوع آخر" });
    const future = { douarId: String(douarId), date: "15/12/2099", time: "10:00", place: "دار الشباب" };
    expect(await asUser(staff, () => scheduleForumMeeting(ForumMeetingSchema.parse({ ...future, topicIds: [String(elsewhere)] }), IP))).toEqual({ ok: false, fieldErrors: { topicIds: "invalidChoice" } });
    expect(await asUser(staff, () => scheduleForumMeeting(ForumMeetingSchema.parse({ ...future, date: "01/01/2020", topicIds: [String(topicId)] }), IP))).toEqual({ ok: false, fieldErrors: { date: "meetingPast" } });
    const scheduled = await asUser(staff, () => scheduleForumMeeting(ForumMeetingSchema.parse({ ...future, topicIds: [String(topicId)] }), IP));
    if (!scheduled.ok) throw new Error(JSON.stringify(scheduled));
    const meetingId = scheduled.data.id;
    const minutes = ForumMinutesSchema.parse({ meetingId: String(meetingId), minutes: "حضر 25 من السكان.", outcomes: { [String(topicId)]: "ستضع الجماعة حاويتين قبل نهاية الشهر." } });
    expect(await asUser(staff, () => publishForumMinutes(minutes, IP))).toEqual({ ok: false, formError: "notHeldYet" });

    await db.forumMeeting.update({ where: { id: meetingId }, data: { scheduledAt: new Date("2026-01-10T10:00:00Z") } });
    expect((await asUser(staff, () => publishForumMinutes(minutes, IP))).ok).toBe(true);
    expect(await asUser(staff, () => publishForumMinutes(minutes, IP))).toEqual({ ok: false, formError: "alreadyPublished" });
    expect((await getForumMeeting(meetingId))?.items).toMatchObject([{ topicId, outcome: "ستضع الجماعة حاويتين قبل نهاية الشهر." }]);
    expect((await getTopic(topicId))?.meetingItems).toMatchObject([{ outcome: "ستضع الجماعة حاويتين قبل نهاية الشهر.", meeting: { id: meetingId } }]);
    expect(await db.notification.findFirst({ where: { userId: resident.id, kind: "forum.meeting_outcome" } })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { targetType: "forum_meeting", targetId: String(meetingId) } })).toBe(2);
  });
});

describe("dismissing a report", () => {
  it("is refused to a resident (ForbiddenError) and to anonymous visitors (UnauthenticatedError), and the report stays open", async () => {
    const topicId = await openTopic();
    await asUser(neighbour, () => reportPost({ topicId, postId: null, reason: "إشهار" }));
    const report = await db.forumReport.findFirstOrThrow({ where: { topicId } });
    await expect(asUser(resident, () => dismissReport(report.id, IP))).rejects.toBeInstanceOf(ForbiddenError);
    signOut();
    await expect(dismissReport(report.id, IP)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await db.forumReport.findUniqueOrThrow({ where: { id: report.id } })).closedAt).toBeNull();
    expect(await asUser(staff, () => dismissReport(report.id, IP))).toEqual({ ok: true, data: undefined });
  });
});
