// `npm run bench:burst`: the signature burst of issue 11 (targets.md #9). Against the production
// build (bench/portal.ts), one open citizens' petition is signed by distinct real accounts through
// the no-JavaScript form: first 20 signatures/s for 300 s (6,000 signers; BENCH_BURST_SECONDS
// shortens it), then steps of rising rates (BENCH_STEP_SECONDS each, a fresh petition per step) up
// to the first rate the machine does not sustain. After each run: 5xx, lost, duplicates, and the
// count the petition page displays against the stored count.
import { loadavg } from "node:os";
import { cpuMs, listeningPid } from "./load";
import { BASE, DATABASE_URL, SECRET, machine, stamp, withPortal, writeSection } from "./portal";
import { burst, createSigners, openPetition, percentile, signingForm, tally, verify, type Attempt, type Verification } from "./signers";

const RATE = Number(process.env.BENCH_BURST_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 300);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 15);
const STEPS = (process.env.BENCH_BURST_STEPS ?? "30,40,60,80,120,160,240,330").split(",").map(Number);
/** The goal: ten times the busiest minute of the UK Parliament's petitions site (~2,000 a minute). */
const GOAL = 330;

type Run = { label: string; rate: number; attempts: Attempt[]; seconds: number; check: Verification; cpuPerSignature: number };

function sustained(run: Run): boolean {
  const counts = tally(run.attempts);
  const throughput = (counts.signed + counts.alreadySigned) / run.seconds;
  return counts["5xx"] === 0 && counts.error === 0 && counts.signed === run.attempts.length && throughput >= 0.9 * run.rate
    && percentile(run.attempts.map((a) => a.ms), 95) < 2000 && run.check.lost === 0 && run.check.duplicates === 0 && run.check.displayed === run.check.stored;
}

async function runAt(label: string, rate: number, count: number, run: string): Promise<Run> {
  const petitionId = await openPetition(DATABASE_URL, `${label} ${run}`);
  const signers = await createSigners(DATABASE_URL, SECRET, run, count);
  const hidden = await signingForm(BASE, petitionId, signers[0]!);
  const server = listeningPid(Number(new URL(BASE).port));
  const cpuBefore = cpuMs(server);
  const started = performance.now();
  const attempts = await burst(BASE, petitionId, hidden, signers, rate);
  const seconds = (performance.now() - started) / 1000;
  const cpuPerSignature = (cpuMs(server) - cpuBefore) / attempts.length;
  const check = await verify(DATABASE_URL, BASE, petitionId, attempts);
  const result = { label, rate, attempts, seconds, check, cpuPerSignature };
  console.log(row(result));
  return result;
}

function row(run: Run): string {
  const c = tally(run.attempts);
  const ms = run.attempts.map((a) => a.ms);
  const acked = c.signed + c.alreadySigned;
  return `| ${run.label} | ${run.rate} | ${run.attempts.length} | ${(acked / run.seconds).toFixed(0)} | ${c.signed} | ${c.refused + c["4xx"]} | ${c["5xx"]} | ${c.error} | ${run.check.lost} | ${run.check.duplicates} | ${run.check.stored} | ${run.check.displayed ?? "?"} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} | ${run.cpuPerSignature.toFixed(1)} | ${sustained(run) ? "yes" : "**no**"} |`;
}

await withPortal(async () => {
  // Runs on one database stay apart by this tag in e-mails and CINs.
  const tag = Date.now().toString(36).slice(-5);
  const loadBefore = loadavg()[0]!;
  console.log(`burst: ${RATE}/s for ${SECONDS} s, then steps of ${STEP_SECONDS} s at ${STEPS.join(", ")}/s`);
  const runs: Run[] = [await runAt("burst", RATE, RATE * SECONDS, `${tag}0`)];
  let best = sustained(runs[0]!) ? RATE : 0;
  for (const [i, rate] of STEPS.entries()) {
    const step = await runAt("step", rate, Math.round(rate * STEP_SECONDS), `${tag}${i + 1}`);
    runs.push(step);
    if (!sustained(step)) break;
    best = rate;
  }
  const section = [
    `## Signature burst (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work while measuring, and the load generator runs on the same 2 cores as the portal and PostgreSQL: figures are noisy, read them as orders of magnitude. Production build on PostgreSQL with the demo data. Each signer is a distinct citizen account with a verified e-mail address (created in bulk with SQL), signed in with a session cookie minted with the portal's secret, behind its own address as the reverse proxy reports it (X-Real-IP, so the per-address limit of ${120}/hour counts each apart); each posts the petition page's no-JavaScript form to its server action (multipart, the hidden action fields scraped once) and counts as acknowledged on the 303 to \`?done=signed\`. Arrivals are open-loop (one every 1/rate s, whatever the answers). First ${RATE}/s for ${SECONDS} s, then ${STEP_SECONDS} s steps at rising rates, a fresh petition each, until one is not sustained (all signed, no 5xx or network error, acknowledged rate ≥ 90 % of the offered rate, p95 < 2 s, nothing lost, no duplicate, displayed count = stored count). Latencies are of the POST alone; a browser then follows the redirect and loads the page.`,
    "",
    "| run | offered /s | signers | acknowledged /s | signed | refused | 5xx | network errors | lost | duplicates | stored | displayed | p50 ms | p95 ms | p99 ms | server CPU ms / signature | sustained |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...runs.map(row),
    "",
    `Load average of the machine (1 min) when the run began: ${loadBefore.toFixed(1)}, when it ended: ${loadavg()[0]!.toFixed(1)} (2 cores: above 2, other work was competing for them). "Server CPU ms / signature" is the portal server process's CPU time divided by the signatures sent: the figure that competing work disturbs least; one server process uses one core, so ${"1000 / that figure"} is the ceiling of one process on an idle core.`,
    "",
    `Highest sustained rate: **${best} signatures/s** against the goal of ${GOAL}/s (10× the UK Parliament site's busiest minute, ~2,000 a minute): ${best >= GOAL ? "met" : `**not met** (${(best / GOAL).toFixed(2)} of the goal)`}.`,
    "",
  ].join("\n");
  console.log(section);
  writeSection("Signature burst", section);
});
