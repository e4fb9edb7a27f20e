// Run by the "no-javascript" Playwright project (its name ends in no-js.spec.ts): a resident raises
// a problem in the two-step form and replies, as plain HTML forms (targets.md #6).
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./helpers";

test("a resident raises a problem for the whole commune and replies, without JavaScript", async ({ page }) => {
  const title = `ولوجية مقر الجماعة للكراسي المتحركة ${Date.now()}`;
  await signIn(page, "citizen@demo.bni-mathar.example", "musharaka-demo-2026");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/forum/new");
  await page.getByLabel("الدوار").selectOption("commune");
  await page.getByLabel("العنوان").fill(title);
  await page.getByRole("button", { name: "متابعة" }).click();
  await expect(page.getByRole("heading", { name: /مواضيع مشابهة سبقت إثارتها/ })).toBeVisible();
  await expect(page.getByTestId("similar-topics")).toContainText("ولوجية مقر الجماعة");

  // Bad input first: nothing is lost, the message is clear.
  await page.getByLabel(/^الوصف/).fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "نشر الموضوع" }).click();
  await expect(page.getByRole("alert")).toContainText("هذه الخانة إلزامية");
  await expect(page.getByRole("alert")).toContainText("وسوم HTML");
  await expect(page.getByLabel(/^العنوان/)).toHaveValue(title);

  await page.getByLabel(/^الصنف/).selectOption({ label: "الأشخاص في وضعية إعاقة والفئات الهشة — اختصاص مشترك مع الدولة (المادة 87)" });
  await page.getByLabel(/^الوصف/).fill("لا يوجد ممر مائل أمام مكتب الحالة المدنية.");
  await page.getByRole("button", { name: "نشر الموضوع" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("تم نشر موضوعكم")).toBeVisible();

  await page.getByLabel(/^ردكم/).fill("أضيف: الباب الخلفي أيضاً بدون ممر.");
  await page.getByRole("button", { name: "نشر الرد" }).click();
  await expect(page.getByText("تم نشر ردكم")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "الباب الخلفي أيضاً" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
