// Rules of audit and inspection reports and of the follow-up of their recommendations (OL 113.14
// arts. 214, 215, 272, 274; the plan's axis 7, internal audit), each citing its source (docs/law.md).
// Pure functions: no database, no clock. Days are DATE columns (UTC midnight).
import type { AuditReportSource, RecommendationStatus } from "@/lib/generated/prisma/enums";

/** Who produced the report, with the article that brings it to the council. */
export const AUDIT_SOURCES = [
  { value: "FINANCE_INSPECTORATE", basis: { ar: "القانون التنظيمي 113.14، المادة 214", fr: "loi organique 113.14, art. 214" } },
  { value: "TERRITORIAL_INSPECTORATE", basis: { ar: "القانون التنظيمي 113.14، المادة 214", fr: "loi organique 113.14, art. 214" } },
  { value: "REGIONAL_COURT_OF_ACCOUNTS", basis: { ar: "القانون التنظيمي 113.14، المادة 214", fr: "loi organique 113.14, art. 214" } },
  { value: "INTERNAL_AUDIT", basis: { ar: "القانون التنظيمي 113.14، المادة 272", fr: "loi organique 113.14, art. 272" } },
  { value: "FACT_FINDING_COMMITTEE", basis: { ar: "القانون التنظيمي 113.14، المادة 215", fr: "loi organique 113.14, art. 215" } },
  { value: "OTHER", basis: { ar: "القانون التنظيمي 113.14، المادة 274", fr: "loi organique 113.14, art. 274" } },
] as const satisfies readonly { value: AuditReportSource; basis: { ar: string; fr: string } }[];

export const SOURCE_VALUES = AUDIT_SOURCES.map((s) => s.value) as [AuditReportSource, ...AuditReportSource[]];

export const RECOMMENDATION_STATUSES = ["OPEN", "IN_PROGRESS", "IMPLEMENTED", "NOT_IMPLEMENTED"] as const satisfies readonly RecommendationStatus[];

/** Closed: nothing more is expected (implemented, or not implemented with its reasons). */
export function isClosed(status: RecommendationStatus): boolean {
  return status === "IMPLEMENTED" || status === "NOT_IMPLEMENTED";
}

/**
 * A recommendation is past due when it is still open or in progress after its due day: the follow-up
 * the plan's axis 7 asks of internal audit, so that what the council examined (art. 272) is acted on.
 */
export function recommendationOverdue(status: RecommendationStatus, dueOn: Date, today: Date): boolean {
  return !isClosed(status) && today.getTime() > dueOn.getTime();
}

/** A recommendation declared not implemented says why (accountability, art. 272). */
export function followUpProblem(status: RecommendationStatus, reason: string | null): "reasonRequired" | null {
  return status === "NOT_IMPLEMENTED" && !reason?.trim() ? "reasonRequired" : null;
}

/** The share of recommendations implemented, in whole percent (0 when there are none), and the counts by status. */
export function implementationSummary(statuses: readonly RecommendationStatus[]): { total: number; implemented: number; percent: number; byStatus: Record<RecommendationStatus, number> } {
  const byStatus = { OPEN: 0, IN_PROGRESS: 0, IMPLEMENTED: 0, NOT_IMPLEMENTED: 0 } as Record<RecommendationStatus, number>;
  for (const s of statuses) byStatus[s] += 1;
  const total = statuses.length;
  const implemented = byStatus.IMPLEMENTED;
  return { total, implemented, percent: total ? Math.round((implemented * 100) / total) : 0, byStatus };
}
