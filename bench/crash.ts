// `npm run bench:crash`: the crash drills of issue 11 (targets.md #13). On a PRIVATE PostgreSQL
// cluster made for the drill (initdb into a temporary directory, port BENCH_CRASH_PG_PORT, trust
// auth; the shared cluster on 5432 is never touched), the portal (lib/ops/start.ts, as `npm start`)
// takes a signature burst while
//   (a) its server process is killed with SIGKILL and started again, as a service manager would;
//   (b) PostgreSQL is stopped in immediate mode (a crash: no checkpoint) and started again.
// Checks: every acknowledged signature is in the database afterwards; during the outage a page
// answers quickly with the bilingual "try again shortly" page (503 + Retry-After), no stack trace,
// no hang; the portal recovers by itself once PostgreSQL is back.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { listeningPid } from "./load";
import { SECRET, machine, stamp, writeSection } from "./portal";
import { burst, createSigners, openPetition, percentile, signingForm, verify, type Attempt, type Signer } from "./signers";

const PG_PORT = Number(process.env.BENCH_CRASH_PG_PORT ?? 5440);
const PORT = Number(process.env.BENCH_CRASH_PORT ?? 3611);
const BASE = `http://127.0.0.1:${PORT}`;
const PG_BIN = process.env.BENCH_PG_BIN ?? "/usr/lib/postgresql/15/bin";
const RATE = Number(process.env.BENCH_CRASH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_CRASH_SECONDS ?? 40);
const DATABASE_URL = `postgresql://postgres@127.0.0.1:${PG_PORT}/mk_load_crash`;

if (PG_PORT === 5432) throw new Error("The crash drill stops its PostgreSQL: it must never run against the shared cluster on 5432");

const dataDir = mkdtempSync(path.join(tmpdir(), "mk-load-pg-"));
const pgData = path.join(dataDir, "data");
const pgLog = path.join(dataDir, "postgres.log");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** PostgreSQL refuses to run as root: as root, the cluster belongs to BENCH_PG_OS_USER (default postgres). */
const OS_USER = process.env.BENCH_PG_OS_USER ?? "postgres";
function asClusterOwner(program: string, args: string[]): void {
  const [command, all] = process.getuid?.() === 0 ? ["runuser", ["-u", OS_USER, "--", path.join(PG_BIN, program), ...args]] : [path.join(PG_BIN, program), args];
  execFileSync(command as string, all as string[], { stdio: "ignore" });
}

function pgCtl(...args: string[]): void {
  asClusterOwner("pg_ctl", ["-D", pgData, ...args]);
}

function startCluster(): void {
  pgCtl("-l", pgLog, "-w", "-o", `-p ${PG_PORT} -k ${dataDir} -c listen_addresses=127.0.0.1`, "start");
}

async function setUpCluster(): Promise<Record<string, string>> {
  if (process.getuid?.() === 0) execFileSync("chown", [OS_USER, dataDir]);
  asClusterOwner("initdb", ["-D", pgData, "-U", "postgres", "--auth=trust", "--no-sync"]);
  startCluster();
  const admin = new pg.Client({ connectionString: DATABASE_URL.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE mk_load_crash");
  const settings: Record<string, string> = {};
  for (const name of ["fsync", "synchronous_commit", "full_page_writes"]) settings[name] = (await admin.query(`SHOW ${name}`)).rows[0][name];
  await admin.end();
  return settings;
}

/** The running start script (a holder: functions replace it). */
const current: { portal: ChildProcess | null } = { portal: null };

function startPortal(): void {
  current.portal = spawn("npx", ["tsx", "lib/ops/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL, PORT: String(PORT), PORTAL_ENV: "test", NEXTAUTH_SECRET: SECRET, LOG_LEVEL: "fatal" },
    detached: true,
  });
}

/** Seconds until /api/health answers 200 again. */
async function waitForHealth(timeoutMs = 900_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return (Date.now() - started) / 1000;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error("the portal did not come back");
}


type PageProbe = { status: number; ms: number; retryAfter: string | null; bilingual: boolean; stackTrace: boolean };

/** A visitor opening a page during the outage. */
async function probePage(): Promise<PageProbe> {
  const started = performance.now();
  try {
    const response = await fetch(`${BASE}/petitions`, { signal: AbortSignal.timeout(30_000) });
    const html = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      retryAfter: response.headers.get("retry-after"),
      bilingual: /lang="ar"/.test(html) && /lang="fr"/.test(html) && /Réessayez/.test(html),
      stackTrace: /\n\s+at .+\(.*:\d+:\d+\)/.test(html),
    };
  } catch {
    return { status: 0, ms: performance.now() - started, retryAfter: null, bilingual: false, stackTrace: false };
  }
}

type Drill = { name: string; attempts: Attempt[]; lost: number; storedNotAcknowledged: number; stored: number; displayed: number | null; recoverySeconds: number; probes: PageProbe[] };

function statuses(attempts: Attempt[]): string {
  const counts = new Map<string, number>();
  for (const a of attempts) {
    const key = a.status === 0 ? "no answer" : a.status === 303 ? `303 ${a.outcome}` : String(a.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k}: ${n}`).join(", ");
}

async function drill(name: string, signers: Signer[], fault: () => Promise<number>): Promise<Drill> {
  const petitionId = await openPetition(DATABASE_URL, `crash drill ${name}`);
  const hidden = await signingForm(BASE, petitionId, signers[0]!);
  const running = burst(BASE, petitionId, hidden, signers, RATE);
  await sleep(10_000);
  const recoverySeconds = await fault();
  const attempts = await running;
  await waitForHealth();
  const check = await verify(DATABASE_URL, BASE, petitionId, attempts);
  return { name, attempts, ...check, recoverySeconds, probes: lastProbes };
}

let lastProbes: PageProbe[] = [];

async function main() {
  const settings = await setUpCluster();
  console.log(`crash: private cluster on ${PG_PORT} (${pgData}): ${JSON.stringify(settings)}`);
  startPortal();
  await waitForHealth();
  const tag = Date.now().toString(36).slice(-5);
  const count = RATE * SECONDS;
  const drills: Drill[] = [];

  drills.push(
    await drill("(a) server process killed (SIGKILL), restarted", await createSigners(DATABASE_URL, SECRET, `${tag}a`, count), async () => {
      process.kill(listeningPid(PORT), "SIGKILL");
      const killedAt = Date.now();
      // The start script exits with its server; the service manager starts it again.
      const dying = current.portal;
      await new Promise<void>((resolve) => (!dying || dying.exitCode !== null ? resolve() : dying.once("exit", () => resolve())));
      startPortal();
      await waitForHealth();
      lastProbes = [];
      return (Date.now() - killedAt) / 1000;
    }),
  );
  console.log(`crash: (a) ${statuses(drills[0]!.attempts)}`);

  drills.push(
    await drill("(b) PostgreSQL stopped (immediate), restarted about 8 s later", await createSigners(DATABASE_URL, SECRET, `${tag}b`, count), async () => {
      pgCtl("-m", "immediate", "stop");
      const stoppedAt = Date.now();
      lastProbes = [];
      for (let i = 0; i < 5; i++) {
        await sleep(1_500);
        lastProbes.push(await probePage());
      }
      startCluster();
      // Recovered: the first signature stored after the restart, seen through the portal itself.
      const started = Date.now();
      while (Date.now() - started < 120_000) {
        const page = await probePage();
        if (page.status === 200) break;
        await sleep(250);
      }
      return (Date.now() - stoppedAt) / 1000;
    }),
  );
  console.log(`crash: (b) ${statuses(drills[1]!.attempts)}`);

  const rows = drills.map((d) => {
    const ms = d.attempts.map((a) => a.ms);
    const acknowledged = d.attempts.filter((a) => a.outcome === "signed" || a.outcome === "alreadySigned").length;
    return `| ${d.name} | ${d.attempts.length} | ${acknowledged} | ${statuses(d.attempts)} | ${d.lost} | ${d.storedNotAcknowledged} | ${d.stored} / ${d.displayed ?? "?"} | ${(percentile(ms, 100) / 1000).toFixed(1)} | ${d.recoverySeconds.toFixed(1)} |`;
  });
  const probes = drills[1]!.probes;
  const section = [
    `## Crash drills (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work (figures are noisy; the counts are what matters). A private PostgreSQL 15 cluster made for the drill (initdb, port ${PG_PORT}; ${Object.entries(settings).map(([k, v]) => `${k}=${v}`).join(", ")}), the portal started by \`lib/ops/start.ts\` as \`npm start\` does. Each drill: ${RATE} signatures/s for ${SECONDS} s by distinct signers (bench/signers.ts, the no-JavaScript form), the fault 10 s in. (a) the server process is killed with SIGKILL, then \`npm start\` runs again as a service manager would (its time includes the migration check and the demo seed). (b) PostgreSQL is stopped with \`pg_ctl stop -m immediate\` (no checkpoint: a crash) and started again about 8 s later; the portal is not touched.`,
    "",
    "| drill | signatures sent | acknowledged | answers | acknowledged but lost | stored but not acknowledged | stored / displayed | slowest answer s | back after s |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Pages opened during the PostgreSQL outage (${probes.length}): ${probes.map((p) => `${p.status} in ${p.ms.toFixed(0)} ms${p.retryAfter ? `, Retry-After ${p.retryAfter}` : ""}`).join("; ")}; bilingual "try again shortly" page: ${probes.every((p) => p.bilingual) ? "yes" : "**no**"}; stack trace shown: ${probes.some((p) => p.stackTrace) ? "**yes**" : "no"}.`,
    "",
    "\"Acknowledged\" = the 303 to `?done=signed`; \"stored but not acknowledged\" are signatures committed whose answer never reached the signer (the server died first); signing again answers \"already signed\". While the server process is down nothing listens on the port: a reverse proxy in front answers those requests (\"no answer\" above).",
    "",
  ].join("\n");
  console.log(section);
  writeSection("Crash drills", section);
}

try {
  await main();
} finally {
  const pid = current.portal?.pid;
  if (pid) {
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await sleep(2_000);
  try {
    pgCtl("-m", "fast", "stop");
  } catch {
    // already stopped
  }
  rmSync(dataDir, { recursive: true, force: true });
}
