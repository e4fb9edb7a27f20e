import "server-only";
// The programme's work for staff on the dashboard: difficulties reported on projects that are
// still open, and questions or observations that have no official answer yet. Neither has a
// legal deadline, so the oldest come first.
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import { translator } from "@/lib/i18n/translator";
import type { WorkItem, WorkQueueProvider } from "@/lib/work-queue/types";
import { OPEN_DIFFICULTY, UNANSWERED } from "./service";

const PROJECT = { select: { code: true, titleAr: true, titleFr: true } } as const;

type Row = { id: number; createdAt: Date; project: { code: string; titleAr: string; titleFr: string } };

/** An item waiting on a project, linking to the project's staff page where it is answered. */
function projectItem(locale: Locale, row: Row, page: "difficulties" | "discussion"): WorkItem {
  return {
    id: String(row.id),
    title: `${row.project.code} · ${localized(locale, row.project.titleAr, row.project.titleFr)}`,
    href: `/admin/programme/${encodeURIComponent(row.project.code)}/${page}`,
    dueAt: null,
    since: row.createdAt,
  };
}

export const openDifficultiesQueue: WorkQueueProvider = {
  key: "programme.difficulties",
  permission: "programme.answer",
  async load({ locale, limit }) {
    const where = { status: { in: OPEN_DIFFICULTY } };
    const [total, rows] = await Promise.all([
      db.difficulty.count({ where }),
      db.difficulty.findMany({ where, orderBy: { createdAt: "asc" }, take: limit, select: { id: true, createdAt: true, project: PROJECT } }),
    ]);
    const title = translator(locale)("WorkQueue.programme.difficulties");
    return { key: this.key, title, total, overdue: 0, moreHref: "/admin/programme", items: rows.map((row) => projectItem(locale, row, "difficulties")) };
  },
};

export const unansweredCommentsQueue: WorkQueueProvider = {
  key: "programme.questions",
  permission: "programme.answer",
  async load({ locale, limit }) {
    const [total, rows] = await Promise.all([
      db.projectComment.count({ where: UNANSWERED }),
      db.projectComment.findMany({ where: UNANSWERED, orderBy: { createdAt: "asc" }, take: limit, select: { id: true, createdAt: true, project: PROJECT } }),
    ]);
    const title = translator(locale)("WorkQueue.programme.questions");
    return { key: this.key, title, total, overdue: 0, moreHref: "/admin/programme", items: rows.map((row) => projectItem(locale, row, "discussion")) };
  },
};
