import "server-only";
// The forum's work for staff on the dashboard: open topics that have no official answer yet, and
// reports waiting for a moderator, oldest first (no legal deadline applies; the longest waiting
// come first).
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";
import { AWAITING_ANSWER } from "./queries";

export const unansweredTopicsQueue: WorkQueueProvider = {
  key: "forum.unanswered",
  permission: "forum.answer",
  async load({ locale, limit }) {
    const t = translator(locale);
    const [total, rows] = await Promise.all([
      db.forumTopic.count({ where: AWAITING_ANSWER }),
      db.forumTopic.findMany({
        where: AWAITING_ANSWER,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: limit,
        select: { id: true, title: true, createdAt: true, _count: { select: { supports: true } } },
      }),
    ]);
    return {
      key: this.key,
      title: t("Forum.queue.unanswered"),
      total,
      overdue: 0,
      moreHref: "/admin/forum",
      items: rows.map((row) => ({
        id: String(row.id),
        title: row.title,
        href: `/admin/forum/topics/${row.id}`,
        dueAt: null,
        since: row.createdAt,
        detail: t("Forum.list.supporters", { count: row._count.supports }),
      })),
    };
  },
};

export const openReportsQueue: WorkQueueProvider = {
  key: "forum.reports",
  permission: "forum.moderate",
  async load({ locale, limit }) {
    const t = translator(locale);
    const where = { closedAt: null };
    const [total, rows] = await Promise.all([
      db.forumReport.count({ where }),
      db.forumReport.findMany({
        where,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: limit,
        select: { id: true, postId: true, createdAt: true, topic: { select: { title: true } } },
      }),
    ]);
    return {
      key: this.key,
      title: t("Forum.queue.reports"),
      total,
      overdue: 0,
      moreHref: "/admin/forum/reports",
      items: rows.map((row) => ({
        id: String(row.id),
        title: row.topic.title,
        href: `/admin/forum/reports#report-${row.id}`,
        dueAt: null,
        since: row.createdAt,
        detail: t(row.postId ? "Forum.staff.reportedPost" : "Forum.staff.reportedTopic"),
      })),
    };
  },
};
