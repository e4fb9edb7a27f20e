// A recommendation's status in words, mark and colour, and the implemented share as a small SVG bar
// with its text equivalent (the chart is decorative; the sentence carries the figures).
import { getTranslations } from "next-intl/server";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";
import { implementationSummary } from "@/lib/audit-reports/rules";
import type { RecommendationStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<RecommendationStatus, { tone: StatusTone; mark: string }> = {
  OPEN: { tone: "neutral", mark: "○" },
  IN_PROGRESS: { tone: "warning", mark: "◐" },
  IMPLEMENTED: { tone: "success", mark: "✓" },
  NOT_IMPLEMENTED: { tone: "danger", mark: "✕" },
};

/** The bar's segments, in the order they are drawn, with the colours of the status pills. */
const SEGMENTS: { status: RecommendationStatus; fill: string }[] = [
  { status: "IMPLEMENTED", fill: "var(--color-success)" },
  { status: "IN_PROGRESS", fill: "var(--color-accent)" },
  { status: "NOT_IMPLEMENTED", fill: "var(--color-danger)" },
  { status: "OPEN", fill: "var(--color-divider)" },
];

export async function RecommendationStatusPill({ status }: { status: RecommendationStatus }) {
  const t = await getTranslations("AuditReports.status");
  return <StatusPill status={status} {...TONE[status]} label={t(status)} />;
}

export async function ImplementationChart({ statuses, id }: { statuses: readonly RecommendationStatus[]; id: string }) {
  const t = await getTranslations("AuditReports");
  const summary = implementationSummary(statuses);
  if (summary.total === 0) return null;
  const widths = SEGMENTS.map(({ status }) => (summary.byStatus[status] * 100) / summary.total);
  const bars = SEGMENTS.map((segment, index) => ({ ...segment, width: widths[index]!, x: widths.slice(0, index).reduce((a, b) => a + b, 0) }));
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <svg viewBox="0 0 100 8" className="h-6 w-full max-w-md rounded-md border border-ink rtl:-scale-x-100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bars.map(({ status, fill, width, x }) => (width > 0 ? <rect key={status} x={x} y={0} width={width} height={8} fill={fill} /> : null))}
      </svg>
      <figcaption id={`${id}-caption`} data-testid={`${id}-text`}>
        <strong>{t("chartText", { implemented: summary.implemented, total: summary.total, percent: summary.percent })}</strong>{" "}
        {t("chartBreakdown", summary.byStatus)}
      </figcaption>
    </figure>
  );
}
