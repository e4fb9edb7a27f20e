// Staff edit a project's tracking data (milestones, indicator values) in Chromium with axe, and the
// public project page shows them. Uses the seeded editor and project A3-02 only.
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const EDITOR = "editor@demo.bni-mathar.example";
const DEMO_PASSWORD = "musharaka-demo-2026";
const INDICATOR = /اجتماعات الهيئة بمكتبها في السنة/;

test("the editor adds a milestone and sets an indicator value; the public page shows them", async ({ page }) => {
  const milestone = `تقييم استعمال المكتب ${Date.now()}`;
  await signIn(page, EDITOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);

  await page.goto("/admin/programme/A3-02");
  await page.getByRole("link", { name: "تتبع الإنجاز: المراحل والمؤشرات والتمويل" }).click();
  await expect(page).toHaveURL(/\/admin\/programme\/A3-02\/tracking$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("تتبع الإنجاز");
  await expectAccessible(page);

  // A milestone, after the project's last one.
  const add = page.getByRole("form", { name: "إضافة مرحلة" });
  await add.getByLabel("عنوان المرحلة بالعربية").fill(milestone);
  await add.getByLabel("عنوان المرحلة بالفرنسية").fill("Évaluation de l'utilisation du bureau");
  await add.getByLabel("التاريخ المتوقع (اختياري)").fill("2027-03-31");
  await add.getByRole("button", { name: "إضافة المرحلة" }).click();
  await expect(page.getByRole("status")).toHaveText("أُضيفت المرحلة.");
  await expect(page.getByRole("form", { name: /^المرحلة \d+$/ }).last().getByLabel("عنوان المرحلة بالعربية")).toHaveValue(milestone);

  // A year outside the programme is refused, then a value for 2027 is saved.
  let values = page.getByRole("form", { name: INDICATOR });
  await values.getByLabel("السنة").fill("2031");
  await values.getByLabel("القيمة").fill("17");
  await values.getByRole("button", { name: "حفظ القيمة" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "هذه السنة خارج مدة برنامج العمل." })).toBeVisible();
  await expectAccessible(page);
  values = page.getByRole("form", { name: INDICATOR });
  await values.getByLabel("السنة").fill("٢٠٢٧");
  await values.getByRole("button", { name: "حفظ القيمة" }).click();
  await expect(page.getByRole("status")).toHaveText("حُفظت قيمة المؤشر.");
  await expect(page.getByText("2027: 17", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The public project page shows both.
  await page.goto("/programme/projects/A3-02");
  await expect(page.getByTestId("milestones")).toContainText(milestone);
  const table = page.getByTestId("indicators-table");
  await expect(table.getByRole("columnheader", { name: "2027" })).toBeVisible();
  await expect(table.getByRole("row", { name: INDICATOR })).toContainText("17");

  // The same refusal, in French.
  await page.goto("/fr/admin/programme/A3-02/tracking");
  const french = page.getByRole("form", { name: /Valeur de l'indicateur/ }).first();
  await french.getByLabel("Année").fill("2019");
  await french.getByLabel("Valeur").fill("3");
  await french.getByRole("button", { name: "Enregistrer la valeur" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cette année est en dehors de la période du programme d'action." })).toBeVisible();
});

test("the editor names a partner association of a project; the public page lists it", async ({ page }) => {
  const association = "جمعية الأمل للتنمية والتضامن ببني مطهر (جمعية تجريبية)";
  await signIn(page, EDITOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/programme/A3-02/edit");
  const partners = page.getByRole("group", { name: /^الجمعيات الشريكة/ });
  await expect(partners.getByLabel(association)).not.toBeChecked();
  await partners.getByLabel(association).check();
  await page.getByRole("button", { name: "حفظ التعديلات" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/programme/projects/A3-02");
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "الشركاء والتمويل" }) })).toContainText(association);
});
