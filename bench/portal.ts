// What every benchmark shares: the portal's production build started by lib/ops/start.ts (migrate,
// seed the demo data, build if needed, serve) on BENCH_PORT against BENCH_DATABASE_URL (a real
// PostgreSQL; default: a fresh musharaka_bench), or one already running at BENCH_URL; the machine's
// description; writing a section of docs/benchmarks.md.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import pg from "pg";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
/** BENCH_URL measures a portal that is already running (its build in NEXT_DIST_DIR) instead of starting one. */
export const BASE = process.env.BENCH_URL ?? `http://127.0.0.1:${PORT}`;
export const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/musharaka_bench";
/** The session secret of the portal under test: benchmarks mint signed-in visitors' cookies with it. */
export const SECRET = process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-00";

/** The key pages of targets.md with fixed addresses, in both languages. */
const LIST_PAGES = ["/", "/programme", "/programme/projects/A1-01", "/petitions", "/information", "/forum"];
/** Key pages of one record: the first one the list links to (the demo data decides which). */
const RECORD_PAGES = [
  { list: "/petitions", link: /href="(\/petitions\/\d+)"/ },
  { list: "/forum", link: /href="(\/forum\/topics\/\d+)"/ },
  { list: "/information", link: /href="(\/information\/documents\/\d+)"/ },
];

/** Every key page that exists on the running portal, Arabic then French. */
export async function keyPages(): Promise<string[]> {
  const records: string[] = [];
  for (const { list, link } of RECORD_PAGES) {
    const found = link.exec(await (await fetch(`${BASE}${list}`)).text())?.[1];
    if (found) records.push(found);
  }
  return [...LIST_PAGES, ...records].flatMap((path) => [path, path === "/" ? "/fr" : `/fr${path}`]);
}

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

/** Runs `work` against a freshly started portal, and stops it afterwards whatever happens. */
export async function withPortal<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.BENCH_URL) return work();
  await freshDatabase();
  const server = spawn("npx", ["tsx", "lib/ops/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL, PORT: String(PORT), PORTAL_ENV: "test", NEXTAUTH_SECRET: SECRET, LOG_LEVEL: "warn" },
    detached: true,
  });
  try {
    await waitForHealth();
    return await work();
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
}

export function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** Today's date and commit, for a section's heading. */
export function stamp(): string {
  return `${new Date().toISOString().slice(0, 10)}, commit ${commit()}`;
}

/** Replaces (or appends) the section of docs/benchmarks.md whose heading starts with `heading`. */
export function writeSection(heading: string, section: string): void {
  const file = "docs/benchmarks.md";
  let current: string;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = "# Benchmarks\n\nEach section is written by its command (README, Scripts); rerun it to refresh the figures.\n\n";
  }
  const start = current.indexOf(`## ${heading}`);
  const end = start === -1 ? -1 : current.indexOf("\n## ", start + 1);
  const next = start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${end === -1 ? "" : current.slice(end + 1)}`;
  writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
}
