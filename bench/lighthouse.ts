// `npm run bench:lighthouse`: Lighthouse 12.2.3 on every key page in both languages (targets.md;
// issue 11): its default configuration (the mobile preset: a phone's screen, simulated slow 4G
// and a 4× slower CPU), in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) started
// headless by chrome-launcher, a new browser for each run; LIGHTHOUSE_RUNS runs per page (default
// 5), the median of each category's score reported. Against the production build on a fresh
// database with the demo data (LIGHTHOUSE_DATABASE_NAME, default musharaka_lighthouse), or the
// portal at BENCH_URL. Targets: performance ≥ 90, accessibility = 100, best practices ≥ 95 (SEO for
// information). Writes the table, and the audits that cost points, into docs/benchmarks.md; the
// median run of each page as JSON into LIGHTHOUSE_OUT (default test-results/lighthouse).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { freshDatabase } from "./database";

if (!process.env.BENCH_URL) {
  process.env.BENCH_DATABASE_URL = await freshDatabase(process.env.LIGHTHOUSE_DATABASE_NAME ?? "musharaka_lighthouse");
  // The portal's own address, as in production: canonical and hreflang links name the host Lighthouse
  // loads (with lib/ops/start.ts's default, localhost, the SEO audit reads them as another page's).
  process.env.PUBLIC_URL ??= `http://127.0.0.1:${process.env.BENCH_PORT ?? 3300}`;
}
process.env.CHROME_PATH ??= "/usr/bin/chromium";
const { BASE, keyPages, machine, stamp, withPortal, writeSection } = await import("./portal");

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const OUT = process.env.LIGHTHOUSE_OUT ?? "test-results/lighthouse";
/** Optional: only the key pages whose address contains one of these (comma-separated). */
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(",").filter(Boolean);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 90, accessibility: 100, "best-practices": 95, seo: 0 };

type Run = { scores: Record<Category, number>; lcp: number; tbt: number; cls: number; lhr: Result };

async function run(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return { scores, lcp: numeric("largest-contentful-paint"), tbt: numeric("total-blocking-time"), cls: numeric("cumulative-layout-shift"), lhr };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The audits of the accessibility, best-practices and SEO categories that failed, and performance's opportunities. */
function lostPoints(lhr: Result): string[] {
  const lost: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "manual") continue;
      if (category === "performance" ? audit.score < 0.9 && ref.weight > 0 : audit.score < 1) lost.push(`${category}: ${audit.id} (${audit.title})`);
    }
  }
  return lost;
}

await withPortal(async () => {
  mkdirSync(OUT, { recursive: true });
  const pages = (await keyPages()).filter((p) => !ONLY || ONLY.some((o) => p.includes(o)));
  const rows: string[] = [];
  const failures = new Map<string, string[]>();
  for (const pathname of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(`${BASE}${pathname}`));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
    // The run whose performance score is the median one, kept for reading.
    const middle = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)]!;
    writeFileSync(path.join(OUT, `${pathname.replace(/[^a-z0-9]+/gi, "_") || "_"}.json`), JSON.stringify(middle.lhr));
    for (const audit of new Set(runs.flatMap((r) => lostPoints(r.lhr)))) failures.set(audit, [...(failures.get(audit) ?? []), pathname]);
    const ok = CATEGORIES.every((c) => scores[c] >= TARGETS[c]);
    const row = `| \`${pathname}\` | ${scores.performance} | ${scores.accessibility} | ${scores["best-practices"]} | ${scores.seo} | ${(median(runs.map((r) => r.lcp)) / 1000).toFixed(1)} | ${median(runs.map((r) => r.tbt)).toFixed(0)} | ${median(runs.map((r) => r.cls)).toFixed(3)} | ${ok ? "yes" : "**no**"} |`;
    console.log(row, runs.map((r) => r.scores.performance).join(" "));
    rows.push(row);
  }
  const lost = [...failures.entries()].sort((a, b) => b[1].length - a[1].length).map(([audit, where]) => `- ${audit}: ${where.length === pages.length ? "every page" : where.map((p) => `\`${p}\``).join(", ")}`);
  const section = [
    `## Lighthouse (${stamp()})`,
    "",
    `Machine: ${machine()}, shared with other work: scores move by a few points from run to run. Lighthouse 12.2.3, default configuration (mobile: Moto G Power screen, simulated slow 4G, 4× CPU slowdown), Debian's Chromium headless through chrome-launcher, a new browser per run; median of ${RUNS} runs per page. Production build with the demo data. Targets: performance ≥ 90, accessibility = 100, best practices ≥ 95 (SEO for information). LCP and TBT are the simulated values.`,
    "",
    "| Page | performance | accessibility | best practices | SEO | LCP s | TBT ms | CLS | meets targets |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    lost.length ? "Audits that cost points in at least one run:" : "No audit cost points in any run.",
    "",
    ...lost,
    "",
  ].join("\n");
  console.log(section);
  if (!ONLY) writeSection("Lighthouse", section);
});
