// CSV as spreadsheets read it (RFC 4180), shared by every export and open dataset: UTF-8 with a
// byte order mark (without it, Excel garbles Arabic), CRLF line ends, and no cell that a
// spreadsheet would run as a formula.

export type CellValue = string | number | boolean | null | string[];

/** Separates the items of a list cell in CSV (JSON has arrays). */
export const LIST_SEPARATOR = "|";

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); such a
// text cell is prefixed with an apostrophe, which spreadsheets show as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte order mark that tells spreadsheets the file is UTF-8 (without it, Excel garbles Arabic). */
export const UTF8_BOM = "\uFEFF";

/** One CSV line, without its line end. */
export function csvLine(values: readonly CellValue[]): string {
  return values.map(csvField).join(",");
}

/** A whole CSV file: BOM, the header line, one line per row, CRLF line ends. */
export function csvDocument<K extends string>(columns: readonly K[], rows: readonly Record<K, CellValue>[]): string {
  const lines = [columns.join(","), ...rows.map((row) => csvLine(columns.map((column) => row[column])))];
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/**
 * The same file as csvDocument, streamed: the header at once, then one line per row as `rows`
 * yields it, so a large dataset never sits whole in memory.
 */
export function csvStream<K extends string>(columns: readonly K[], rows: AsyncIterable<Record<K, CellValue>>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`${UTF8_BOM}${columns.join(",")}\r\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${csvLine(columns.map((column) => next.value[column]))}\r\n`));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
