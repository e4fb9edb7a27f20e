// The execution figures of decree 2.16.301 art. 14 (projects programmed and completed, completion
// rate, cost-weighted progress) as key figures and a bar chart. Shared by the programme overview
// and the annual evaluation report; each page brings its own words and its notes around it.
import { getFormatter } from "next-intl/server";
import type { ExecutionSummary } from "@/lib/programme/rules";
import { BarChart, type ChartRow, type Direction } from "./charts";
import { Stat } from "./stat";

export type ExecutionLabels = {
  programmed: string;
  completed: string;
  completionRate: string;
  weightedProgress: string;
  chartTitle: string;
  /** Column headers of the chart's text equivalent. */
  figure: string;
  value: string;
};

export async function ExecutionStats({
  summary,
  labels,
  chartId,
  testId,
  dir,
}: {
  summary: ExecutionSummary;
  labels: ExecutionLabels;
  chartId: string;
  testId: string;
  dir: Direction;
}) {
  const format = await getFormatter();
  const rows: ChartRow[] = [
    { key: "completion", label: labels.completionRate, value: summary.completionRate, valueText: format.number(summary.completionRate, "percent") },
    { key: "progress", label: labels.weightedProgress, value: summary.weightedProgress, valueText: format.number(summary.weightedProgress, "percent") },
  ];
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid={testId}>
        <Stat label={labels.programmed} value={format.number(summary.programmed)} />
        <Stat label={labels.completed} value={format.number(summary.completed)} />
        <Stat label={labels.completionRate} value={rows[0]!.valueText} />
        <Stat label={labels.weightedProgress} value={rows[1]!.valueText} />
      </dl>
      <BarChart id={chartId} title={labels.chartTitle} rows={rows} dir={dir} labelHeader={labels.figure} valueHeader={labels.value} table="hidden" />
    </>
  );
}
