// The privacy sweep (issue 11): the public pages, crawled from the home page by following the
// portal's own links, as an anonymous visitor and as a signed-in resident, in both languages, in
// their HTML and in their RSC payloads (what client-side navigation fetches): no e-mail address but
// the commune's public contact (and, for the resident, their own), and no national ID number (CIN)
// but the made-up examples the forms' hints show. Open-data files have their own check (tests/integration/open-data.test.ts)
// and so do the server's logs (server-logs.check.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL } from "./config";
import { crawlPublicPages, signedInClient } from "./crawl";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const CIN = /\b[A-Z]{1,2}\d{5,7}\b/g;
const PUBLIC_CONTACT = "contact@bni-mathar.example";

/** The examples the interface itself shows (placeholders, format hints such as "AB123456"): every message file's e-mail- and CIN-shaped strings. */
function interfaceExamples(): Set<string> {
  const files = [...readdirSync("messages").filter((f) => f.endsWith(".json")).map((f) => path.join("messages", f)), ...["ar", "fr"].flatMap((l) => readdirSync(path.join("messages", l)).map((f) => path.join("messages", l, f)))];
  const text = files.map((file) => readFileSync(file, "utf8")).join("\n");
  return new Set([...(text.match(EMAIL) ?? []), ...(text.match(CIN) ?? [])].map((value) => value.toLowerCase()));
}
const RESIDENT = "citizen@demo.bni-mathar.example";
/** Enough to reach every kind of public page through the navigation and lists, without crawling every record. */
const MAX_PAGES = 160;

async function crawl(client: APIRequestContext, allowed: Set<string>): Promise<{ pages: number; leaks: string[] }> {
  const leaks: string[] = [];
  const pages = await crawlPublicPages(client, MAX_PAGES, async (path, html) => {
    const rsc = await (await client.get(path, { headers: { RSC: "1" }, maxRedirects: 0 })).text();
    for (const [kind, body] of [["html", html], ["rsc", rsc]] as const) {
      for (const found of [...(body.match(EMAIL) ?? []), ...(body.match(CIN) ?? [])]) {
        if (!allowed.has(found.toLowerCase())) leaks.push(`${path} (${kind}): ${found}`);
      }
    }
  });
  return { pages, leaks };
}

test.describe.configure({ timeout: 600_000 });

test("no personal data on the public pages, for a visitor and for a signed-in resident", async ({ playwright, browser }) => {
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  const examples = interfaceExamples();
  const visitor = await crawl(anonymous, new Set([PUBLIC_CONTACT, ...examples]));
  await anonymous.dispose();

  const signedIn = await signedInClient(playwright, browser, RESIDENT.split("@")[0]!);
  // The resident's own address is theirs to see (their account, the forms it pre-fills).
  const resident = await crawl(signedIn, new Set([PUBLIC_CONTACT, ...examples, RESIDENT]));
  await signedIn.dispose();

  console.log(`privacy sweep: ${visitor.pages} pages as a visitor, ${resident.pages} as a resident (HTML and RSC each)`);
  // The crawl reached the modules, not just the home page.
  expect(visitor.pages).toBeGreaterThan(60);
  expect([...visitor.leaks, ...resident.leaks]).toEqual([]);
});
