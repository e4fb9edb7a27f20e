// The bad-input corpus (issue 11): every form the portal renders and every route handler, fed
// empty, oversized, wrongly typed, hostile and forged values. The forms are found, not listed: the
// public pages are crawled as a visitor and as a resident (with their account pages), the admin and
// workspace pages are opened as the administrator and the committee's chair, and each <form> posting
// to a server action is read with its fields as the page rendered them. Each submission changes one
// field (the others stay as rendered) and is sent as a browser without JavaScript sends it
// (multipart, with React's hidden $ACTION_… fields). The route handlers come from app/**/route.ts.
// Every answer must be a 4xx, the page again with its error in the page's language, or a redirect
// that is not to an error page; never a 5xx. What is stored is fingerprinted (fingerprint.ts) before
// and after each form's values that must be refused: every table must be as it was. Then come the
// values a form may store (mayStore: markup, SQL and an emoji are text like any other and are shown
// escaped; an optional field left empty; a checkbox's value; another record's id): what they
// stored is counted and named in the output. The demo data is put back afterwards, so that the
// specs that follow see the seed's commune. The French twin of each form gets one refused value,
// to show its error in French; the Arabic one gets the whole corpus.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { BASE_URL, E2E_DATABASE_NAME } from "./config";
import { addressOf, crawlPublicPages, pagesUnder, signedInClient } from "./crawl";
import { signInAsDemo } from "./helpers";
import { changedTables, fingerprint, restore, snapshot, storedTables } from "./fingerprint";

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

type Bad = { label: string; value: string | "FILE" | "ARRAY"; /** Plain text that a form may accept and store (shown escaped). */ acceptable?: boolean };

const SCRIPT = `<script>alert(1)</script><img src=x onerror=alert(1)>`;
const SQL = `' OR '1'='1'; DROP TABLE users; --`;

/** Sent into every field. */
const EVERY_FIELD: Bad[] = [
  { label: "empty", value: "" },
  { label: "oversized (100,001 characters)", value: "x".repeat(100_001) },
  { label: "a file instead of text", value: "FILE" },
  { label: "the field twice", value: "ARRAY", acceptable: true },
  // Markup, SQL and an emoji in one value: text like any other, which a form may store (it is shown escaped).
  { label: "script tags, SQL and an emoji", value: `نخيل 🌴👍🏽 ${SCRIPT} ${SQL}`, acceptable: true },
  { label: "right-to-left override", value: "invoice\u202Efdp.exe" },
  { label: "zero-width only", value: "\u200B\u200C\u200D\uFEFF" },
  { label: "NUL byte", value: "abc\u0000def" },
];
/** Numbers, ids, years, amounts: also these. */
const NUMBERS: Bad[] = [
  { label: "negative", value: "-1" },
  { label: "beyond 32 bits", value: "2147483648" },
  { label: "not a number", value: "abc" },
];
/** Days. */
const DAYS: Bad[] = [{ label: "impossible day", value: "2026-02-30" }];
const EMAILS: Bad[] = [{ label: "not an e-mail", value: "not-an-email" }];
/** National ID numbers (CIN). */
const CINS: Bad[] = [{ label: "invalid CIN", value: "ZZ!1" }];
/** Hidden ids: forged ones (another person's records are the neighbours of the rendered id). */
const FORGED_IDS: Bad[] = [
  { label: "forged id 0", value: "0" },
  { label: "forged id 999999999", value: "999999999" },
  { label: "forged uuid", value: "00000000-0000-4000-8000-000000000000" },
];
/** Values kept short enough to go into a query string or a path. */
const QUERY_VALUES: Bad[] = [
  { label: "empty", value: "" },
  { label: "long (5,000 characters)", value: "9".repeat(5000) },
  { label: "script tags", value: SCRIPT },
  { label: "SQL fragment", value: SQL },
  { label: "right-to-left override", value: "a\u202Eb" },
  { label: "zero-width", value: "\u200B" },
  { label: "NUL byte", value: "a\u0000b" },
  { label: "negative", value: "-1" },
  { label: "beyond 32 bits", value: "2147483648" },
  { label: "not a number", value: "abc" },
  { label: "path climbing", value: "../../etc/passwd" },
];

/** On the French pages, the values that every field must refuse: the error must be in French. */
const FRENCH: Bad[] = EVERY_FIELD.filter((bad) => bad.label === "NUL byte");

/**
 * Whether a form may take this value into this field and store it: text that only looks odd (it is
 * shown escaped), the field sent twice (the last value counts, as for any form), an optional field
 * left empty, any value of a checkbox (anything but "on" reads as unticked), and another record's id
 * (whether this visitor may act on that record is the authorization matrix's question).
 */
function mayStore(field: Field, bad: Bad): boolean {
  if (bad.acceptable || field.kind === "checkbox" || field.kind === "radio") return true;
  // Where to go back to (after signing in, say): only ever a path of the portal's own, and never what the form does.
  if (/^(returnTo|callbackUrl)$/.test(field.name)) return true;
  // Zero-width characters only read as empty.
  if (bad.label === "empty" || bad.label === "zero-width only") {
    // An edit form whose hidden id is emptied is the "new" form: the same person may create the record from there.
    if (field.kind === "hidden") return /Id$/.test(field.name);
    return !field.required;
  }
  return bad.label.startsWith("another record's id");
}

function corpusFor(field: Field): Bad[] {
  const name = field.name;
  const typed = ["text", "textarea", "email", "tel", "search", "password"].includes(field.kind);
  // What the page chose (hidden fields, lists) is also sent twice.
  const list = EVERY_FIELD.filter((bad) => !typed || bad.value !== "ARRAY");
  if (field.kind === "number" || /(^id$|Id$|Ids$|year|amount|count|order|position|score|rank|votes|cost)/i.test(name)) list.push(...NUMBERS);
  if (field.kind === "date" || /(date|day|At$|deadline)/i.test(name)) list.push(...DAYS);
  if (field.kind === "email" || /email/i.test(name)) list.push(...EMAILS);
  if (/idNumber|cin/i.test(name)) list.push(...CINS);
  if (field.kind === "hidden" && /(^id$|Id$|code$|reference$)/.test(name)) {
    list.push(...FORGED_IDS.filter((bad) => bad.value.includes("-") === field.value.includes("-")));
    // Other people's records: the rows next to the rendered one.
    if (/^\d+$/.test(field.value)) list.push({ label: "another record's id (+1)", value: String(Number(field.value) + 1) }, { label: "another record's id (−1)", value: String(Number(field.value) - 1) });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// Reading forms out of the HTML (the server's, as a browser without JavaScript gets it)
// ---------------------------------------------------------------------------------------------

type Field = { name: string; kind: string; value: string; required: boolean };
type Form = { page: string; locale: "ar" | "fr"; method: "post" | "get"; action: string; key: string; entries: [string, string][]; fields: Field[] };

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/\s([\w:$-]+)(?:="([^"]*)")?/g)) found[name!.toLowerCase()] = decode(value ?? "");
  return found;
}

function formsOf(page: string, html: string): Form[] {
  const locale = /<html[^>]*\slang="fr"/.test(html) ? "fr" : "ar";
  const forms: Form[] = [];
  for (const [, formTag, body] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const form = attributes(formTag!);
    const method = (form.method ?? "get").toLowerCase() === "post" ? "post" : "get";
    const entries: [string, string][] = [];
    const fields: Field[] = [];
    let submitter = false;
    for (const [element] of body!.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>[\s\S]*?<\/textarea>|<select\b[^>]*>[\s\S]*?<\/select>|<button\b[^>]*>/g)) {
      const tag = element.slice(1, element.search(/[\s>]/)).toLowerCase();
      const a = attributes(element.slice(0, element.indexOf(">") + 1));
      if (!a.name || "disabled" in a) continue;
      if (tag === "button") {
        if (!submitter && (a.type ?? "submit") === "submit") entries.push([a.name, a.value ?? ""]);
        submitter = true;
        continue;
      }
      if (tag === "textarea") {
        const value = decode(element.replace(/^<textarea\b[^>]*>\n?/, "").replace(/<\/textarea>$/, ""));
        entries.push([a.name, value]);
        fields.push({ name: a.name, kind: "textarea", value, required: "required" in a });
      } else if (tag === "select") {
        const options = [...element.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map(([, o, label]) => ({ ...attributes(o!), label: decode(label!) }) as Record<string, string>);
        const chosen = options.find((o) => "selected" in o) ?? options[0];
        const value = chosen ? (chosen.value ?? chosen.label ?? "") : "";
        entries.push([a.name, value]);
        fields.push({ name: a.name, kind: "select", value, required: "required" in a });
      } else {
        const type = (a.type ?? "text").toLowerCase();
        if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
        if ((type === "checkbox" || type === "radio") && !("checked" in a)) {
          if (!fields.some((f) => f.name === a.name)) fields.push({ name: a.name, kind: type, value: a.value ?? "on", required: "required" in a });
          continue;
        }
        entries.push([a.name, a.value ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
        if (!a.name.startsWith("$") && !fields.some((f) => f.name === a.name)) fields.push({ name: a.name, kind: type, value: a.value ?? "", required: "required" in a });
      }
    }
    // The server action: $ACTION_ID_<id> (a plain action) or $ACTION_n:0 = {"id":…} (useActionState).
    const actionId = entries.find(([n]) => n.startsWith("$ACTION_ID_"))?.[0].slice(11) ?? (JSON.parse(entries.find(([n]) => /^\$ACTION_\d+:0$/.test(n))?.[1] ?? "{}") as { id?: string }).id;
    if (method === "post" && !actionId) continue;
    const action = method === "post" ? page : form.action || page;
    const key = method === "post" ? `${actionId}|${fields.map((f) => f.name).sort().join(",")}|${locale}` : `GET ${action.replace(/^\/fr(\/|$)/, "/").replace(/\/(douars|topics|petitions|projects|consultations)\/[^/?]+/, "/$1/…")}|${fields.map((f) => f.name).sort().join(",")}`;
    forms.push({ page, locale, method, action, key, entries, fields });
  }
  return forms;
}

/** Forms that end the visitor's session rather than take data: posting to them would sign the sweep out. */
function endsSession(form: Form): boolean {
  return form.fields.length === 0 && /signout|sign-out/i.test(form.key + form.entries.map(([n, v]) => n + v).join(""));
}

// ---------------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------------

type Verdict = "refused" | "form error" | "accepted" | "ignored" | "server error" | "wrong language";
let addressCounter = 0;

function submission(form: Form, field: Field, bad: Bad): FormData {
  const data = new FormData();
  let placed = false;
  const place = () => {
    placed = true;
    if (bad.value === "FILE") data.append(field.name, new File(["not text"], "x.txt", { type: "text/plain" }));
    else for (const value of bad.value === "ARRAY" ? ["a", "b"] : [bad.value]) data.append(field.name, value);
  };
  for (const [name, value] of form.entries) {
    if (name !== field.name) data.append(name, value);
    else if (!placed) place();
  }
  // A checkbox or radio button left unticked is not in the rendered entries: tick it with the bad value.
  if (!placed) place();
  return data;
}

/** Each submission from an address of its own, so that the per-address limits do not answer in place of the validation. */
function headers(): Record<string, string> {
  addressCounter += 1;
  return { origin: BASE_URL, "x-real-ip": `203.0.${Math.floor(addressCounter / 250) % 250}.${addressCounter % 250}` };
}

/** The text of the first role="alert" element (the error summary), tags stripped. */
function alertText(html: string): string | null {
  const open = /<([a-z]+)[^>]*\srole="alert"[^>]*>/.exec(html);
  if (!open) return null;
  const tag = open[1]!;
  let depth = 0;
  let end = open.index;
  for (const match of html.slice(open.index).matchAll(new RegExp(`<(/?)${tag}\\b[^>]*>`, "g"))) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = open.index + match.index! + match[0].length;
      break;
    }
  }
  return decode(html.slice(open.index, end).replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();
}

function inLanguage(text: string, locale: "ar" | "fr"): boolean {
  const arabic = /[\u0621-\u064A]{2,}/.test(text);
  return locale === "ar" ? arabic : !arabic && /[A-Za-zÀ-ÿ]{3,}/.test(text);
}

async function judge(response: APIResponse, locale: "ar" | "fr"): Promise<{ verdict: Verdict; detail: string }> {
  const status = response.status();
  if (status >= 500) return { verdict: "server error", detail: `${status}` };
  if (status >= 400) return { verdict: "refused", detail: `${status}` };
  if (status >= 300) {
    const location = response.headers().location ?? "";
    if (/[?&]error=|\/signin(\?|$)/.test(location)) return { verdict: "refused", detail: `${status} → ${location}` };
    return { verdict: "accepted", detail: `${status} → ${location}` };
  }
  const html = await response.text();
  const alert = alertText(html);
  if (alert !== null) return inLanguage(alert, locale) ? { verdict: "form error", detail: alert.slice(0, 80) } : { verdict: "wrong language", detail: alert.slice(0, 120) };
  if (/\srole="status"/.test(html)) return { verdict: "accepted", detail: "200 with a status message" };
  return { verdict: "ignored", detail: "200, the page again without a message" };
}

// ---------------------------------------------------------------------------------------------
// Route handlers
// ---------------------------------------------------------------------------------------------

type Route = { file: string; url: string; methods: string[]; params: string[] };

function routeHandlers(): Route[] {
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "route.ts") {
        const source = readFileSync(full, "utf8");
        const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, a, b]) => (a ?? b)!);
        const params = [...new Set([...source.matchAll(/searchParams\.get\("([a-zA-Z]+)"\)/g)].map(([, p]) => p!))];
        const url = `/${path.relative("app", dir).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
        found.push({ file: full, url, methods, params });
      }
    }
  };
  walk("app");
  return found;
}

/** A real id for each file route: someone's record, which others must not get (private files answer 404). */
const FILE_RECORDS: Record<string, string> = {
  "/api/files/association-documents/[id]": "SELECT id::text FROM association_documents ORDER BY id LIMIT 1",
  "/api/files/committee-documents/[id]": "SELECT id::text FROM committee_documents ORDER BY id LIMIT 1",
  "/api/files/petition-id-copies/[id]": "SELECT id::text FROM petition_signatures WHERE id_copy_key IS NOT NULL ORDER BY id LIMIT 1",
};

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The figures, written into docs/security.md (its own section) and .data/bad-input-result.json
// ---------------------------------------------------------------------------------------------

type BadInputResult = {
  date: string; pages: number; forms: number; searchForms: number; routeHandlers: number; tried: number; rejected: number; formErrors: number;
  stored: number; sentBack: number; ignored: number; answered: number; serverErrors: number; wrongLanguage: number; unsafe: number;
  tablesWritten: string[]; storedValues: string[]; ignoredForms: string[];
};

const HEADING = "## Bad input: every form and route handler";

function writeResult(r: BadInputResult): void {
  writeFileSync(".data/bad-input-result.json", `${JSON.stringify(r, null, 2)}\n`);
  const section = `${HEADING}

Written by \`tests/e2e/bad-input.spec.ts\` (part of \`npm test\`), last run ${r.date}. The forms are found, not listed: ${r.pages} pages read
as a visitor, a resident, an association, the administrator and the committee's chair give **${r.forms} forms** posting to
server actions (each in Arabic, and in French when the page has one) and ${r.searchForms} search and filter forms; the
**${r.routeHandlers} route handlers** are the files \`app/**/route.ts\`. Each submission changes one field, sent as a browser
without JavaScript sends it: empty, 100,001 characters, a file instead of text, the field twice, script tags with SQL
and an emoji, a right-to-left override, zero-width characters only, a NUL byte; wrong numbers, days, e-mails and CINs where the field
takes one; hidden ids forged (0, 999999999, a made-up uuid) and the ids of the neighbouring records. Route handlers get odd
query strings, path segments (forged and other people's ids, path climbing) and bodies (broken JSON, 2 MB of NUL bytes).

- **${r.tried} inputs tried, ${r.rejected} rejected cleanly** (a 4xx, or the page again with its error in the page's
  language: ${r.formErrors} form errors), **${r.serverErrors} answered with a 5xx** (must be 0), ${r.wrongLanguage} errors in the
  wrong language.
- The others: ${r.stored} values that a form may store were stored (odd text shown escaped, an optional field left
  empty, a checkbox's value, another record the person may act on; listed in the test's output); ${r.sentBack} bad values
  answered with a redirect and ${r.ignored} with the page again without a message (one-button forms whose hidden
  fields were forged), none of them changing anything stored; ${r.answered} search queries and route-handler requests
  answered normally (a list, an empty result, a file the visitor may have).
- **Stored data**: every table is fingerprinted (row count and a hash of the rows) around each form's batch. Values
  that must be refused changed nothing (${r.unsafe} exceptions); the acceptable ones wrote to ${r.tablesWritten.length ? r.tablesWritten.join(", ") : "no table"}.
  The demo data is then put back as it was, so that the specs that follow see the seed's commune.
- Found by its first run and fixed: a NUL byte in any text field or query string, and ids beyond 32 bits in hidden
  fields, answered 500 (PostgreSQL refuses both); a text made only of zero-width characters was stored as if it
  were a title.
`;
  const file = "docs/security.md";
  const current = readFileSync(file, "utf8");
  const start = current.indexOf(HEADING);
  const next = start === -1 ? current.indexOf("\n## Not measured yet") + 1 : current.indexOf("\n## ", start + 1) + 1;
  const updated = start === -1 ? `${current.slice(0, next)}${section}\n${current.slice(next)}` : `${current.slice(0, start)}${section}${next === 0 ? "" : `\n${current.slice(next)}`}`;
  writeFileSync(file, updated);
}

type Tally = {
  tried: number; refused: number; formErrors: number; accepted: number; sentBack: number; ignored: number;
  serverErrors: string[]; wrongLanguage: string[]; acceptedList: Set<string>; ignoredList: Set<string>; unsafeChanges: string[]; tablesWritten: Set<string>;
};

function tally(): Tally {
  return { tried: 0, refused: 0, formErrors: 0, accepted: 0, sentBack: 0, ignored: 0, serverErrors: [], wrongLanguage: [], acceptedList: new Set(), ignoredList: new Set(), unsafeChanges: [], tablesWritten: new Set() };
}

/** Runs `work` over `items` with a few requests in flight (the server has two cores). */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>, lanes = 4): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const VISITORS = ["anonymous", "citizen", "association", "admin", "committee-chair"] as const;
type Visitor = (typeof VISITORS)[number];
const MAX_PUBLIC_PAGES = 120;
const SNAPSHOT_SCHEMA = "bad_input_snapshot";

// A full page is rendered for each submission: several minutes on a busy 2-core machine.
test.describe.configure({ timeout: 900_000 });

test("bad input into every form and route handler: never a 5xx, a clear refusal in the page's language, nothing stored changed", async ({ playwright, browser }) => {
  const database = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${E2E_DATABASE_NAME}` });
  await database.connect();
  const clients = new Map<Visitor, APIRequestContext>();
  clients.set("anonymous", await playwright.request.newContext({ baseURL: BASE_URL }));
  for (const person of VISITORS.filter((v) => v !== "anonymous")) clients.set(person, await signedInClient(playwright, browser, person));

  const timings: string[] = [];
  let lap = Date.now();
  const time = (step: string) => {
    timings.push(`${step} ${((Date.now() - lap) / 1000).toFixed(0)} s`);
    lap = Date.now();
  };
  // 1. Find the forms, as each visitor that can open their pages.
  const adminRoutes = pagesUnder("app/[locale]/(admin)/admin", "/admin").map((p) => p.route);
  const workspaceRoutes = pagesUnder("app/[locale]/(public)/equality/workspace", "/equality/workspace").map((p) => p.route);
  const accountRoutes = pagesUnder("app/[locale]/(account)", "").map((p) => p.route).filter((r) => !r.includes("["));
  const forms = new Map<string, { visitor: Visitor; form: Form }>();
  const collect = (visitor: Visitor) => async (page: string, html: string) => {
    for (const form of formsOf(page, html)) if (!forms.has(form.key) && !endsSession(form)) forms.set(form.key, { visitor, form });
  };
  let pagesRead = 0;
  /** Each page in Arabic, and in French too when it holds a form. */
  const visit = async (visitor: Visitor, routes: string[]) => {
    for (const route of routes) {
      const address = await addressOf(database, route);
      for (const page of [address, `/fr${address}`]) {
        const response = await clients.get(visitor)!.get(page, { maxRedirects: 0 });
        pagesRead += 1;
        if (response.status() !== 200 || !(response.headers()["content-type"] ?? "").includes("text/html")) break;
        const html = await response.text();
        await collect(visitor)(page, html);
        if (!formsOf(page, html).some((form) => form.method === "post")) break;
      }
    }
  };
  pagesRead += await crawlPublicPages(clients.get("anonymous")!, MAX_PUBLIC_PAGES, collect("anonymous"));
  pagesRead += await crawlPublicPages(clients.get("citizen")!, MAX_PUBLIC_PAGES, collect("citizen"));
  await visit("citizen", accountRoutes);
  await visit("association", accountRoutes);
  await visit("admin", [...adminRoutes, ...workspaceRoutes]);
  await visit("committee-chair", workspaceRoutes);
  const postForms = [...forms.values()].filter(({ form }) => form.method === "post");
  const getForms = [...forms.values()].filter(({ form }) => form.method === "get" && form.locale === "ar");

  time("crawl");
  // 2. What is stored now, and a copy to put back afterwards.
  const tables = await storedTables(database);
  const initial = await fingerprint(database, tables);
  // The rate-limit counters are put back too: the sweep's submissions must not use up the demo accounts' allowances.
  await snapshot(database, [...tables, "rate_limit_buckets"], SNAPSHOT_SCHEMA);

  const formTally = tally();
  let restored = false;
  try {
    // 3. Every field of every form, one bad value at a time: first the values that must be
    // refused (nothing may change), then those a form may take (their changes are named).
    for (const { visitor, form } of postForms) {
      const client = clients.get(visitor)!;
      // In French, one refused value per form shows the language (the Arabic twin got the whole corpus).
      const typed = form.fields.find((field) => ["text", "textarea", "email", "tel", "search"].includes(field.kind)) ?? form.fields[0];
      const jobs = form.locale === "fr"
        ? (typed ? FRENCH.map((bad) => ({ field: typed, bad, mayStore: false })) : [])
        : form.fields.flatMap((field) => corpusFor(field).map((bad) => ({ field, bad, mayStore: mayStore(field, bad) })));
      for (const phase of [false, true]) {
        const before = await fingerprint(database, tables);
        const sentBack: string[] = [];
        await inParallel(jobs.filter((job) => job.mayStore === phase), async ({ field, bad }) => {
          const response = await client.post(form.action, { multipart: submission(form, field, bad), headers: { ...headers(), accept: "text/html" }, maxRedirects: 0, timeout: 30_000 });
          const { verdict, detail } = await judge(response, form.locale);
          const where = `${visitor} ${form.page} [${field.name}] ${bad.label}`;
          formTally.tried += 1;
          if (verdict === "server error") formTally.serverErrors.push(`${where}: ${detail}`);
          else if (verdict === "wrong language") formTally.wrongLanguage.push(`${where}: ${detail}`);
          else if (verdict === "refused") formTally.refused += 1;
          else if (verdict === "form error") formTally.formErrors += 1;
          else if (verdict === "ignored") {
            formTally.ignored += 1;
            formTally.ignoredList.add(`${visitor} ${form.page} (${form.fields.map((f) => f.name).join(", ")})`);
          } else if (phase) {
            formTally.accepted += 1;
            formTally.acceptedList.add(`${form.page.replace(/\/\d+/g, "/…")} [${field.name}] ${bad.label}`);
          } else {
            formTally.sentBack += 1;
            sentBack.push(`${where}: ${detail}`);
          }
        });
        const changed = changedTables(before, await fingerprint(database, tables));
        if (!phase && changed.length > 0) formTally.unsafeChanges.push(`${visitor} ${form.page}: values that must be refused changed ${changed.join(", ")} (answered without an error: ${sentBack.join("; ") || "none"})`);
        if (phase) for (const table of changed) formTally.tablesWritten.add(table);
      }
    }

    time("forms");
    // 4. The search and filter forms (GET): bad values in their query strings.
    const queries = tally();
    for (const { visitor, form } of getForms) {
      const client = clients.get(visitor)!;
      const jobs = form.fields.flatMap((field) => QUERY_VALUES.map((bad) => ({ field, bad })));
      await inParallel(jobs, async ({ field, bad }) => {
        const params = new URLSearchParams(form.entries.filter(([n]) => n !== field.name));
        params.append(field.name, bad.value as string);
        const response = await client.get(`${form.action}?${params}`, { headers: headers(), maxRedirects: 0 });
        queries.tried += 1;
        if (response.status() >= 500) queries.serverErrors.push(`${visitor} GET ${form.action} [${field.name}] ${bad.label}: ${response.status()}`);
        else queries.refused += 1;
      });
    }

    time("search forms");
    // 5. Every route handler: bad query strings, path segments and bodies.
    const routes = routeHandlers();
    const requests: { visitor: Visitor; method: string; url: string; body?: string | Buffer; contentType?: string; label: string; mustRefuse?: boolean }[] = [];
    for (const route of routes) {
      const dynamic = /\[(?:\.\.\.)?[a-z]+\]/i.test(route.url);
      const fill = (value: string) => route.url.replace(/\[(?:\.\.\.)?[a-z]+\]/gi, encodeURIComponent(value));
      const base = !dynamic ? route.url : fill(route.url.includes("nextauth") ? "session" : route.url.includes("[year]") ? String(new Date().getUTCFullYear()) : "1");
      const visitors: Visitor[] = route.url.startsWith("/api/admin") ? ["anonymous", "citizen", "admin"] : ["anonymous", "citizen"];
      // The query parameters the handler reads, as a visitor.
      for (const param of route.params) for (const bad of QUERY_VALUES) requests.push({ visitor: "anonymous", method: "GET", url: `${base}?${new URLSearchParams({ [param]: bad.value as string })}`, label: `?${param}= ${bad.label}` });
      for (const visitor of visitors) {
        if (dynamic) for (const bad of [...QUERY_VALUES, ...FORGED_IDS]) requests.push({ visitor, method: "GET", url: fill(bad.value as string), label: `path ${bad.label}` });
        else requests.push({ visitor, method: "GET", url: `${base}?page=-1&format=%3Cscript%3E&year=abc`, label: "odd query" });
        if (route.url.includes("nextauth")) for (const action of ["signin", "callback/credentials", "csrf", "providers", "signout"]) requests.push({ visitor, method: "POST", url: `/api/auth/${action}`, body: `email=${encodeURIComponent(SQL)}&password=%00&csrfToken=forged`, contentType: "application/x-www-form-urlencoded", label: `POST ${action} forged` });
        requests.push({ visitor, method: "POST", url: base, body: '{"id": 1, "broken": ', contentType: "application/json", label: "POST broken JSON" });
        requests.push({ visitor, method: "PUT", url: base, body: "id=2147483648&x=%00", contentType: "application/x-www-form-urlencoded", label: "PUT a form" });
      }
      requests.push({ visitor: "anonymous", method: "POST", url: base, body: Buffer.alloc(2 * 1024 * 1024, 0), contentType: "application/octet-stream", label: "POST 2 MB of NUL bytes" });
      // Someone else's private file, asked for by a visitor and by a resident: 404, as for a missing one.
      const query = FILE_RECORDS[route.url];
      if (query) {
        const { rows } = await database.query<{ id: string }>(query);
        for (const row of rows) for (const visitor of ["anonymous", "citizen"] as const) requests.push({ visitor, method: "GET", url: fill(row.id), label: "another person's private file", mustRefuse: true });
      }
    }
    const handlers = tally();
    await inParallel(requests, async (request) => {
      const response = await clients.get(request.visitor)!.fetch(request.url, {
        method: request.method, data: request.body, headers: { ...headers(), ...(request.contentType ? { "content-type": request.contentType } : {}) }, maxRedirects: 0, timeout: 30_000,
      });
      await response.body().catch(() => undefined);
      handlers.tried += 1;
      const status = response.status();
      const where = `${request.visitor} ${request.method} ${request.url.slice(0, 120)} (${request.label})`;
      if (status >= 500) handlers.serverErrors.push(`${where}: ${status}`);
      else if (request.mustRefuse && status < 400) handlers.unsafeChanges.push(`${where}: ${status}, the file was served`);
      else if (status >= 400) handlers.refused += 1;
      else handlers.accepted += 1;
    });

    time("route handlers");
    // 6. Stored data: unchanged by what had to be refused (checked per form above); the demo data goes back as it was.
    const changed = changedTables(initial, await fingerprint(database, tables));
    await restore(database, [...changed, "rate_limit_buckets"], SNAPSHOT_SCHEMA);
    restored = true;
    expect(changedTables(initial, await fingerprint(database, tables))).toEqual([]);

    const serverErrors = [...formTally.serverErrors, ...queries.serverErrors, ...handlers.serverErrors];
    const result: BadInputResult = {
      date: new Date().toISOString().slice(0, 10),
      pages: pagesRead, forms: postForms.length, searchForms: getForms.length, routeHandlers: routes.length,
      tried: formTally.tried + queries.tried + handlers.tried,
      rejected: formTally.refused + formTally.formErrors + handlers.refused,
      formErrors: formTally.formErrors,
      stored: formTally.accepted,
      sentBack: formTally.sentBack,
      ignored: formTally.ignored,
      answered: queries.tried - queries.serverErrors.length + handlers.accepted,
      serverErrors: serverErrors.length,
      wrongLanguage: formTally.wrongLanguage.length,
      unsafe: formTally.unsafeChanges.length + handlers.unsafeChanges.length,
      tablesWritten: [...formTally.tablesWritten].sort(),
      storedValues: [...formTally.acceptedList].sort(),
      ignoredForms: [...formTally.ignoredList].sort(),
    };
    console.log(`bad input: ${JSON.stringify({ ...result, storedValues: result.storedValues.length, ignoredForms: result.ignoredForms.length })}`);
    console.log(`  time: ${timings.join(", ")}`);
    for (const line of serverErrors.slice(0, 60)) console.log(`  5xx: ${line}`);
    for (const line of formTally.wrongLanguage.slice(0, 20)) console.log(`  wrong language: ${line}`);
    for (const line of [...formTally.unsafeChanges, ...handlers.unsafeChanges]) console.log(`  stored data changed: ${line}`);
    for (const line of result.storedValues) console.log(`  stored: ${line}`);
    for (const line of result.ignoredForms) console.log(`  no message: ${line}`);
    writeResult(result);

    expect(serverErrors).toEqual([]);
    expect(formTally.wrongLanguage).toEqual([]);
    expect([...formTally.unsafeChanges, ...handlers.unsafeChanges]).toEqual([]);
  } finally {
    if (!restored) await restore(database, [...tables, "rate_limit_buckets"], SNAPSHOT_SCHEMA).catch(() => undefined);
    await database.query(`DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE`).catch(() => undefined);
    await database.end();
    for (const client of clients.values()) await client.dispose();
  }
});

test("in the browser, a refused value comes back with its error in the page's language, and what was typed is kept", async ({ page }) => {
  const name = "أحمد\u202Eالعلوي";
  for (const { path, language } of [{ path: "/register", language: /[\u0621-\u064A]{3,}/ }, { path: "/fr/register", language: /caractères invisibles/ }]) {
    await page.goto(path);
    await page.locator("#field-name").fill(name);
    await page.locator("#field-email").fill("bidi@example.org");
    await page.locator("#field-password").fill("a long enough password");
    await page.locator("form").filter({ has: page.locator("#field-password") }).getByRole("button").click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(alert).toHaveText(language);
    if (path.startsWith("/fr")) await expect(alert).not.toHaveText(/[\u0621-\u064A]/);
    await expect(page.locator("#field-name")).toHaveValue(name);
    await expect(page.locator("#field-email")).toHaveValue("bidi@example.org");
  }
  // A forum reply made only of zero-width characters reads as empty, in French.
  await signInAsDemo(page, "citizen@demo.bni-mathar.example", "fr");
  await page.goto("/fr/forum");
  await page.getByRole("main").locator('a[href*="/forum/topics/"]').first().click();
  await page.locator("textarea[name=body]").fill("\u200B\u200D\uFEFF");
  await page.locator("form").filter({ has: page.locator("textarea[name=body]") }).getByRole("button").click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/obligatoire/);
});
