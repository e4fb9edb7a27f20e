// A 100,000-row open dataset streams: the forum's CSV export reads the database 500 rows at a
// time (a batch's statement, then its rows are written out), the first rows arrive before the
// later batches are read, and the heap never holds the whole table or the whole file.
import v8 from "node:v8";
import vm from "node:vm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db/client", async () => ({ db: (await import("./counting-db")).db }));
vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const { db } = await import("./counting-db");
let statements = 0;
db.$on("query", () => {
  statements += 1;
});
const { GET: forumRoute } = await import("@/app/api/open/forum/route");

const ROWS = 100_000;

// What the heap really holds at a moment: collect garbage first (V8's gc(), exposed for this test).
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const liveHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

beforeAll(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE forum_categories, forum_topics RESTART IDENTITY CASCADE");
  const category = await db.forumCategory.create({ data: { slug: "voirie", nameAr: "الطرق", nameFr: "Voirie" } });
  await db.$executeRawUnsafe(
    `INSERT INTO forum_topics (category_id, title, body, status, updated_at)
     SELECT ${category.id}, 'حفرة في الطريق رقم ' || n || ' — nid-de-poule', 'نص', 'new', now() FROM generate_series(1, ${ROWS}) AS n`,
  );
}, 120_000);

describe("streamed export", () => {
  it(`writes ${ROWS.toLocaleString("en")} rows batch by batch with bounded memory`, async () => {
    await forumRoute(new NextRequest("http://test/api/open/forum?format=json")).then((r) => r.body!.cancel()); // warm up the client
    const before = liveHeap();
    let peak = before;
    let bytes = 0;
    let lines = 0;
    let statementsAtFirstRows = -1;
    statements = 0;
    const response = await forumRoute(new NextRequest("http://test/api/open/forum?format=csv"));
    const reader = response.body!.getReader();
    let chunk = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunk += 1;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines += 1;
      // Chunk 1 is the header; chunk 2 the first batch's rows.
      if (chunk === 2) statementsAtFirstRows = statements;
      if (chunk % 25 === 0) peak = Math.max(peak, liveHeap());
    }
    expect(lines).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(8_000_000);
    // The first rows were written after the first batch's statements, long before the last batch.
    expect(statementsAtFirstRows).toBeGreaterThan(0);
    expect(statementsAtFirstRows).toBeLessThanOrEqual(6);
    // The same few statements for each batch of 500 rows (Prisma reads the relations and counts apart);
    // the last, empty batch needs no counts.
    expect(statements).toBeGreaterThanOrEqual(statementsAtFirstRows * (ROWS / 500) + 1);
    expect(statements).toBeLessThanOrEqual(statementsAtFirstRows * (ROWS / 500 + 1));
    // The live heap never grew by more than a fraction of the file (which, as a JS string, would take twice its bytes).
    expect(peak - before).toBeLessThan(bytes / 2);

    // Not vacuous: reading the whole table at once holds far more than that.
    const { getForumOpenData } = await import("@/lib/forum/queries");
    const base = liveHeap();
    const all = await getForumOpenData();
    const whole = liveHeap() - base;
    expect(all).toHaveLength(ROWS);
    expect(whole).toBeGreaterThan(bytes);
  }, 300_000);
});
