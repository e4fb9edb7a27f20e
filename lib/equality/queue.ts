import "server-only";
// The committee's work for staff on the dashboard: opinions sent to the council whose response
// has not been recorded yet, oldest first (the law sets no deadline for the council's answer).
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";

export const awaitingResponseQueue: WorkQueueProvider = {
  key: "equality.awaiting_response",
  permission: "committee.record_responses",
  async load({ locale, limit }) {
    const t = translator(locale);
    const where = { status: "SENT" as const };
    const [total, rows] = await Promise.all([
      db.committeeOpinion.count({ where }),
      db.committeeOpinion.findMany({ where, orderBy: [{ sentOn: "asc" }, { id: "asc" }], take: limit, select: { id: true, subject: true, kind: true, sentOn: true, createdAt: true } }),
    ]);
    return {
      key: this.key,
      title: t("Equality.staff.queue"),
      total,
      overdue: 0,
      moreHref: "/admin/equality",
      items: rows.map((row) => ({
        id: String(row.id),
        title: row.subject,
        href: `/admin/equality/opinions/${row.id}`,
        dueAt: null,
        since: row.sentOn ?? row.createdAt,
        detail: t(`Equality.opinions.kind.${row.kind}`),
      })),
    };
  },
};
