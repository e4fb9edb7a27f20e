import "server-only";
// The youth council's work for staff on the dashboard: proposals sent to the council whose
// response has not been recorded yet, oldest first (as for the equality committee's opinions).
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";

export const youthAwaitingResponseQueue: WorkQueueProvider = {
  key: "youth.awaiting_response",
  permission: "youth.manage",
  async load({ locale, limit }) {
    const t = translator(locale);
    const where = { status: "SENT" as const };
    const [total, rows] = await Promise.all([
      db.youthProposal.count({ where }),
      db.youthProposal.findMany({ where, orderBy: [{ sentOn: "asc" }, { id: "asc" }], take: limit, select: { id: true, subject: true, sentOn: true, createdAt: true } }),
    ]);
    return {
      key: this.key,
      title: t("Youth.staff.queue"),
      total,
      overdue: 0,
      moreHref: "/admin/youth-council",
      items: rows.map((row) => ({ id: String(row.id), title: row.subject, href: `/admin/youth-council/proposals/${row.id}`, dueAt: null, since: row.sentOn ?? row.createdAt, detail: t("Youth.title") })),
    };
  },
};
