// `npm run bench:soak`: 30 minutes (BENCH_SOAK_MINUTES) at half the measured capacity over the key
// pages, a tenth of the requests aborted once the first bytes of the answer arrived (issue 11,
// targets.md #12), against the production build (bench/portal.ts). The server process's resident
// memory is sampled every 10 s; the report says whether it levels off (growth over the second half
// of the run) and counts 5xx.
import { BASE, keyPages, machine, stamp, withPortal, writeSection } from "./portal";
import { closedLoop, listeningPid, openLoop, rssMiB, statusCounts, type Sample } from "./load";
import { percentile } from "./signers";

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 30);
const ABORTED = 0.1;

await withPortal(async () => {
  const urls = (await keyPages()).map((p) => `${BASE}${p}`);
  const pid = listeningPid(Number(new URL(BASE).port));
  // Capacity: 20 connections over the key pages in turn, answered requests a second.
  await closedLoop(urls, 4, 5);
  const probe = await closedLoop(urls, 20, 15);
  const capacity = probe.filter((s) => s.status === 200).length / 15;
  const rate = Math.max(1, Math.round(capacity / 2));
  console.log(`soak: capacity ~${capacity.toFixed(0)} req/s over the key pages, soaking at ${rate}/s for ${MINUTES} min`);

  const memory: { minute: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => memory.push({ minute: (Date.now() - started) / 60_000, rss: rssMiB(pid) }), 10_000);
  memory.push({ minute: 0, rss: rssMiB(pid) });
  let samples: Sample[];
  try {
    samples = await openLoop(urls, rate, MINUTES * 60, ABORTED);
  } finally {
    clearInterval(sampler);
  }
  memory.push({ minute: (Date.now() - started) / 60_000, rss: rssMiB(pid) });

  const fiveXx = samples.filter((s) => s.status >= 500).length;
  const noAnswer = samples.filter((s) => s.status === 0).length;
  const complete = samples.filter((s) => !s.aborted && s.status === 200);
  const firstMinutes = complete.filter((s) => s.at - started < Math.min(5, MINUTES / 3) * 60_000);
  const lastMinutes = complete.filter((s) => s.at - started > (MINUTES - Math.min(5, MINUTES / 3)) * 60_000);
  const p95 = (list: Sample[]) => percentile(list.map((s) => s.ms), 95);
  // Levels off: the second half grows little compared with its own start.
  const half = memory.filter((m) => m.minute >= MINUTES / 2);
  const halfStart = half[0]?.rss ?? 0;
  const end = memory.at(-1)!.rss;
  const peak = Math.max(...memory.map((m) => m.rss));
  const growthSecondHalf = halfStart ? (end - halfStart) / halfStart : 0;
  const everyFive = memory.filter((m, i) => i === 0 || i === memory.length - 1 || Math.round(m.minute * 6) % 30 === 0);
  const levelsOff = growthSecondHalf <= 0.1;

  const section = [
    `## Soak (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work (figures are noisy; read the ratios). Production build with the demo data. Capacity measured first: ${capacity.toFixed(0)} answered requests/s at 20 connections over the ${urls.length} key pages in turn; then ${rate} requests/s (half) for ${MINUTES} min, open loop over the same pages, one request in ten dropped by the client once the first bytes of the answer arrived. The server process's resident memory (VmRSS) sampled every 10 s.`,
    "",
    `- Requests: ${samples.length} (${samples.filter((s) => s.aborted).length} aborted mid-response); answers: ${statusCounts(samples)}; 5xx: ${fiveXx === 0 ? "0" : `**${fiveXx}**`}; no answer: ${noAnswer}.`,
    `- Latency of complete answers, p95: ${p95(firstMinutes).toFixed(0)} ms in the first minutes, ${p95(lastMinutes).toFixed(0)} ms in the last (drift ${firstMinutes.length ? ((p95(lastMinutes) / p95(firstMinutes) - 1) * 100).toFixed(0) : "?"} %).`,
    `- Memory (RSS, MiB) by minute: ${everyFive.map((m) => `${m.minute.toFixed(0)}: ${m.rss.toFixed(0)}`).join(", ")}; peak ${peak.toFixed(0)}. Growth over the second half: ${(growthSecondHalf * 100).toFixed(1)} % — ${levelsOff ? "levels off" : "**still growing**"} (criterion: ≤ 10 % over the second half).`,
    "",
  ].join("\n");
  console.log(section);
  writeSection("Soak", section);
});
