// The authorization matrix (issue 11): every admin page and every page of the equality committee's
// workspace, requested over HTTP by every kind of visitor (anonymous, citizen, association, each
// staff role, the committee's chair and rapporteur, the administrator) with real record ids.
// Anonymous visitors are sent to sign in; a signed-in person gets the page only if their roles grant
// the permission the page declares (`pageUserWith("…")`, checked against lib/auth/permissions.ts),
// and a 403 otherwise. A new admin page that declares no permission fails the test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { can } from "../../lib/auth/permissions";
import { E2E_DATABASE_NAME } from "./config";
import { demoRoles, visitorClients, type Visitor as Person } from "./helpers";

/** Every page file under a folder, as its route ("/admin/users/[id]"). */
function pagesUnder(folder: string, routePrefix: string): { route: string; source: string }[] {
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

/** The workspace's own rule (lib/equality/queries.ts workspaceAccess and each page's extra check). */
const WORKSPACE_ACCESS: Record<string, Person[]> = {
  "/equality/workspace": ["committee-chair", "committee-rapporteur", "admin"],
  "/equality/workspace/library": ["committee-chair", "committee-rapporteur", "admin"],
  "/equality/workspace/meetings/[id]": ["committee-chair", "committee-rapporteur", "admin"],
  "/equality/workspace/opinions/[id]": ["committee-chair", "committee-rapporteur", "admin"],
  "/equality/workspace/opinions/new": ["committee-chair", "committee-rapporteur"],
  "/equality/workspace/means": ["committee-chair", "committee-rapporteur", "admin"],
  "/equality/workspace/members": ["committee-chair", "admin"],
  "/equality/workspace/trainings": ["committee-chair", "admin"],
  "/equality/workspace/trainings/[id]": ["committee-chair", "admin"],
};

/** A real id for each dynamic segment (keyed by the route up to it), from the demo data (an unknown id when the demo has none: then the allowed get a 404). */
const RECORD_QUERIES: Record<string, string> = {
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

test.describe.configure({ timeout: 600_000 });

test("every admin and workspace page answers each kind of visitor as their roles allow", async ({ playwright, browser }) => {
  const adminPages = pagesUnder("app/[locale]/(admin)/admin", "/admin").map(({ route, source }) => {
    const permission = /pageUserWith\("([a-z_.]+)"/.exec(source)?.[1];
    return { route, permission };
  });
  // Every admin page says which permission opens it.
  expect(adminPages.filter((page) => !page.permission).map((page) => page.route)).toEqual([]);
  const workspacePages = pagesUnder("app/[locale]/(public)/equality/workspace", "/equality/workspace").map(({ route }) => route);
  expect(workspacePages.sort()).toEqual(Object.keys(WORKSPACE_ACCESS).sort());

  const database = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${E2E_DATABASE_NAME}` });
  await database.connect();
  let roles = new Map<Person, string[]>();
  const addresses = new Map<string, string>();
  try {
    roles = await demoRoles(database);
    for (const route of [...adminPages.map((page) => page.route), ...workspacePages]) {
      // Keyed by the route up to its dynamic segment: "/admin/programme/[code]" serves its sub-pages too.
      const query = RECORD_QUERIES[route.slice(0, route.indexOf("]") + 1)];
      if (!route.includes("[")) addresses.set(route, route);
      else if (!query) throw new Error(`no record query for ${route}`);
      else {
        const { rows } = await database.query<Record<string, string>>(query);
        addresses.set(route, route.replace(/\[[a-z]+\]/, encodeURIComponent(Object.values(rows[0] ?? {})[0] ?? "999999")));
      }
    }
  } finally {
    await database.end();
  }

  // One signed-in HTTP client per person (the cookies of a real sign-in).
  const { clients, dispose } = await visitorClients(playwright, browser);

  const unexpected: string[] = [];
  let checked = 0;
  const expectations: { route: string; allowed: (person: Person) => boolean }[] = [
    ...adminPages.map(({ route, permission }) => ({ route, allowed: (person: Person) => can(roles.get(person)!, permission) })),
    ...workspacePages.map((route) => ({ route, allowed: (person: Person) => WORKSPACE_ACCESS[route]!.includes(person) })),
  ];
  for (const { route, allowed } of expectations) {
    for (const [person, client] of clients) {
      const response = await client.get(addresses.get(route)!, { maxRedirects: 0 });
      const status = response.status();
      checked += 1;
      const ok = person === "anonymous"
        ? status === 307 && /\/signin\?/.test(response.headers().location ?? "")
        : allowed(person) ? status === 200 || status === 404 : status === 403;
      if (!ok) unexpected.push(`${route} as ${person}: ${status}`);
    }
  }
  await dispose();
  console.log(`authorization matrix: ${expectations.length} pages × ${clients.size} visitors = ${checked} requests, ${unexpected.length} unexpected`);
  expect(unexpected).toEqual([]);
});
