// Security headers on every response (issue 11, targets.md #17), not only on the home page that
// home.spec.ts checks: the public pages crawled from the home page in both languages, the staff
// pages crawled from /admin by the administrator, the API routes, the framework's static files,
// redirects and error pages. Every HTML page carries the nonce-based CSP (and its scripts that very
// nonce); every response carries nosniff and the referrer policy; behind the https proxy every page
// and route adds HSTS. The session and CSRF cookies are HttpOnly and SameSite=Lax. The CSP's
// report endpoint answers a browser's report with a 204 and anything else with a 4xx, never a 500.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { BASE_URL, CSP_SELF_TEST_PAGE } from "./config";
import { DEMO_PASSWORD, signIn } from "./helpers";

/** Enough pages to meet every layout and kind of response, without crawling every record. */
const MAX_PAGES = 60;
const SKIP = /^\/(api|_next)\/|\.(ics|xml|csv|json|pdf|txt|ico|png|jpg|svg)$|\/signout/;

/** The pages reached from `start` through the portal's own links (breadth first). */
async function crawl(client: APIRequestContext, start: string[], within: RegExp): Promise<Map<string, APIResponse>> {
  const queue = [...start];
  const seen = new Set(queue);
  const pages = new Map<string, APIResponse>();
  while (queue.length > 0 && pages.size < MAX_PAGES) {
    const path = queue.shift()!;
    const response = await client.get(path, { maxRedirects: 0 });
    pages.set(path, response);
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const [, href] of (await response.text()).matchAll(/href="(\/[^"#?]*)(?:\?[^"#]*)?"/g)) {
      const target = href!.replace(/\/$/, "") || "/";
      if (!seen.has(target) && !SKIP.test(target) && within.test(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return pages;
}

/** What is wrong with one response's headers ([] when nothing). */
async function headerProblems(path: string, response: APIResponse, { https }: { https: boolean }): Promise<string[]> {
  const headers = response.headers();
  const problems: string[] = [];
  if (headers["x-content-type-options"] !== "nosniff") problems.push("no nosniff");
  if (headers["referrer-policy"] !== "strict-origin-when-cross-origin") problems.push(`referrer policy ${headers["referrer-policy"]}`);
  const hstsSeconds = Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0);
  if (https && hstsSeconds < 31_536_000) problems.push("no HSTS of a year or more behind https");
  if ((headers["content-type"] ?? "").includes("text/html")) {
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp)?.[1];
    if (!nonce) problems.push("no nonce-based script-src");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "report-uri /api/csp-report"]) {
      if (!csp.includes(directive)) problems.push(`CSP without ${directive}`);
    }
    // Every script the page ships carries the policy's nonce: none would run otherwise, and none may run without it.
    const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
    const unnonced = scripts.filter((attributes) => !attributes.includes(`nonce="${nonce}"`) && !/type="application\/(ld\+)?json"/.test(attributes));
    if (nonce && unnonced.length > 0) problems.push(`${unnonced.length} script(s) without the nonce`);
  }
  return problems.map((problem) => `${path} (${response.status()}): ${problem}`);
}

test.describe.configure({ timeout: 300_000 });

test("every page, route and file carries the security headers, with HSTS behind https", async ({ playwright, browser }) => {
  const problems: string[] = [];
  let checked = 0;
  for (const https of [false, true]) {
    const extraHTTPHeaders: Record<string, string> = https ? { "x-forwarded-proto": "https" } : {};
    const anonymous = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders });
    const publicPages = await crawl(anonymous, ["/", "/fr", "/signin", "/admin", "/no-such-page"], /^\/(?!admin|fr\/admin)/);
    // Routes, a static file of the framework, a file missing and the CSP endpoint itself (a GET it does not serve).
    const home = await (await anonymous.get("/")).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    expect(chunk).toBeTruthy();
    const others = ["/api/health", "/api/open/catalogue.json", "/api/files/documents/999999", "/api/csp-report", chunk!];
    for (const path of others) publicPages.set(path, await anonymous.get(path, { maxRedirects: 0 }));

    const context = await browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders });
    const page = await context.newPage();
    await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
    const admin = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders, storageState: await context.storageState() });
    await context.close();
    const staffPages = await crawl(admin, ["/admin", "/fr/admin", "/account"], /^\/(fr\/)?(admin|account)/);

    for (const [path, response] of [...publicPages, ...staffPages]) {
      problems.push(...(await headerProblems(path, response, { https })));
      checked += 1;
    }
    await anonymous.dispose();
    await admin.dispose();
  }
  console.log(`security headers: ${checked} responses checked (plain and behind https), ${problems.length} problems`);
  expect(problems).toEqual([]);
});

test("the session and CSRF cookies are HttpOnly and SameSite=Lax", async ({ page, request }) => {
  await signIn(page, "citizen@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  const session = (await page.context().cookies()).find((cookie) => /musharaka\.session$/.test(cookie.name));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Served over http in this run (PUBLIC_URL http://…): Secure only when PUBLIC_URL is https (lib/auth/session-token.test.ts).
  expect(session!.secure).toBe(false);

  const csrf = await request.get("/api/auth/csrf");
  const setCookie = csrf.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
  const csrfCookie = setCookie.find((value) => /csrf-token=/.test(value));
  expect(csrfCookie).toBeTruthy();
  expect(csrfCookie).toMatch(/;\s*HttpOnly/i);
  expect(csrfCookie).toMatch(/;\s*SameSite=Lax/i);
});

test("the CSP report endpoint logs a browser's report and refuses anything else without a 500", async ({ request }) => {
  const report = { "csp-report": { "document-uri": `${BASE_URL}${CSP_SELF_TEST_PAGE}?token=not-logged`, "effective-directive": "script-src-elem", "blocked-uri": "https://elsewhere.example/x.js", disposition: "enforce" } };
  const sent = await request.post("/api/csp-report", { headers: { "content-type": "application/csp-report" }, data: JSON.stringify(report) });
  expect(sent.status()).toBe(204);
  for (const [body, status] of [["not json", 400], ["{}", 400], [JSON.stringify([{ type: "csp-violation" }]), 400], ["x".repeat(20_000), 413]] as const) {
    const refused = await request.post("/api/csp-report", { headers: { "content-type": "application/csp-report" }, data: body });
    expect(refused.status(), body.slice(0, 20)).toBe(status);
  }
});
