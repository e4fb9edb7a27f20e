import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { MAIL_HTTP } from "./config";

/** Fails on any WCAG 2.0/2.1/2.2 A or AA violation, listing each with its targets. */
export async function expectAccessible(page: Page) {
  // After a server action the router re-renders the page; check the settled document.
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Collects Content-Security-Policy violations reported in the browser console. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Waits for the e-mail that the portal sent over SMTP to `to`, and returns the first link matching `pattern`. */
export async function linkFromEmail(to: string, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${MAIL_HTTP}/messages?to=${encodeURIComponent(to)}`)).json()) as { raw: string }[];
        // Quoted-printable bodies fold long lines with "=\n" and encode "=" as "=3D".
        const text = messages.map((m) => m.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=")).join("\n");
        found = text.match(pattern)?.[0];
        return found;
      },
      { timeout: 20_000, message: `an e-mail to ${to} with a link matching ${pattern}` },
    )
    .toBeTruthy();
  return found!;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

export async function signIn(page: Page, email: string, password: string, path = "/signin") {
  await page.goto(path);
  await page.locator("#field-email").first().fill(email);
  await page.locator("#field-password").fill(password);
  await page.locator("form").filter({ has: page.locator("#field-password") }).getByRole("button").click();
}

/** Nothing sticks out sideways: the page fits the phone's width (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The decoded subjects of the e-mails the mail catcher received for `to` (RFC 2047 encoded words). */
export async function subjectsTo(to: string): Promise<string[]> {
  const messages = (await (await fetch(`${MAIL_HTTP}/messages?to=${encodeURIComponent(to)}`)).json()) as { raw: string }[];
  return messages.map(({ raw }) => {
    const header = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
    const line = header.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? "";
    return line
      .replace(/^subject:\s*/i, "")
      .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
        encoding.toLowerCase() === "b"
          ? Buffer.from(text, "base64").toString("utf8")
          : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
      );
  });
}

export const DEMO_PASSWORD = "musharaka-demo-2026";

/** Signs a demo account in afresh (cookies cleared) and waits for its account page. */
export async function signInAsDemo(page: Page, email: string, locale: "ar" | "fr" = "ar") {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD, locale === "fr" ? "/fr/signin" : "/signin");
  await expect(page).toHaveURL(locale === "fr" ? /\/fr\/account$/ : /\/account$/);
}

/** A day `days` from today, typed as staff type it (DD/MM/YYYY). */
export function typedDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

let addresses = 0;

/**
 * This page's requests come from an address of their own (as the reverse proxy reports it in
 * X-Forwarded-For), as a new resident's would: the registration limit per address (10 an hour)
 * then counts each test's residents apart from the suite's other registrations.
 */
export async function comeFromOwnAddress(page: Page) {
  addresses += 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `198.51.${100 + (process.pid % 50)}.${addresses % 250}` });
}

/** A new resident registers in Arabic, verifies the e-mail received over SMTP and signs in (ends on /account). */
export async function registerAndSignIn(page: Page, name: string, email: string, password: string) {
  await page.context().clearCookies();
  await comeFromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("الاسم الكامل").fill(name);
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
  await page.goto(await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "تأكيد بريدي الإلكتروني" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
  await page.context().clearCookies();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account$/);
}
