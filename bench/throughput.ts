// `npm run bench:throughput`: server throughput of the key pages against the production build,
// each next to a static file served by the same server in the same run (targets.md; issue 11).
// Starts the portal with lib/ops/start.ts (migrate, seed the demo data, build if needed, serve) on
// BENCH_PORT against BENCH_DATABASE_URL (a real PostgreSQL; default: a fresh musharaka_bench), runs
// autocannon for each page, prints the table and writes it into docs/benchmarks.md.
import autocannon from "autocannon";
import { BASE, keyPages, machine, stamp, withPortal, writeSection } from "./portal";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** The static reference: a file served by the same server. */
const STATIC = "/robots.txt";

type Result = { path: string; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

async function measure(path: string): Promise<Result> {
  // Warm-up: the first requests compile nothing in production, but fill caches and pools.
  await autocannon({ url: `${BASE}${path}`, connections: 4, duration: 2 });
  const r = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: SECONDS });
  return { path, rps: r.requests.average, p50: r.latency.p50, p95: r.latency.p97_5 ?? r.latency.p90, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

function table(results: Result[], reference: Result): string {
  const rows = results.map((r) => {
    const ratio = r.rps / reference.rps;
    const ok = r.path === STATIC || (ratio >= 0.5 && r.p99 < 250 && r.errors === 0 && r.non2xx === 0);
    return `| \`${r.path}\` | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.path === STATIC ? "—" : ratio.toFixed(2)} | ${r.errors + r.non2xx} | ${ok ? "yes" : "**no**"} |`;
  });
  return ["| Page | req/s | p50 ms | p97.5 ms | p99 ms | ratio to static | errors | meets target |", "|---|---|---|---|---|---|---|---|", ...rows].join("\n");
}

/** PAGE_CACHE_SECONDS=0 measures every page rendered (what a signed-in person gets); by default anonymous visitors are served by the page cache. */
const cached = process.env.PAGE_CACHE_SECONDS !== "0";
const heading = cached ? "Server throughput, anonymous visitors (page cache)" : "Server throughput, every page rendered (PAGE_CACHE_SECONDS=0)";

await withPortal(async () => {
  const results: Result[] = [];
  for (const path of [STATIC, ...(await keyPages())]) results.push(await measure(path));
  const section = [
    `## ${heading} (${stamp()})`,
    "",
    `Machine: ${machine()}. Production build on PostgreSQL with the demo data, ${CONNECTIONS} connections, ${SECONDS} s per page after a 2 s warm-up, one page at a time. Target: each key page at least half the static file's throughput, p99 under 250 ms.`,
    "",
    table(results, results[0]!),
    "",
  ].join("\n");
  console.log(section);
  writeSection(heading, section);
});
