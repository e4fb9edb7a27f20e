import "server-only";
// Associations waiting for verification on the staff dashboard, oldest first. No legal deadline
// applies; the wait is shown so that no association waits unseen.
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";

const WAITING = { verifiedAt: null, refusedAt: null, submittedAt: { not: null } };

export const associationVerificationQueue: WorkQueueProvider = {
  key: "associations.verify",
  permission: "associations.verify",
  async load({ locale, limit }) {
    const t = translator(locale);
    const [total, rows] = await Promise.all([
      db.association.count({ where: WAITING }),
      db.association.findMany({ where: WAITING, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], take: limit, select: { id: true, name: true, submittedAt: true, receiptNumber: true } }),
    ]);
    return {
      key: this.key,
      title: t("Associations.queue.title"),
      total,
      overdue: 0,
      moreHref: "/admin/associations",
      items: rows.map((row) => ({
        id: String(row.id),
        title: row.name,
        href: `/admin/associations/${row.id}`,
        dueAt: null,
        since: row.submittedAt!,
        detail: t("Associations.queue.receipt", { number: row.receiptNumber }),
      })),
    };
  },
};
