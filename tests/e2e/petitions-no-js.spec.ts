// Run by the "no-javascript" Playwright project (its name ends in no-js.spec.ts): signing a
// petition works as a plain HTML form, errors included, on phones where scripts are off.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./helpers";

test("a citizen signs a petition with JavaScript disabled, after a refused malformed CIN", async ({ page }) => {
  await signIn(page, "committee-chair@demo.bni-mathar.example", "musharaka-demo-2026");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/petitions?status=COLLECTING");
  await page.getByRole("link", { name: /ملعب رياضي للقرب/ }).first().click();
  const before = Number((await page.getByTestId("signature-count").textContent())!.match(/\d+/)?.[0]);

  await page.getByLabel("الاسم الكامل").fill("رئيسة تجريبية");
  await page.getByLabel("رقم البطاقة الوطنية للتعريف").fill("12AB");
  await page.getByLabel("العنوان بالجماعة").fill("دوار الزاوية");
  await page.getByLabel("مقيم(ة) بالجماعة").check();
  await page.getByRole("button", { name: "أوقع على العريضة" }).click();
  await expect(page.getByText("رقم البطاقة الوطنية غير صحيح").first()).toBeVisible();
  await expect(page.getByText("يجب تأكيد هذا التصريح.").first()).toBeVisible();
  await expect(page.getByLabel("الاسم الكامل")).toHaveValue("رئيسة تجريبية");

  await page.getByLabel("رقم البطاقة الوطنية للتعريف").fill("ZX 300 001");
  await page.getByLabel("مقيم(ة) بالجماعة").check();
  for (const declaration of [/^أصرح بأنني أقيم/, /^أصرح بأنني أستوفي/, /^أصرح بأن لي مصلحة/]) await page.getByLabel(declaration).check();
  await page.getByRole("button", { name: "أوقع على العريضة" }).click();
  await expect(page.getByText("سجل توقيعكم. شكرا لكم.")).toBeVisible();
  await expect(page.getByTestId("signature-count")).toContainText(String(before + 1));
  expect(await page.content()).not.toContain("ZX300001");
  await expectNoHorizontalScroll(page);

  // Withdrawing works without JavaScript too, until the petition is filed.
  await page.getByRole("button", { name: "سحب توقيعي" }).click();
  await expect(page.getByText("سحب توقيعكم.")).toBeVisible();
  await expect(page.getByTestId("signature-count")).toContainText(String(before));
});
