// Staff moderate the public discussion of a project: a post can be hidden from the public page
// (never deleted) and shown again. Uses project A6-02, which no other spec writes to.
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const PASSWORD = "musharaka-demo-2026";

test("staff hide an observation from the public project page, and it stays in the admin area", async ({ page }) => {
  const observation = `تعليق خارج عن موضوع المشروع (${Date.now()})`;
  await signIn(page, "citizen@demo.bni-mathar.example", PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/programme/projects/A6-02");
  await page.getByRole("textbox", { name: /^رسالتكم/ }).fill(observation);
  await page.getByRole("button", { name: "نشر الرسالة" }).click();
  await expect(page.getByRole("article").filter({ hasText: observation })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "editor@demo.bni-mathar.example", PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/programme/A6-02/discussion");
  const post = page.getByRole("listitem").filter({ hasText: observation });
  await post.getByRole("button", { name: "إخفاء من الصفحة العمومية" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("أُخفي التعليق من الصفحة العمومية");
  await expect(page.getByRole("listitem").filter({ hasText: observation }).getByRole("button", { name: "إعادة النشر على الصفحة العمومية" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await page.goto("/programme/projects/A6-02");
  await expect(page.getByText(observation)).toHaveCount(0);
});
