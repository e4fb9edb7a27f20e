// Server-rendered charts: plain SVG, no chart library, no JavaScript. Each chart is an <svg
// role="img"> whose accessible name carries the figures themselves, followed by a <table> with the
// same figures (visible, or only for screen readers). Bars grow from the inline-start side: from
// the right in Arabic, from the left in French. Lengths are percentages of the width and text keeps
// its size, so the chart fits a 320 px phone as well as an A4 page, where it prints as drawn (SVG
// fills print even when the browser leaves out background colours).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export type ChartRow = {
  key: string;
  /** Short text drawn in the chart, e.g. "المدخل 1". */
  label: string;
  /** The row's header cell in the table; defaults to `label` (may hold a link or a longer title). */
  header?: ReactNode;
  value: number;
  /** The value as people read it, formatted by the caller ("45 %", "1.250.000 د.م."). */
  valueText: string;
  /** More cells for the table, after the value (see `extraColumns`). */
  cells?: ReactNode[];
};

export type Direction = "rtl" | "ltr";

// Text keeps its size whatever the width; the narrowest page (320 px, less its margins) holds about
// 38 characters of 14 px text on a line. Each row's label and value are one line of text at the
// inline start, the value in bold; a longer text wraps on whole words (the value never splits), so
// nothing overlaps on a phone and the eye does not travel across a wide screen.
const CHARS_PER_LINE = 38;
const LINE_HEIGHT = 20;
const BAR_HEIGHT = 16;
const BAR_GAP = 6;
const ROW_GAP = 14;

/**
 * Splits a row's text into lines of at most `max` characters, on whole words; the value is one
 * unbreakable token at the end. Returns the lines of label words; the value goes on the last one.
 */
export function wrapLabel(label: string, value: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  // The value joins the last line when it fits there, else it starts a line of its own. (Bidi marks
  // that number formats carry take no room.)
  const valueLength = value.replace(/[\u200e\u200f\u061c]/g, "").length;
  if (!lines.length || lines.at(-1)!.length + 2 + valueLength > max) lines.push("");
  return lines;
}

type RowLayout = { lines: string[]; top: number };

/** Where each row's text and bar go, and the chart's total height. */
export function layoutRows(rows: Pick<ChartRow, "label" | "valueText">[]): { rows: RowLayout[]; height: number } {
  let top = 0;
  const layout = rows.map((row) => {
    const lines = wrapLabel(row.label, row.valueText);
    const placed = { lines, top };
    top += lines.length * LINE_HEIGHT + BAR_GAP + BAR_HEIGHT + ROW_GAP;
    return placed;
  });
  return { rows: layout, height: Math.max(0, top - ROW_GAP) };
}

/** How much of the track a value fills, as a percentage 0–100. */
export function barPercent(value: number, max: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(max) || max <= 0 || value <= 0) return 0;
  return Math.min(100, (value / max) * 100);
}

/** Rounds to hundredths for SVG attributes. */
const pct = (value: number) => `${Math.round(value * 100) / 100}%`;

/**
 * Horizontal bars, one per row, each under its label and value; then the table of the same figures.
 */
export async function BarChart({
  id,
  title,
  rows,
  max = 1,
  dir,
  labelHeader,
  valueHeader,
  extraColumns = [],
  table = "visible",
  tone = "brand",
}: {
  id: string;
  /** The chart's title: the table's caption and the start of the chart's accessible name, which lists every row's figure. */
  title: string;
  rows: ChartRow[];
  /** The value that fills a whole bar: 1 for rates, the largest amount for money. */
  max?: number;
  dir: Direction;
  labelHeader: string;
  valueHeader: string;
  extraColumns?: string[];
  table?: "visible" | "hidden";
  tone?: "brand" | "accent";
}) {
  const rtl = dir === "rtl";
  // The inline start, in the SVG's physical coordinates: text anchored there runs toward the end.
  const start = rtl ? "100%" : "0";
  const barClass = tone === "accent" ? "fill-accent" : "fill-brand";
  const layout = layoutRows(rows);
  const [t, accessibleLabel] = await Promise.all([getTranslations("Programme"), chartLabel(title, rows)]);
  const separator = t("chart.separator");
  return (
    <div className="space-y-3">
      {rows.length > 0 && (
        <svg
          role="img"
          aria-label={accessibleLabel}
          width="100%"
          height={layout.height}
          direction={dir}
          className="block font-sans text-[14px]"
          data-chart={id}
        >
          {rows.map((row, index) => {
            const { lines, top } = layout.rows[index]!;
            const barTop = top + lines.length * LINE_HEIGHT + BAR_GAP;
            const width = barPercent(row.value, max);
            return (
              <g key={row.key}>
                {lines.map((line, n) => (
                  <text key={n} x={start} y={top + (n + 1) * LINE_HEIGHT - 5} textAnchor="start" className="fill-ink">
                    {line}
                    {n === lines.length - 1 && (
                      <>
                        {line ? separator : ""}
                        <tspan className="font-bold">{row.valueText}</tspan>
                      </>
                    )}
                  </text>
                ))}
                <rect x="0" y={barTop} width="100%" height={BAR_HEIGHT} rx="3" className="fill-divider" />
                {width > 0 && (
                  <rect
                    x={rtl ? pct(100 - width) : "0"}
                    y={barTop}
                    width={pct(width)}
                    height={BAR_HEIGHT}
                    rx="3"
                    className={barClass}
                    data-value={Math.round(width)}
                  />
                )}
              </g>
            );
          })}
        </svg>
      )}
      <ChartTable id={id} title={title} rows={rows} labelHeader={labelHeader} valueHeader={valueHeader} extraColumns={extraColumns} hidden={table === "hidden"} />
    </div>
  );
}

function ChartTable({
  id,
  title,
  rows,
  labelHeader,
  valueHeader,
  extraColumns,
  hidden,
}: {
  id: string;
  title: string;
  rows: ChartRow[];
  labelHeader: string;
  valueHeader: string;
  extraColumns: string[];
  hidden: boolean;
}) {
  const tableElement = (
    <table className="w-full border-collapse text-start" data-chart-table={id}>
      <caption className={hidden ? "sr-only" : "pb-2 text-start font-bold"}>{title}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="p-2 text-start">{labelHeader}</th>
          <th scope="col" className="p-2 text-start">{valueHeader}</th>
          {extraColumns.map((header) => (
            <th key={header} scope="col" className="p-2 text-start">{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-divider align-top">
            <th scope="row" className="min-w-40 p-2 text-start font-normal">{row.header ?? row.label}</th>
            <td className="p-2 whitespace-nowrap">{row.valueText}</td>
            {(row.cells ?? []).map((cell, index) => (
              <td key={index} className="p-2">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (hidden) return <div className="sr-only">{tableElement}</div>;
  // A wide table scrolls inside its own focusable region instead of widening the page (320 px).
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
      {tableElement}
    </div>
  );
}

/** The accessible name of a chart: its title, then each row's label and value. */
export async function chartLabel(title: string, rows: Pick<ChartRow, "label" | "valueText">[]): Promise<string> {
  const t = await getTranslations("Programme");
  const values = rows.map((row) => t("chart.item", { label: row.label, value: row.valueText })).join(t("listSeparator"));
  return t("chart.label", { title, values });
}

/** A small progress bar for lists, beside a text that already states the value (so hidden from assistive technology). */
export function MiniBar({ percent, dir }: { percent: number; dir: Direction }) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <svg aria-hidden="true" focusable="false" width="100%" height="8" className="block">
      <rect x="0" y="0" width="100%" height="8" rx="4" className="fill-divider" />
      {width > 0 && <rect x={dir === "rtl" ? pct(100 - width) : "0"} y="0" width={pct(width)} height="8" rx="4" className="fill-brand" />}
    </svg>
  );
}
