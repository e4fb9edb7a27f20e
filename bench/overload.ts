// `npm run bench:overload`: 200 concurrent connections for 60 s on a key page (issue 11, targets.md
// #11), against the production build (bench/portal.ts). Before: the page's latency at 5 connections
// (normal). During: what was served and how fast, what was refused (503/429 with Retry-After) and
// how fast, whether anything waited without end. After: the same light load in 2 s windows until
// the median is back within 1.5× of normal, and whether the server process is still the same one.
import { BASE, machine, stamp, withPortal, writeSection } from "./portal";
import { closedLoop, listeningPid, statusCounts, type Sample } from "./load";
import { percentile } from "./signers";

const PATH = process.env.BENCH_OVERLOAD_PATH ?? "/petitions";
const CONNECTIONS = Number(process.env.BENCH_OVERLOAD_CONNECTIONS ?? 200);
const SECONDS = Number(process.env.BENCH_OVERLOAD_SECONDS ?? 60);
const LIGHT = 5;

const ms = (samples: Sample[], p: number) => percentile(samples.map((s) => s.ms), p).toFixed(0);

await withPortal(async () => {
  const url = `${BASE}${PATH}`;
  const port = Number(new URL(BASE).port);
  const pidBefore = listeningPid(port);
  await closedLoop([url], LIGHT, 3);
  const normal = await closedLoop([url], LIGHT, 10);
  const normalP50 = percentile(normal.map((s) => s.ms), 50);
  console.log(`overload: normal ${normal.length} requests, p50 ${normalP50.toFixed(0)} ms`);

  const loaded = await closedLoop([url], CONNECTIONS, SECONDS);
  const served = loaded.filter((s) => s.status === 200);
  const refused = loaded.filter((s) => s.status === 503 || s.status === 429);
  const other = loaded.filter((s) => s.status !== 200 && s.status !== 503 && s.status !== 429);
  const withRetryAfter = refused.filter((s) => s.retryAfter !== null).length;
  console.log(`overload: ${statusCounts(loaded)}`);

  // Recovery: light load in 2 s windows, from the moment the overload ends.
  const windows: { second: number; p50: number }[] = [];
  const ended = Date.now();
  let recoveredAfter: number | null = null;
  while (Date.now() - ended < 60_000) {
    const window = await closedLoop([url], LIGHT, 2);
    const p50 = percentile(window.filter((s) => s.status === 200).map((s) => s.ms), 50);
    const second = (Date.now() - ended) / 1000;
    windows.push({ second, p50 });
    if (window.every((s) => s.status === 200) && p50 <= 1.5 * normalP50) {
      recoveredAfter = second;
      break;
    }
  }
  const pidAfter = listeningPid(port);
  const health = (await fetch(`${BASE}/api/health`)).status;

  const section = [
    `## Overload (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work, and the load generator runs on the same 2 cores as the portal and PostgreSQL: figures are noisy, read the ratios and counts. Production build with the demo data behind the portal's load shedding (lib/ops/serve.ts: at most MAX_IN_FLIGHT=${process.env.MAX_IN_FLIGHT ?? 8} requests rendered at once, ${process.env.MAX_QUEUED ?? 32} waiting at most ${process.env.QUEUE_TIMEOUT_MS ?? 1000} ms, the rest refused at once with 503 + Retry-After; database pool: connection timeout 5 s). \`${PATH}\`: ${LIGHT} connections for 10 s (normal), then ${CONNECTIONS} connections for ${SECONDS} s, each sending its next request as soon as it has an answer, then ${LIGHT} connections again in 2 s windows.`,
    "",
    "| phase | requests | answers | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---|---|---|---|---|---|",
    `| normal (${LIGHT} connections) | ${normal.length} | ${statusCounts(normal)} | ${ms(normal, 50)} | ${ms(normal, 95)} | ${ms(normal, 99)} | ${ms(normal, 100)} |`,
    `| overload: served (200) | ${served.length} | ${(served.length / SECONDS).toFixed(0)}/s | ${ms(served, 50)} | ${ms(served, 95)} | ${ms(served, 99)} | ${ms(served, 100)} |`,
    `| overload: refused (503/429) | ${refused.length} | ${withRetryAfter} with Retry-After | ${ms(refused, 50)} | ${ms(refused, 95)} | ${ms(refused, 99)} | ${ms(refused, 100)} |`,
    `| overload: anything else | ${other.length} | ${statusCounts(other) || "—"} | ${ms(other, 50)} | ${ms(other, 95)} | ${ms(other, 99)} | ${ms(other, 100)} |`,
    "",
    `Process stayed up: ${pidBefore === pidAfter && health === 200 ? "yes (same server process, health 200)" : `**no** (pid ${pidBefore} → ${pidAfter}, health ${health})`}. Longest wait of any request under overload: ${(percentile(loaded.map((s) => s.ms), 100) / 1000).toFixed(1)} s (client timeout 60 s). Back to normal (median within 1.5× of ${normalP50.toFixed(0)} ms, every answer 200): ${recoveredAfter === null ? "**not within 60 s**" : `after ${recoveredAfter.toFixed(1)} s`} (windows: ${windows.map((w) => `${w.second.toFixed(0)} s → ${w.p50.toFixed(0)} ms`).join(", ")}). Target: refusals p99 ≤ 2 s, back to normal within 30 s.`,
    "",
  ].join("\n");
  console.log(section);
  writeSection("Overload", section);
});
