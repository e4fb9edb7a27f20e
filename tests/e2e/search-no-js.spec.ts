// Run by the "no-javascript" Playwright project (its name ends in no-js.spec.ts): the header's
// search box and the search page's filters are plain GET forms.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./helpers";

test("searching from the header and filtering by type work without JavaScript", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("search").first();
  await header.getByRole("searchbox").fill("برنامج عمل الجماعه");
  await header.getByRole("button", { name: "بحث" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId("search-hit").first()).toBeVisible();
  await expect(page.getByTestId("search-group-project")).toContainText("نشر برنامج عمل الجماعة ورقيا ورقميا");

  await page.getByRole("checkbox", { name: "مشاريع البرنامج" }).check();
  await page.locator("main").getByRole("button", { name: "بحث" }).click();
  await expect(page).toHaveURL(/type=project/);
  await expect(page.locator('[data-testid="search-hit"]:not([data-type="project"])')).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  await page.goto("/fr/open-data");
  await expect(page.getByTestId("dataset")).toHaveCount(9);
});
