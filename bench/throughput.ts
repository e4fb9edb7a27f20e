// `npm run bench:throughput`: server throughput of the key pages against the production build,
// each next to a static file served by the same server in the same run (targets.md; issue 11).
// Starts the portal with lib/ops/start.ts (migrate, seed the demo data, build if needed, serve) on
// BENCH_PORT against BENCH_DATABASE_URL (a real PostgreSQL; default: a fresh musharaka_bench), runs
// autocannon for each page, prints the table and writes it into docs/benchmarks.md.
import { execFileSync, spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/musharaka_bench";

/** The static reference, then the key pages that exist today, in both languages. */
const STATIC = "/robots.txt";
const PAGES = ["/", "/fr", "/programme", "/fr/programme", "/programme/projects", "/fr/programme/projects", "/programme/projects/A1-01", "/fr/programme/projects/A1-01"];

type Result = { path: string; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

async function freshDatabase(): Promise<void> {
  if (process.env.BENCH_DATABASE_URL) return;
  const admin = new pg.Client({ connectionString: DATABASE_URL.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS musharaka_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE musharaka_bench");
  await admin.end();
}

async function waitForHealth(timeoutMs = 900_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the portal did not start");
}

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

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

await freshDatabase();
const server = spawn("npx", ["tsx", "lib/ops/start.ts"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DATABASE_URL, PORT: String(PORT), PORTAL_ENV: "test", NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00" },
  detached: true,
});
try {
  await waitForHealth();
  const results: Result[] = [];
  for (const path of [STATIC, ...PAGES]) results.push(await measure(path));
  const reference = results[0]!;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const section = [
    `## Server throughput (${new Date().toISOString().slice(0, 10)}, commit ${commit()})`,
    "",
    `Machine: ${machine}. Production build on PostgreSQL with the demo data, ${CONNECTIONS} connections, ${SECONDS} s per page after a 2 s warm-up, one page at a time. Target: each key page at least half the static file's throughput, p99 under 250 ms.`,
    "",
    table(results, reference),
    "",
  ].join("\n");
  console.log(section);
  const file = "docs/benchmarks.md";
  const current = (() => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return "# Benchmarks\n\nEach section is written by its command (README, Benchmarks); rerun it to refresh the figures.\n\n";
    }
  })();
  const start = current.indexOf("## Server throughput");
  const end = start === -1 ? -1 : current.indexOf("\n## ", start + 1);
  const next = start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${end === -1 ? "" : current.slice(end + 1)}`;
  writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
