import "server-only";
// "Audit recommendations past due": recommendations still open or in progress after their due day
// (lib/audit-reports/rules.ts `recommendationOverdue`), the oldest due first, for the internal audit.
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import { localized } from "@/lib/i18n/pick";
import { communeDate, toDateColumn } from "@/lib/petitions/rules";
import type { WorkQueueProvider } from "@/lib/work-queue/types";

export const overdueRecommendationsQueue: WorkQueueProvider = {
  key: "audit.recommendations_overdue",
  permission: "audit_reports.manage",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const today = toDateColumn(communeDate(now));
    // The same condition as recommendationOverdue: not closed, due before today.
    const where = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] }, dueOn: { lt: today } };
    const [total, rows] = await Promise.all([
      db.auditRecommendation.count({ where }),
      db.auditRecommendation.findMany({
        where, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: limit,
        select: { id: true, position: true, textAr: true, textFr: true, serviceAr: true, serviceFr: true, dueOn: true, createdAt: true, reportId: true, report: { select: { titleAr: true, titleFr: true } } },
      }),
    ]);
    return {
      key: this.key,
      title: t("AuditReports.queue.title"),
      total,
      overdue: total,
      moreHref: "/admin/audit-reports",
      items: rows.map((r) => ({
        id: String(r.id),
        title: `${r.position}. ${localized(locale, r.textAr, r.textFr).slice(0, 140)}`,
        href: `/admin/audit-reports/${r.reportId}#recommendation-${r.id}`,
        dueAt: r.dueOn,
        since: r.createdAt,
        detail: t("AuditReports.queue.detail", { report: localized(locale, r.report.titleAr, r.report.titleFr), service: localized(locale, r.serviceAr, r.serviceFr) }),
      })),
    };
  },
};
