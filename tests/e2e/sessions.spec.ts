// Council sessions end to end, in Arabic and French, with an axe check on every page visited:
// staff schedule a session, add an item, publish its agenda (the public sees it with its
// publication date), record that it was held, record the decision and vote, publish the decisions
// (the public sees them); the calendar lists it and the iCalendar feed serves it.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const PASSWORD = "musharaka-demo-2026";
const STAFF = "editor@demo.bni-mathar.example";

test.describe.configure({ timeout: 180_000 });

async function signInAs(page: Page, email: string, path = "/signin") {
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, path);
  await expect(page).toHaveURL(/\/account$/);
}

test("staff schedule a session, publish its agenda, then its decisions, and the public sees each in Arabic and French", async ({ page, request }) => {
  const stamp = Date.now();
  const itemAr = `تهيئة ملعب القرب ${stamp}`;
  const itemFr = `Aménagement du terrain de proximité ${stamp}`;

  await signInAs(page, STAFF);
  await page.goto("/admin/sessions");
  await expectAccessible(page);
  await page.getByRole("link", { name: "برمجة دورة" }).click();
  await expect(page).toHaveURL(/\/admin\/sessions\/new$/);
  await expectAccessible(page);
  await page.getByLabel("دورة استثنائية").check();
  await page.getByLabel(/^يوم الافتتاح/).fill("10/11/2026");
  await page.getByLabel(/^يوم الاختتام/).fill("12/11/2026");
  await page.getByLabel(/^المكان \(بالعربية\)/).fill("قاعة الاجتماعات");
  await page.getByLabel(/^المكان \(بالفرنسية\)/).fill("Salle des réunions");
  await page.getByRole("button", { name: "برمجة الدورة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "برمجت الدورة." })).toBeVisible();
  const sessionId = page.url().match(/\/admin\/sessions\/(\d+)/)![1]!;
  await expectAccessible(page);

  // An agenda item from the members, referred to a committee.
  await page.getByLabel(/^مصدر النقطة/).selectOption("MEMBERS");
  await page.getByLabel(/^عنوان النقطة \(بالعربية\)/).fill(itemAr);
  await page.getByLabel(/^عنوان النقطة \(بالفرنسية\)/).fill(itemFr);
  await page.getByLabel(/^اللجنة المحال عليها/).fill("لجنة المرافق العمومية");
  await page.getByRole("button", { name: "إضافة النقطة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "أضيفت النقطة" })).toBeVisible();

  // Not public before the agenda is published.
  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByText(itemAr)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/admin/sessions/${sessionId}`);
  await page.getByRole("button", { name: "نشر جدول الأعمال" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُشر جدول الأعمال." })).toBeVisible();
  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByTestId("agenda")).toContainText(itemAr);
  await expect(page.getByTestId("agenda")).toContainText("بطلب من أعضاء المجلس");
  await expect(page.getByText(/نُشر جدول الأعمال يوم/)).toBeVisible();
  await expectAccessible(page);

  // After the session: held, the decision and vote, then publication.
  await page.goto(`/admin/sessions/${sessionId}`);
  await page.getByRole("button", { name: "تسجيل انعقاد الدورة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "سُجل انعقاد الدورة." })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^نص المقرر/).fill("صادق المجلس على تهيئة الملعب.");
  await page.getByLabel(/^الأصوات المؤيدة/).fill("9");
  await page.getByLabel(/^الأصوات المعارضة/).fill("1");
  await page.getByLabel(/^الممتنعون/).fill("١");
  await page.getByRole("button", { name: "تسجيل المقرر" }).click();
  await expect(page.getByRole("status").filter({ hasText: "سُجل المقرر." })).toBeVisible();
  await page.getByRole("button", { name: "نشر المقررات" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُشرت المقررات." })).toBeVisible();
  await expectAccessible(page);

  // The public, in French: the decision and the vote, and the calendar.
  await page.context().clearCookies();
  await page.goto(`/fr/sessions/${sessionId}`);
  await expect(page.getByTestId("decision")).toContainText("صادق المجلس على تهيئة الملعب.");
  await expect(page.getByTestId("decision")).toContainText("Vote : 9 pour, 1 contre, 1 abstentions");
  await expect(page.getByTestId("agenda")).toContainText(itemFr);
  await expect(page.getByText(/Décisions publiées le/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/fr/sessions");
  await expect(page.getByTestId("past-sessions")).toContainText("Session extraordinaire");
  await expect(page.getByTestId("upcoming-sessions")).toContainText("février 2027");
  await expectAccessible(page);

  const feed = await request.get("/sessions/calendar.ics?lang=fr");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VEVENT\r\n");
  expect(body).toContain("DTSTART;VALUE=DATE:20261110\r\nDTEND;VALUE=DATE:20261113\r\n");
});
