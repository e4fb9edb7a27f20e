// A forum topic becomes a petition draft (issue 6): the draft starts with the topic's title and
// description, follows the petition rules, and the two pages link to each other. Chromium with axe.
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const TOPIC = "ولوجية مقر الجماعة للأشخاص في وضعية إعاقة (مثال تجريبي)";

test("a resident turns a forum topic into a petition draft that stays linked to it", async ({ page }) => {
  await signIn(page, "citizen@demo.bni-mathar.example", "musharaka-demo-2026");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/forum");
  await page.getByRole("link", { name: TOPIC }).first().click();
  await page.getByRole("link", { name: "تحويل المشكل إلى مشروع عريضة" }).click();
  await expect(page).toHaveURL(/\/petitions\/new\?fromTopic=\d+$/);
  await expect(page.getByRole("link", { name: TOPIC })).toBeVisible();
  await expect(page.getByLabel(/^موضوع العريضة/)).toHaveValue(TOPIC);
  await expect(page.getByLabel(/^دوافع تقديم العريضة/)).not.toHaveValue("");
  await expectAccessible(page);

  await page.getByLabel(/^الأهداف المتوخاة/).fill("تهيئة ولوج مناسب لمقر الجماعة قبل نهاية السنة.");
  await page.getByLabel(/^أؤكد أن الموضوع يدخل في صلاحيات المجلس/).check();
  await page.getByRole("button", { name: "إنشاء العريضة" }).click();
  await expect(page).toHaveURL(/\/petitions\/\d+/);
  const fromTopic = page.getByText("انطلقت هذه العريضة من موضوع في منتدى الدوار:");
  await expect(fromTopic).toBeVisible();
  await page.getByRole("link", { name: TOPIC }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TOPIC);
  await expectAccessible(page);
});
