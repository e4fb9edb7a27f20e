// Runs after every other end-to-end test (playwright.config.ts: the "server-logs" project is the
// teardown of the others) and reads the structured log the portal wrote meanwhile: every line is JSON with a request id,
// and no line holds personal data (issue 9; law 09-08) — no e-mail address, no national ID number,
// no password typed during the tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { CSP_SELF_TEST_PAGE, E2E_LOG_FILE } from "./config";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// Moroccan CIN: one or two letters then digits (e.g. ZY100001, as the petition tests type).
const CIN = /\b[A-Z]{1,2}\d{5,7}\b/;

/** Every password the end-to-end tests type, read from their sources so that a new one is covered. */
function passwordsTypedByTheTests(): string[] {
  const directory = path.resolve("tests/e2e");
  const sources = readdirSync(directory).filter((file) => file.endsWith(".ts")).map((file) => readFileSync(path.join(directory, file), "utf8"));
  return [...new Set(sources.flatMap((source) => [...source.matchAll(/PASSWORD\s*=\s*"([^"]+)"/gi)].map((match) => match[1]!)))];
}

test("the server's log lines carry a request id and no personal data", async () => {
  const lines = readFileSync(E2E_LOG_FILE, "utf8").split("\n").filter(Boolean);
  // Even one spec makes dozens of requests; a near-empty log would mean logging is broken.
  expect(lines.length).toBeGreaterThan(20);

  const entries = lines.map((line) => JSON.parse(line) as { requestId?: unknown; msg?: string; path?: string });
  expect(entries.filter((entry) => typeof entry.requestId !== "string" || entry.requestId.length < 8)).toEqual([]);
  expect(entries.some((entry) => entry.msg === "request" && entry.path === "/signin")).toBe(true);

  const passwords = passwordsTypedByTheTests();
  expect(passwords).toContain("musharaka-demo-2026");
  const leaks = lines.filter((line) => EMAIL.test(line) || CIN.test(line) || passwords.some((password) => line.includes(password)));
  expect(leaks).toEqual([]);
});

test("no Content-Security-Policy violation was reported during the run", async () => {
  // Browsers post every violation to the policy's report-uri (app/api/csp-report), which logs it as
  // "csp violation". Only the endpoint's own check (security-headers.spec.ts) may appear, marked by its page.
  const violations = readFileSync(E2E_LOG_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg?: string; violation?: { page?: string } })
    .filter((entry) => entry.msg === "csp violation" && !entry.violation?.page?.endsWith(CSP_SELF_TEST_PAGE));
  expect(violations.map((entry) => JSON.stringify(entry.violation))).toEqual([]);
});
