// How the sweeps of issue 11 find the portal's pages and visit them as each kind of visitor: the
// admin and workspace pages from the source tree (with real record ids from the demo data), the
// public pages by following the portal's own links, over HTTP with the cookies of a real sign-in.
// Used by authorization.spec.ts, privacy-sweep.spec.ts and bad-input.spec.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, PlaywrightWorkerArgs } from "@playwright/test";
import type pg from "pg";
import { BASE_URL } from "./config";
import { DEMO_PASSWORD, signIn } from "./helpers";

/** Every page file under a folder, as its route ("/admin/users/[id]"). */
export function pagesUnder(folder: string, routePrefix: string): { route: string; source: string }[] {
  const found: { route: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "page.tsx") found.push({ route: `${routePrefix}${path.relative(folder, dir).split(path.sep).filter(Boolean).map((s) => `/${s}`).join("")}`, source: readFileSync(full, "utf8") });
    }
  };
  walk(folder);
  return found;
}

/** A real id for each dynamic segment (keyed by the route up to it), from the demo data (an unknown id when the demo has none: then the allowed get a 404). */
export const RECORD_QUERIES: Record<string, string> = {
  "/admin/associations/[id]": "SELECT id::text FROM associations ORDER BY id LIMIT 1",
  "/admin/audit-reports/[id]": "SELECT id::text FROM audit_reports ORDER BY id LIMIT 1",
  "/admin/budget/[year]": "SELECT year::text FROM budget_cycles ORDER BY year LIMIT 1",
  "/admin/budget/proposals/[id]": "SELECT id::text FROM budget_proposals ORDER BY id LIMIT 1",
  "/admin/consultations/[id]": "SELECT id::text FROM consultations ORDER BY id LIMIT 1",
  "/admin/documents/[id]": "SELECT id::text FROM documents ORDER BY id LIMIT 1",
  "/admin/equality/opinions/[id]": "SELECT id::text FROM committee_opinions ORDER BY id LIMIT 1",
  "/admin/forum/meetings/[id]": "SELECT id::text FROM forum_meetings ORDER BY id LIMIT 1",
  "/admin/forum/topics/[id]": "SELECT id::text FROM forum_topics ORDER BY id LIMIT 1",
  "/admin/information/[id]": "SELECT id::text FROM information_requests ORDER BY id LIMIT 1",
  "/admin/petitions/[id]": "SELECT id::text FROM petitions ORDER BY id LIMIT 1",
  "/admin/programme/[code]": "SELECT code FROM projects ORDER BY code LIMIT 1",
  "/admin/programme/evaluations/[year]": "SELECT year::text FROM annual_evaluations ORDER BY year LIMIT 1",
  "/admin/programme/meetings/[id]": "SELECT id::text FROM civil_society_meetings ORDER BY id LIMIT 1",
  "/admin/sessions/[id]": "SELECT id::text FROM council_sessions ORDER BY id LIMIT 1",
  "/admin/users/[id]": "SELECT id::text FROM users WHERE email = 'citizen@demo.bni-mathar.example'",
  "/admin/youth-council/members/[id]": "SELECT id::text FROM youth_members ORDER BY id LIMIT 1",
  "/admin/youth-council/proposals/[id]": "SELECT id::text FROM youth_proposals ORDER BY id LIMIT 1",
  "/equality/workspace/meetings/[id]": "SELECT id::text FROM committee_meetings ORDER BY id LIMIT 1",
  "/equality/workspace/opinions/[id]": "SELECT id::text FROM committee_opinions ORDER BY id LIMIT 1",
  "/equality/workspace/trainings/[id]": "SELECT id::text FROM committee_trainings ORDER BY id LIMIT 1",
};

/** The address of a route with its dynamic segment filled from the demo data (RECORD_QUERIES). */
export async function addressOf(database: pg.Client, route: string): Promise<string> {
  if (!route.includes("[")) return route;
  // Keyed by the route up to its dynamic segment: "/admin/programme/[code]" serves its sub-pages too.
  const query = RECORD_QUERIES[route.slice(0, route.indexOf("]") + 1)];
  if (!query) throw new Error(`no record query for ${route}`);
  const { rows } = await database.query<Record<string, string>>(query);
  return route.replace(/\[[a-z]+\]/, encodeURIComponent(Object.values(rows[0] ?? {})[0] ?? "999999"));
}

/** An HTTP client carrying the cookies of a real sign-in of a demo account (`citizen` → citizen@demo…). */
export async function signedInClient(playwright: PlaywrightWorkerArgs["playwright"], browser: Browser, person: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await signIn(page, `${person}@demo.bni-mathar.example`, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  const client = await playwright.request.newContext({ baseURL: BASE_URL, storageState: await context.storageState() });
  await context.close();
  return client;
}

/** Not pages: files, feeds, exports and the framework's own paths. */
export const NOT_PAGES = /^\/(api|_next)\/|\.(ics|xml|csv|json|pdf|txt|ico|png|jpg|svg)$|\/dev-mailbox|\/signout/;

/**
 * The public pages reached from the home pages (Arabic and French) by following the portal's own
 * links (never the admin area, files or exports), at most `max` of them; `visit` gets each HTML page.
 */
export async function crawlPublicPages(client: APIRequestContext, max: number, visit: (path: string, html: string) => Promise<void>): Promise<number> {
  const queue = ["/", "/fr"];
  const seen = new Set(queue);
  let pages = 0;
  while (queue.length > 0 && pages < max) {
    const path = queue.shift()!;
    const response = await client.get(path, { maxRedirects: 0 });
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages += 1;
    const html = await response.text();
    await visit(path, html);
    for (const [, href] of html.matchAll(/href="(\/[^"#?]*)(?:\?[^"#]*)?"/g)) {
      const target = href!.replace(/\/$/, "") || "/";
      if (!seen.has(target) && !NOT_PAGES.test(target) && !target.startsWith("/admin") && !target.startsWith("/fr/admin")) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return pages;
}
