// Open-data responses, streamed: rows are read from the database in batches (keyset pagination on
// the id) and written out as they come, in CSV (lib/csv.ts csvStream: UTF-8 with BOM, CRLF) or in
// JSON (the route's head fields, then the rows array written row by row). Memory stays bounded by
// one batch whatever the size of the table.
import { csvStream, type CellValue } from "@/lib/csv";

export const OPEN_DATA_BATCH = 500;

export type Batch<Row> = readonly Row[];

/** Batches of rows from `fetch(afterId, take)` (rows ordered by `id(row)`), until one comes back short. */
export async function* keysetBatches<Row>(fetch: (afterId: number, take: number) => Promise<Row[]>, id: (row: Row) => number, take = OPEN_DATA_BATCH): AsyncGenerator<Row[]> {
  let afterId = 0;
  for (;;) {
    const rows = await fetch(afterId, take);
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
    afterId = id(rows.at(-1)!);
  }
}

/** One batch, for tables that are small by nature (a programme's projects, a budget cycle's proposals). */
export async function* oneBatch<Row>(rows: Row[]): AsyncGenerator<Row[]> {
  yield rows;
}

/** Rows that come one at a time (e.g. aggregated per record), grouped into batches. */
export async function* batchesOf<Row>(rows: AsyncIterable<Row>, size = OPEN_DATA_BATCH): AsyncGenerator<Row[]> {
  let batch: Row[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Maps each batch (e.g. database rows to open-data rows). */
export async function* mapBatches<A, B>(batches: AsyncIterable<A[]>, map: (row: A) => B): AsyncGenerator<B[]> {
  for await (const batch of batches) yield batch.map(map);
}

/** `{ ...head, "<key>": [rows…] }` as a stream, pretty enough to read (one row per line). */
export function jsonStream(head: Record<string, unknown>, key: string, batches: AsyncIterable<readonly unknown[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let state: "head" | "rows" | "done" = "head";
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (state === "head") {
        const opening = JSON.stringify({ ...head, [key]: [] }, null, 2);
        // Everything up to the empty array's "[": the rows follow.
        controller.enqueue(encoder.encode(opening.slice(0, opening.lastIndexOf("[") + 1)));
        state = "rows";
        return;
      }
      if (state === "done") return controller.close();
      let next = await iterator.next();
      // A pull that enqueues nothing is not called again: skip empty batches here.
      while (!next.done && next.value.length === 0) next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(first ? "]\n}\n" : "\n  ]\n}\n"));
        state = "done";
        return controller.close();
      }
      let text = "";
      for (const row of next.value) {
        text += `${first ? "" : ","}\n    ${JSON.stringify(row)}`;
        first = false;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export type OpenDataFormat = "csv" | "json";

/** The `format` query parameter: csv or json (JSON when absent); null when it is anything else. */
export function openDataFormat(url: URL): OpenDataFormat | null {
  const format = (url.searchParams.get("format") ?? "json").toLowerCase();
  return format === "csv" || format === "json" ? format : null;
}

export function formatProblem(): Response {
  return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

/** A streamed open-data download in the chosen format. */
export function openDataResponse<K extends string>({
  format, filename, columns, head, key, batches, cache = "public, max-age=60",
}: {
  format: OpenDataFormat;
  /** Without extension. */
  filename: string;
  columns: readonly K[];
  head: Record<string, unknown>;
  key: string;
  batches: AsyncIterable<readonly Record<K, CellValue>[]>;
  cache?: string;
}): Response {
  if (format === "csv") {
    return new Response(csvStream(columns, batches), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}.csv"`, "Cache-Control": cache },
    });
  }
  return new Response(jsonStream(head, key, batches), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `inline; filename="${filename}.json"`, "Cache-Control": cache },
  });
}
