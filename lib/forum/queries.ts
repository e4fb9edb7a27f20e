import "server-only";
// The douar forum's reads. Public reads show only what is not hidden: a hidden topic or reply
// disappears from every public surface (lists, search, topic pages, statistics' lists, open data)
// while its author still sees it, with the moderator's reason, and staff see everything.
import { can } from "@/lib/auth/permissions";
import { getSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { median, OPEN_STATUSES, similarTopics, TOPIC_STATUSES, type TopicStatusValue } from "./rules";

export const TOPICS_PER_PAGE = 20;
const SEARCH_MAX = 100;

/** The list filters as they come from the query string; anything unknown is ignored. */
export type TopicFilters = { douar: number | "commune" | null; category: number | null; status: TopicStatusValue | null; q: string; page: number };

export function parseTopicFilters(params: Record<string, string | string[] | undefined>): TopicFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const positive = (value: string) => (/^[1-9]\d{0,8}$/.test(value) ? Number(value) : null);
  const douar = one("douar") === "commune" ? "commune" : positive(one("douar"));
  const status = (TOPIC_STATUSES as readonly string[]).includes(one("status")) ? (one("status") as TopicStatusValue) : null;
  return { douar, category: positive(one("category")), status, q: one("q").trim().slice(0, SEARCH_MAX), page: positive(one("page")) ?? 1 };
}

/** What the public may see: topics not hidden. */
export const VISIBLE: Prisma.ForumTopicWhereInput = { hiddenAt: null };

function topicWhere(filters: Omit<TopicFilters, "page">): Prisma.ForumTopicWhereInput {
  return {
    ...VISIBLE,
    ...(filters.douar === "commune" ? { douarId: null } : filters.douar ? { douarId: filters.douar } : {}),
    ...(filters.category ? { categoryId: filters.category } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q
      ? {
          OR: [
            { title: { contains: filters.q, mode: "insensitive" as const } },
            { body: { contains: filters.q, mode: "insensitive" as const } },
            { posts: { some: { hiddenAt: null, body: { contains: filters.q, mode: "insensitive" as const } } } },
          ],
        }
      : {}),
  };
}

const LIST_SELECT = {
  id: true, title: true, status: true, createdAt: true, isDemo: true,
  douar: { select: { slug: true, nameAr: true, nameFr: true } },
  category: { select: { nameAr: true, nameFr: true } },
} satisfies Prisma.ForumTopicSelect;

/**
 * Supporters and visible replies of the topics named, in one statement that reads only their rows.
 * (Prisma's relation `_count` in a list joins a count of the whole forum_posts table, grouped by
 * topic: it grew with the forum, to 140 ms a page at 50,000 posts; bench/growth.ts.)
 */
async function withCounts<T extends { id: number }>(topics: T[]): Promise<(T & { _count: { supports: number; posts: number } })[]> {
  if (topics.length === 0) return [];
  const rows = await db.$queryRaw<{ id: number; supports: number; posts: number }[]>`
    SELECT t.id,
           (SELECT count(*) FROM forum_supports s WHERE s.topic_id = t.id)::int AS supports,
           (SELECT count(*) FROM forum_posts p WHERE p.topic_id = t.id AND p.hidden_at IS NULL)::int AS posts
    FROM unnest(${topics.map((t) => t.id)}::int[]) AS t(id)`;
  const counts = new Map(rows.map(({ id, ...c }) => [id, c]));
  return topics.map((topic) => ({ ...topic, _count: counts.get(topic.id) ?? { supports: 0, posts: 0 } }));
}

/** A page of public topics, newest first. */
export async function listTopics(filters: TopicFilters) {
  const where = topicWhere(filters);
  const [total, topics] = await Promise.all([
    db.forumTopic.count({ where }),
    db.forumTopic.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (filters.page - 1) * TOPICS_PER_PAGE, take: TOPICS_PER_PAGE, select: LIST_SELECT }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / TOPICS_PER_PAGE)), topics: await withCounts(topics) };
}
export type TopicListItem = Awaited<ReturnType<typeof listTopics>>["topics"][number];

/** Douars and categories, for the filters and the new-topic form. */
export async function getForumChoices() {
  const [douars, categories] = await Promise.all([
    db.douar.findMany({ orderBy: [{ isDemo: "asc" }, { nameFr: "asc" }], select: { id: true, slug: true, nameAr: true, nameFr: true, isDemo: true } }),
    db.forumCategory.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, nameAr: true, nameFr: true, competence: true } }),
  ]);
  return { douars, categories };
}

/** The douar spaces with their open topic counts, for the forum's home. */
export async function getDouarSpaces() {
  const [douars, counts] = await Promise.all([
    db.douar.findMany({ orderBy: [{ isDemo: "asc" }, { nameFr: "asc" }], select: { id: true, slug: true, nameAr: true, nameFr: true, isDemo: true } }),
    db.forumTopic.groupBy({ by: ["douarId"], where: { ...VISIBLE, status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } }),
  ]);
  const open = new Map(counts.map((c) => [c.douarId, c._count._all]));
  return { commune: open.get(null) ?? 0, douars: douars.map((d) => ({ ...d, open: open.get(d.id) ?? 0 })) };
}

export async function getDouarBySlug(slug: string) {
  return db.douar.findUnique({ where: { slug }, select: { id: true, slug: true, nameAr: true, nameFr: true, isDemo: true } });
}

/** Existing topics in the same space whose titles are like `title`, to join rather than duplicate. */
export async function suggestSimilarTopics(douarId: number | null, title: string) {
  if (!title.trim()) return [];
  const candidates = await db.forumTopic.findMany({
    where: { ...VISIBLE, douarId },
    orderBy: { createdAt: "desc" },
    take: 300,
    select: { id: true, title: true, status: true, createdAt: true, _count: { select: { supports: true } } },
  });
  return similarTopics(title, candidates);
}

/**
 * A topic as its page shows it, or null. Hidden: only its author (who sees why) and moderators
 * see it. Hidden replies: left out, except the viewer's own (with the reason) and for moderators.
 */
export async function getTopic(topicId: number) {
  const viewer = await getSession();
  const moderator = !!viewer && can(viewer.roles, "forum.moderate");
  const topic = await db.forumTopic.findUnique({
    where: { id: topicId },
    select: {
      id: true, title: true, body: true, place: true, status: true, competentBody: true, createdAt: true, isDemo: true,
      hiddenAt: true, hiddenReason: true, authorId: true,
      douar: { select: { slug: true, nameAr: true, nameFr: true } },
      category: { select: { nameAr: true, nameFr: true, competence: true } },
      project: { select: { code: true, titleAr: true, titleFr: true } },
      photos: { orderBy: { id: "asc" }, select: { id: true, width: true, height: true } },
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, toStatus: true, note: true, competentBody: true, createdAt: true } },
      posts: {
        where: moderator ? {} : { OR: [{ hiddenAt: null }, ...(viewer ? [{ authorId: viewer.id }] : [])] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, official: true, createdAt: true, hiddenAt: true, hiddenReason: true, authorId: true },
      },
      meetingItems: {
        where: { outcome: { not: null }, meeting: { minutesPublishedAt: { not: null } } },
        orderBy: { meeting: { scheduledAt: "asc" } },
        select: { outcome: true, meeting: { select: { id: true, scheduledAt: true } } },
      },
      // Drafts are their owner's business; a petition once open to signatures is public.
      petitions: { where: { status: { not: "DRAFT" } }, orderBy: { id: "asc" }, select: { id: true, subject: true } },
      _count: { select: { supports: true, follows: true } },
    },
  });
  if (!topic) return null;
  const mine = !!viewer && topic.authorId === viewer.id;
  if (topic.hiddenAt && !mine && !moderator) return null;
  const [support, follow] = viewer
    ? await Promise.all([
        db.forumSupport.findUnique({ where: { topicId_userId: { topicId, userId: viewer.id } }, select: { topicId: true } }),
        db.forumFollow.findUnique({ where: { topicId_userId: { topicId, userId: viewer.id } }, select: { topicId: true } }),
      ])
    : [null, null];
  const { authorId, posts, ...rest } = topic;
  void authorId;
  return {
    ...rest,
    mine,
    posts: posts.map(({ authorId: postAuthor, ...post }) => ({ ...post, mine: !!viewer && postAuthor === viewer.id })),
    viewer: {
      signedIn: !!viewer,
      canPost: !!viewer && can(viewer.roles, "forum.post"),
      canAnswer: !!viewer && can(viewer.roles, "forum.answer"),
      moderator,
      supporting: !!support,
      following: !!follow,
    },
  };
}
export type TopicView = NonNullable<Awaited<ReturnType<typeof getTopic>>>;

// ---------------------------------------------------------------------------------------------
// Statistics and open data (no personal data)
// ---------------------------------------------------------------------------------------------

export async function getForumStats() {
  const [byCategory, categories, total, resolved, answered] = await Promise.all([
    db.forumTopic.groupBy({ by: ["categoryId"], where: VISIBLE, _count: { _all: true } }),
    db.forumCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, nameAr: true, nameFr: true } }),
    db.forumTopic.count({ where: VISIBLE }),
    db.forumTopic.count({ where: { ...VISIBLE, status: "RESOLVED" } }),
    db.forumTopic.findMany({ where: { ...VISIBLE, firstOfficialAnswerAt: { not: null } }, select: { createdAt: true, firstOfficialAnswerAt: true } }),
  ]);
  const counts = new Map(byCategory.map((c) => [c.categoryId, c._count._all]));
  const medianMs = median(answered.map((t) => t.firstOfficialAnswerAt!.getTime() - t.createdAt.getTime()));
  return {
    total,
    resolved,
    resolvedShare: total ? resolved / total : 0,
    answered: answered.length,
    medianDaysToFirstAnswer: medianMs === null ? null : medianMs / 86_400_000,
    byCategory: categories.map((c) => ({ ...c, topics: counts.get(c.id) ?? 0 })).filter((c) => c.topics > 0),
  };
}

export const OPEN_DATA_COLUMNS = [
  "id", "created_at", "douar_ar", "douar_fr", "category_ar", "category_fr", "competence", "status", "title",
  "supporters", "replies", "first_official_answer_at", "project_code", "competent_body", "demo",
] as const;
export type ForumOpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | boolean | null>;

/** One row per visible topic. Titles are public text; authors, descriptions and places are left out. `page` reads one batch (lib/open-data/stream.ts). */
export async function getForumOpenData(page?: { afterId: number; take: number }): Promise<ForumOpenDataRow[]> {
  const topics = await db.forumTopic.findMany({
    where: page ? { ...VISIBLE, id: { gt: page.afterId } } : VISIBLE,
    orderBy: { id: "asc" },
    ...(page ? { take: page.take } : {}),
    select: {
      id: true, createdAt: true, title: true, status: true, firstOfficialAnswerAt: true, competentBody: true, isDemo: true,
      douar: { select: { nameAr: true, nameFr: true } },
      category: { select: { nameAr: true, nameFr: true, competence: true } },
      project: { select: { code: true } },
    },
  });
  return (await withCounts(topics)).map((t) => ({
    id: t.id,
    created_at: t.createdAt.toISOString(),
    douar_ar: t.douar?.nameAr ?? null,
    douar_fr: t.douar?.nameFr ?? null,
    category_ar: t.category.nameAr,
    category_fr: t.category.nameFr,
    competence: t.category.competence?.toLowerCase() ?? null,
    status: t.status.toLowerCase(),
    title: t.title,
    supporters: t._count.supports,
    replies: t._count.posts,
    first_official_answer_at: t.firstOfficialAnswerAt?.toISOString() ?? null,
    project_code: t.project?.code ?? null,
    competent_body: t.competentBody,
    demo: t.isDemo,
  }));
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

/** Open topics without an official answer: what the work queue and the staff list put first. */
export const AWAITING_ANSWER: Prisma.ForumTopicWhereInput = { ...VISIBLE, status: { in: [...OPEN_STATUSES] }, firstOfficialAnswerAt: null };

/** Open topics for staff by douar, category and age: unanswered first, then the oldest first. */
export async function listOpenTopicsForStaff(filters: Pick<TopicFilters, "douar" | "category">) {
  await requirePermission("forum.answer");
  const topics = await db.forumTopic.findMany({
    where: { ...topicWhere({ ...filters, status: null, q: "" }), status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { ...LIST_SELECT, firstOfficialAnswerAt: true },
  });
  const now = Date.now();
  return (await withCounts(topics))
    .map((topic) => ({ ...topic, ageDays: Math.floor((now - topic.createdAt.getTime()) / 86_400_000) }))
    .sort((a, b) => Number(a.firstOfficialAnswerAt !== null) - Number(b.firstOfficialAnswerAt !== null));
}

/** The open reports, oldest first, with what they point at. */
export async function listOpenReports() {
  await requirePermission("forum.moderate");
  return db.forumReport.findMany({
    where: { closedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true, reason: true, createdAt: true, topicId: true, postId: true,
      topic: { select: { title: true, body: true, hiddenAt: true } },
      post: { select: { body: true, hiddenAt: true } },
    },
  });
}

/** Programme projects a planned topic may be linked to. */
export async function getProjectChoices() {
  await requirePermission("forum.answer");
  return db.project.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, titleAr: true, titleFr: true } });
}

