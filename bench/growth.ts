// `npm run bench:growth`: do the key pages, search and the open-data exports stay fast when the
// commune grows? (targets.md; issue 11, "Growth"). In one run, against one production server:
// 1. a fresh database with the demo data (1×): autocannon on every key page (bench/portal.ts
//    keyPages) and on search queries, and the time to first byte of each open-data export;
// 2. the same database grown by bench/growth-seed.ts (100,000 signatures, 10,000 documents, 50,000
//    forum posts, 500 projects with 20,000 updates), then the same measures on the same addresses;
// and writes both side by side, with the ratio large / 1×, into docs/benchmarks.md.
// GROWTH_DATABASE_NAME (default musharaka_growth) is dropped and created again on each run; BENCH_URL
// is refused: the database must be the one this run grows.
import autocannon from "autocannon";
import { freshDatabase } from "./database";
import { growCommune } from "./growth-seed";

if (process.env.BENCH_URL) throw new Error("bench:growth starts its own portal on the database it grows: unset BENCH_URL");
const DATABASE_URL = await freshDatabase(process.env.GROWTH_DATABASE_NAME ?? "musharaka_growth");
// bench/portal.ts reads these when it is loaded: set them first, then load it.
process.env.BENCH_DATABASE_URL = DATABASE_URL;
process.env.BENCH_PORT ??= "3310";
process.env.PORTAL_ENV ??= "test";
const { BASE, keyPages, machine, stamp, withPortal, writeSection } = await import("./portal");

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TTFB_RUNS = 5;

/** Portal-wide search (a common Arabic phrase, a French one, a misspelt Arabic title: trigram matching), the library's and the forum's. */
const SEARCHES = ["/search?q=الماء الصالح للشرب", "/fr/search?q=eau potable", "/search?q=الانارة العموميه", "/information?q=ميزانية", "/forum?q=الماء"].map(encodeURI);
/** The open-data exports: every row of the table, streamed (lib/open-data/stream.ts). */
const EXPORTS = ["/api/open/petitions?format=csv", "/api/open/documents?format=csv", "/api/open/forum?format=csv", "/api/open/programme?format=csv", "/api/open/progress-updates?format=csv"];

type Load = { rps: number; p50: number; p99: number; failures: number };
type Stream = { ttfb: number; total: number; bytes: number; status: number };

async function load(path: string): Promise<Load> {
  await autocannon({ url: `${BASE}${path}`, connections: 2, duration: 2 });
  const r = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: SECONDS });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: r.errors + r.timeouts + r.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Time to the first byte of the body and to the last, one request at a time; medians of TTFB_RUNS. */
async function stream(path: string): Promise<Stream> {
  const runs: Stream[] = [];
  for (let i = 0; i < TTFB_RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`);
    const reader = response.body!.getReader();
    let ttfb = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) ttfb = performance.now() - started;
      bytes += value.byteLength;
    }
    runs.push({ ttfb, total: performance.now() - started, bytes, status: response.status });
  }
  return { ttfb: median(runs.map((r) => r.ttfb)), total: median(runs.map((r) => r.total)), bytes: median(runs.map((r) => r.bytes)), status: runs.at(-1)!.status };
}

async function measureAll(pages: string[]) {
  const loads = new Map<string, Load>();
  for (const path of pages) {
    loads.set(path, await load(path));
    console.log(path, loads.get(path));
  }
  const streams = new Map<string, Stream>();
  for (const path of EXPORTS) {
    streams.set(path, await stream(path));
    console.log(path, streams.get(path));
  }
  return { loads, streams };
}

const ratio = (large: number, small: number) => (small > 0 ? (large / small).toFixed(2) : "—");
const label = (path: string) => `\`${decodeURI(path)}\``;

await withPortal(async () => {
  const pages = [...(await keyPages()), ...SEARCHES];
  const small = await measureAll(pages);
  const started = Date.now();
  const counts = await growCommune(DATABASE_URL);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log("grown:", counts, `in ${seconds} s`);
  const large = await measureAll(pages);

  const pageRows = pages.map((path) => {
    const a = small.loads.get(path)!;
    const b = large.loads.get(path)!;
    const ok = b.p99 < 250 && b.failures === 0;
    return `| ${label(path)} | ${a.p50} / ${a.p99} | ${b.p50} / ${b.p99} | ${a.rps.toFixed(0)} | ${b.rps.toFixed(0)} | ${ratio(b.p50, a.p50)} | ${ratio(b.rps, a.rps)} | ${a.failures + b.failures} | ${ok ? "yes" : "**no**"} |`;
  });
  const exportRows = EXPORTS.map((path) => {
    const a = small.streams.get(path)!;
    const b = large.streams.get(path)!;
    return `| ${label(path)} | ${a.ttfb.toFixed(0)} | ${b.ttfb.toFixed(0)} | ${ratio(b.ttfb, a.ttfb)} | ${a.total.toFixed(0)} | ${b.total.toFixed(0)} | ${(a.bytes / 1024).toFixed(0)} | ${(b.bytes / 1024).toFixed(0)} | ${a.status === 200 && b.status === 200 ? "200" : `**${a.status}/${b.status}**`} |`;
  });
  const size = Object.entries(counts).map(([table, n]) => `${table} ${n.toLocaleString("en")}`).join(", ");
  const section = [
    `## Growth (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work while measuring: single figures are noisy, read the medians and the ratios. Production build on PostgreSQL, one server for both sizes: first the demo data (1×), then the same database grown by \`bench/growth-seed.ts\` in ${seconds} s (${size}). autocannon, ${CONNECTIONS} connections, ${SECONDS} s per address after a 2 s warm-up, one address at a time. Target (targets.md): p99 under 250 ms at the large size, no failures.`,
    "",
    "| Address | 1× p50 / p99 ms | large p50 / p99 ms | 1× req/s | large req/s | p50 ratio large/1× | req/s ratio large/1× | failures | p99 < 250 ms at large |",
    "|---|---|---|---|---|---|---|---|---|",
    ...pageRows,
    "",
    `Open-data exports, one request at a time, median of ${TTFB_RUNS}: time to the first byte of the body, time to the last, and size.`,
    "",
    "| Export | 1× TTFB ms | large TTFB ms | TTFB ratio | 1× total ms | large total ms | 1× KB | large KB | status |",
    "|---|---|---|---|---|---|---|---|---|",
    ...exportRows,
    "",
  ].join("\n");
  console.log(section);
  writeSection("Growth", section);
});
