// How a person hears of what they follow, in Chromium with axe: they choose a daily digest for the
// programme's notices, three progress updates reach them as ONE e-mail over SMTP (with a
// one-click unsubscribe header), the header counts the unread notices, and the e-mail's signed
// link stops those e-mails without signing in. Uses the seeded citizen and editor, project A2-02.
import { expect, test, type Page } from "@playwright/test";
import { MAIL_HTTP } from "./config";
import { expectAccessible, signIn, subjectsTo } from "./helpers";

const CITIZEN = "citizen@demo.bni-mathar.example";
const EDITOR = "editor@demo.bni-mathar.example";
const DEMO_PASSWORD = "musharaka-demo-2026";
const PROJECT = "/programme/projects/A2-02";

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
}

test("a citizen chooses a daily digest: three updates arrive as one e-mail, and its link unsubscribes", async ({ page }) => {
  // The e2e server sends a digest once the oldest notice has waited 72 s (NOTIFICATION_DIGEST_HOURS).
  test.slow();
  await signInAs(page, CITIZEN);
  await page.goto(PROJECT);
  await page.getByRole("button", { name: "تتبع المشروع" }).click();
  await expect(page.getByText("أنتم تتبعون هذا المشروع")).toBeVisible();

  await page.getByRole("navigation", { name: "الحساب" }).getByRole("link", { name: /^الإشعارات/ }).click();
  await page.getByRole("link", { name: "طريقة التوصل بالإشعارات" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("طريقة التوصل بالإشعارات");
  await page.getByRole("group", { name: /^برنامج عمل الجماعة/ }).getByLabel("ملخص يومي").check();
  await page.getByRole("button", { name: "حفظ الاختيارات" }).click();
  await expect(page.getByRole("status")).toHaveText("حُفظت اختياراتكم.");
  await expect(page.getByRole("group", { name: /^برنامج عمل الجماعة/ }).getByLabel("ملخص يومي")).toBeChecked();
  await expectAccessible(page);

  await signInAs(page, EDITOR);
  for (const physical of ["21", "22", "23"]) {
    await page.goto(`/admin${PROJECT.replace("/programme/projects", "/programme")}`);
    await page.getByLabel("نسبة الإنجاز المادي (%)").fill(physical);
    await page.getByLabel("نسبة الإنجاز المالي (%)").fill("10");
    await page.getByRole("button", { name: "تسجيل التقدم" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("تم تسجيل التقدم");
  }

  // One e-mail, listing the three updates; no e-mail per update.
  await expect.poll(() => subjectsTo(CITIZEN), { timeout: 150_000, intervals: [2_000] }).toContain("ملخص إشعاراتكم: 3 إشعارات");
  const subjects = await subjectsTo(CITIZEN);
  expect(subjects.filter((s) => s.includes("A2-02"))).toEqual([]);
  const messages = (await (await fetch(`${MAIL_HTTP}/messages?to=${encodeURIComponent(CITIZEN)}`)).json()) as { raw: string }[];
  // Headers as mail programs read them: folded lines joined.
  const headers = messages.map((m) => m.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " "));
  const oneClick = headers.filter((h) => /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im.test(h));
  expect(oneClick.length).toBeGreaterThan(0);
  for (const h of oneClick) expect(h).toMatch(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/api\/unsubscribe\?token=[^>]+>$/im);

  // The header counts the unread notices; the notices are all there.
  await signInAs(page, CITIZEN);
  await expect(page.getByRole("navigation", { name: "الحساب" }).getByRole("link", { name: /^الإشعارات/ })).toContainText(/\d/);
  await page.goto("/account/notifications");
  await expect(page.getByRole("listitem").filter({ hasText: "A2-02" })).toHaveCount(3);

  // The e-mail's link stops the programme's e-mails, without signing in.
  // The digest's own link (earlier tests sent the citizen forum notices too); the catcher keeps arrival order.
  const digestIndex = (await subjectsTo(CITIZEN)).findIndex((subject) => subject.startsWith("ملخص إشعاراتكم"));
  const digestText = messages[digestIndex]!.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const link = digestText.match(/http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[^\s"<>]+/)![0];
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إيقاف الرسائل");
  await expectAccessible(page);
  await page.getByRole("button", { name: "إيقاف الرسائل" }).click();
  await expect(page.getByRole("status")).toContainText("لن تصلكم بعد الآن رسائل «برنامج عمل الجماعة");
  await signInAs(page, CITIZEN);
  await page.goto("/account/notifications/preferences");
  await expect(page.getByRole("group", { name: /^برنامج عمل الجماعة/ }).getByLabel("في البوابة فقط")).toBeChecked();
});

test("a forged unsubscribe link changes nothing and says so, in French", async ({ page }) => {
  await page.goto("/fr/unsubscribe?token=forged.programme.x");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Ce lien n’est pas valide. Vous pouvez changer vos choix après connexion.");
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  await expectAccessible(page);
});
