// `npm run bench:weight`: what a phone downloads for the first view of each key page (targets.md;
// issue 11), measured in Debian's Chromium against the production build: compressed bytes of HTML,
// CSS, fonts, images and JavaScript. The framework's own JavaScript (the chunks every App Router
// page loads: the build manifest's rootMainFiles) is the floor; the portal's JavaScript is reported
// as floor + extra. Targets: extra ≤ 30 KB on public pages; HTML + CSS + fonts ≤ 100 KB.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Response } from "@playwright/test";
import { BASE, keyPages, machine, stamp, withPortal, writeSection } from "./portal";

const KB = 1024;
type Kind = "html" | "css" | "font" | "image" | "jsFloor" | "jsExtra" | "other";
type Weight = Record<Kind, number>;

/** The chunks every App Router page loads, from the build being served. */
function frameworkChunks(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

function kindOf(response: Response, floor: Set<string>): Kind {
  const type = response.headers()["content-type"] ?? "";
  const pathname = new URL(response.url()).pathname;
  if (type.includes("text/html")) return "html";
  if (type.includes("text/css")) return "css";
  if (type.includes("font") || /\.woff2?$/.test(pathname)) return "font";
  if (type.startsWith("image/")) return "image";
  if (type.includes("javascript")) return floor.has(pathname) ? "jsFloor" : "jsExtra";
  return "other";
}

async function measure(page: import("@playwright/test").Page, url: string, floor: Set<string>): Promise<Weight> {
  const weight: Weight = { html: 0, css: 0, font: 0, image: 0, jsFloor: 0, jsExtra: 0, other: 0 };
  const pending: Promise<void>[] = [];
  const listener = (response: Response) => {
    pending.push(
      response.request().sizes().then((sizes) => {
        // Bytes on the wire: the compressed body and its headers.
        weight[kindOf(response, floor)] += sizes.responseBodySize + sizes.responseHeadersSize;
      }).catch(() => {}),
    );
  };
  page.on("response", listener);
  const response = await page.goto(url, { waitUntil: "networkidle" });
  // A missing page would be measured as a light one: refuse it.
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await Promise.all(pending);
  page.off("response", listener);
  return weight;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

await withPortal(async () => {
  const floor = frameworkChunks();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const rows: string[] = [];
  try {
    for (const pathname of await keyPages()) {
      // A first view: a new context each time, so nothing comes from the cache.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "Accept-Encoding": "gzip, deflate, br" } });
      const w = await measure(await context.newPage(), `${BASE}${pathname}`, floor);
      await context.close();
      const essentials = w.html + w.css + w.font;
      const ok = w.jsExtra <= 30 * KB && essentials <= 100 * KB;
      rows.push(`| \`${pathname}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.font)} | ${kb(w.image)} | ${kb(w.jsFloor)} | ${kb(w.jsExtra)} | ${kb(essentials)} | ${ok ? "yes" : "**no**"} |`);
    }
  } finally {
    await browser.close();
  }
  const section = [
    `## Page weight (${stamp()})`,
    "",
    `Machine: ${machine()}. Production build with the demo data, first view of each page in Debian's Chromium at 390 px with an empty cache; compressed bytes on the wire (body and headers), in KB. "JS floor" is the framework's own JavaScript that every App Router page loads (the build manifest's rootMainFiles); "JS extra" is the portal's own. Targets: JS extra ≤ 30 KB, HTML + CSS + fonts ≤ 100 KB.`,
    "",
    "| Page | HTML | CSS | fonts | images | JS floor | JS extra | HTML+CSS+fonts | meets target |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  console.log(section);
  writeSection("Page weight", section);
});
