// The authorization matrix (issue 11): every admin page and every page of the equality committee's
// workspace, requested over HTTP by every kind of visitor (anonymous, citizen, association, each
// staff role, the committee's chair and rapporteur, the administrator) with real record ids.
// Anonymous visitors are sent to sign in; a signed-in person gets the page only if their roles grant
// the permission the page declares (`pageUserWith("…")`, checked against lib/auth/permissions.ts),
// and a 403 otherwise. A new admin page that declares no permission fails the test.
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { can } from "../../lib/auth/permissions";
import { BASE_URL, E2E_DATABASE_NAME } from "./config";
import { addressOf, pagesUnder, signedInClient } from "./crawl";

const PEOPLE = ["citizen", "association", "editor", "bureau", "information-officer", "committee-chair", "committee-rapporteur", "admin"] as const;
type Person = (typeof PEOPLE)[number] | "anonymous";

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
  const roles = new Map<Person, string[]>([["anonymous", []]]);
  const addresses = new Map<string, string>();
  try {
    for (const person of PEOPLE) {
      const { rows } = await database.query<{ role: string }>("SELECT r.role::text AS role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = $1", [`${person}@demo.bni-mathar.example`]);
      roles.set(person, rows.map((row) => row.role.toUpperCase()));
    }
    for (const route of [...adminPages.map((page) => page.route), ...workspacePages]) addresses.set(route, await addressOf(database, route));
  } finally {
    await database.end();
  }

  // One signed-in HTTP client per person (the cookies of a real sign-in).
  const clients = new Map<Person, APIRequestContext>();
  clients.set("anonymous", await playwright.request.newContext({ baseURL: BASE_URL }));
  for (const person of PEOPLE) clients.set(person, await signedInClient(playwright, browser, person));

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
  for (const client of clients.values()) await client.dispose();
  console.log(`authorization matrix: ${expectations.length} pages × ${clients.size} visitors = ${checked} requests, ${unexpected.length} unexpected`);
  expect(unexpected).toEqual([]);
});
