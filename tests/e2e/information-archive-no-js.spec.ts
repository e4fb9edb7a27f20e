// Run by the "no-javascript" Playwright project: the public archive's filters and the audit reports'
// page work as plain HTML (a GET form, links, <details>), with the seeded demo cases.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./helpers";

test("the public archive filters and opens a case, and the audit page shows the follow-up, without JavaScript", async ({ page }) => {
  await page.goto("/fr/information/archive");
  await page.locator("#archive-category").selectOption("ACTION_PROGRAMME");
  await page.locator("#archive-outcome").selectOption("GIVEN");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/category=ACTION_PROGRAMME/);
  await expect(page.getByTestId("archive-list")).toContainText("éclairage public");
  await page.getByRole("link", { name: "Quel est le calendrier des travaux d'éclairage public dans les douars ?" }).click();
  await expect(page.getByTestId("archive-answer")).toContainText("d'avril à septembre 2026");
  await expectNoHorizontalScroll(page);

  await page.goto("/information/audit-reports");
  const report = page.getByTestId("audit-report").filter({ hasText: "الافتحاص الداخلي لتدبير ممتلكات الجماعة" });
  await expect(report).toContainText("نُفذت 1 من أصل 3 توصية");
  await report.getByText("تتبع التنفيذ").first().click();
  await expect(report).toContainText("Inventaire achevé");
  await expectNoHorizontalScroll(page);
});
