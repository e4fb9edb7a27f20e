import "server-only";
// The participatory budget's work for staff on the dashboard: proposals awaiting the technical
// review, due before the vote opens (the cycle's vote start date), the longest waiting first.
import { db } from "@/lib/db/client";
import { moroccanDay } from "@/lib/calendar/working-days";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";
import { AWAITING_REVIEW } from "./queries";

export const budgetReviewQueue: WorkQueueProvider = {
  key: "budget.review",
  permission: "budget.manage",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const today = moroccanDay(now);
    const [total, overdue, rows] = await Promise.all([
      db.budgetProposal.count({ where: AWAITING_REVIEW }),
      db.budgetProposal.count({ where: { ...AWAITING_REVIEW, cycle: { ...AWAITING_REVIEW.cycle, voteStart: { lte: today } } } }),
      db.budgetProposal.findMany({
        where: AWAITING_REVIEW,
        orderBy: [{ cycle: { voteStart: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
        take: limit,
        select: { id: true, title: true, createdAt: true, estimatedCostMad: true, cycle: { select: { year: true, voteStart: true } } },
      }),
    ]);
    return {
      key: this.key,
      title: t("Budget.queue.title"),
      total,
      overdue,
      moreHref: rows[0] ? `/admin/budget/${rows[0].cycle.year}` : "/admin/budget",
      items: rows.map((row) => ({
        id: String(row.id),
        title: row.title,
        href: `/admin/budget/proposals/${row.id}`,
        dueAt: row.cycle.voteStart,
        since: row.createdAt,
        detail: t("Budget.queue.detail", { year: String(row.cycle.year) }),
      })),
    };
  },
};
