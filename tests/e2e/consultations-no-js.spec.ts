// Run by the "no-javascript" Playwright project (its name ends in no-js.spec.ts): a resident answers
// the open demo consultation as a plain HTML form, first with nothing filled in (the message says
// why), then changes the answer; the sessions calendar reads without scripts too.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./helpers";

test("a resident answers a consultation and changes the answer, without JavaScript", async ({ page }) => {
  await signIn(page, "association@demo.bni-mathar.example", "musharaka-demo-2026");
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/consultations");
  await page.getByRole("link", { name: /تحيين برنامج عمل الجماعة ابتداء من سنته الثالثة/ }).click();

  await page.getByRole("button", { name: "إرسال جوابي" }).click();
  await expect(page.getByRole("alert")).toContainText("أجيبوا عن سؤال واحد على الأقل أو اكتبوا رأيكم.");

  await page.getByLabel("المسالك القروية").check();
  await page.getByLabel(/^اقتراحاتكم لمشاريع جديدة/).fill("تهيئة المسلك المؤدي إلى المدرسة.");
  await page.getByRole("button", { name: "إرسال جوابي" }).click();
  await expect(page.getByText("شكرا، سُجل جوابكم.")).toBeVisible();
  await expect(page.getByLabel("المسالك القروية")).toBeChecked();

  await page.getByLabel("الماء الصالح للشرب").check();
  await page.getByRole("button", { name: "إرسال جوابي" }).click();
  await expect(page.getByText("عُدل جوابكم.")).toBeVisible();
  await expect(page.getByLabel("الماء الصالح للشرب")).toBeChecked();
  await expect(page.getByLabel(/^اقتراحاتكم لمشاريع جديدة/)).toHaveValue("تهيئة المسلك المؤدي إلى المدرسة.");
  await expectNoHorizontalScroll(page);

  await page.goto("/sessions");
  await expect(page.getByTestId("upcoming-sessions")).toContainText("فبراير 2027");
  await expectNoHorizontalScroll(page);
});
