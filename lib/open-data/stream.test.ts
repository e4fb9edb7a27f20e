import { describe, expect, it } from "vitest";
import { csvDocument } from "@/lib/csv";
import { jsonStream, keysetBatches, openDataResponse } from "./stream";

async function* batches<T>(...lists: T[][]) {
  for (const list of lists) yield list;
}

const rows = [
  { id: 1, title: "مدرسة, \"الأمل\"", n: 3 },
  { id: 2, title: "=SUM(A1)", n: null },
  { id: 3, title: "Route\nd'accès", n: 0 },
];

describe("streamed open data", () => {
  it("writes the same CSV bytes as csvDocument, batch by batch", async () => {
    const response = openDataResponse({ format: "csv", filename: "x", columns: ["id", "title", "n"] as const, head: {}, key: "rows", batches: batches(rows.slice(0, 2), [], rows.slice(2)) });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(csvDocument(["id", "title", "n"], rows));
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="x.csv"');
  });

  it("writes JSON that parses to the head and every row, also when empty", async () => {
    const text = await new Response(jsonStream({ dataset: "d", columns: ["id"] }, "rows", batches(rows.slice(0, 1), rows.slice(1)))).text();
    expect(JSON.parse(text)).toEqual({ dataset: "d", columns: ["id"], rows });
    const empty = await new Response(jsonStream({ dataset: "d" }, "rows", batches())).text();
    expect(JSON.parse(empty)).toEqual({ dataset: "d", rows: [] });
  });

  it("pages by id until a short batch", async () => {
    const table = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    const calls: number[] = [];
    const fetch = async (afterId: number, take: number) => {
      calls.push(afterId);
      return table.filter((r) => r.id > afterId).slice(0, take);
    };
    const seen: number[][] = [];
    for await (const batch of keysetBatches(fetch, (r) => r.id, 3)) seen.push(batch.map((r) => r.id));
    expect(seen).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(calls).toEqual([0, 3, 6]);
  });
});
