import "server-only";
// The bureau's petitions on the staff dashboard: filed or under review, the answer due three
// months after filing (art. 125), the nearest deadline first; overdue ones are counted in red.
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";
import { fromDateColumn, isAnswerLate } from "./rules";

const AWAITING = { status: { in: ["FILED", "UNDER_REVIEW"] as ("FILED" | "UNDER_REVIEW")[] } };

export const petitionReviewQueue: WorkQueueProvider = {
  key: "petitions.review",
  permission: "petitions.review",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const [total, rows, dues] = await Promise.all([
      db.petition.count({ where: AWAITING }),
      db.petition.findMany({
        where: AWAITING,
        orderBy: [{ answerDueOn: "asc" }, { id: "asc" }],
        take: limit,
        select: { id: true, reference: true, subject: true, filedAt: true, answerDueOn: true, _count: { select: { signatures: { where: { invalidatedAt: null } } } } },
      }),
      db.petition.findMany({ where: AWAITING, select: { answerDueOn: true } }),
    ]);
    return {
      key: this.key,
      title: t("Petitions.queue.title"),
      total,
      overdue: dues.filter((d) => d.answerDueOn && isAnswerLate(fromDateColumn(d.answerDueOn), now)).length,
      moreHref: "/admin/petitions",
      items: rows.map((row) => ({
        id: String(row.id),
        title: `${row.reference} · ${row.subject}`,
        href: `/admin/petitions/${row.id}`,
        // The end of the due day in Morocco is close enough to midnight UTC of the next day for a dashboard.
        dueAt: row.answerDueOn ? new Date(row.answerDueOn.getTime() + 86_399_000) : null,
        since: row.filedAt ?? new Date(0),
        detail: t("Petitions.queue.signatures", { count: row._count.signatures }),
      })),
    };
  },
};
