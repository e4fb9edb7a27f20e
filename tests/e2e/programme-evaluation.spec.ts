// The annual evaluation report (decree 2.16.301 arts. 14–15) in Chromium with axe, in Arabic and
// French: the staff editor generates the 2025 report, writes the summary and publishes it; the
// public page shows the summary and the key figures; the print view has the commune's header and
// the date printed. Uses the seeded demo programme and the demo editor account.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const EDITOR = "editor@demo.bni-mathar.example";
const YEAR = "2025";
const SUMMARY_AR = "تقدم تنفيذ برنامج العمل خلال سنة 2025 بانتظام، مع تأخر في مشروع واحد بسبب إكراهات عقارية.";
const SUMMARY_FR = "L'exécution du programme d'action a progressé régulièrement en 2025, avec un projet retardé par des contraintes foncières.";

async function signInAsEditor(page: Page, locale: "ar" | "fr") {
  await page.context().clearCookies();
  await signIn(page, EDITOR, DEMO_PASSWORD, locale === "fr" ? "/fr/signin" : "/signin");
  await expect(page).toHaveURL(locale === "fr" ? /\/fr\/account$/ : /\/account$/);
}

test("staff generate the 2025 report, write the summary and publish it; the public reads it and prints it", async ({ page }) => {
  // Nothing is published yet.
  await page.goto("/programme/evaluations");
  await expect(page.getByRole("heading", { level: 1, name: "تقارير تقييم تنفيذ برنامج العمل" })).toBeVisible();
  await expect(page.getByText("لم يُنشر أي ملخص بعد.")).toBeVisible();
  await expect(page.getByText("المادتان 14 و15 من المرسوم رقم 2.16.301")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto(`/programme/evaluations/${YEAR}`))!.status()).toBe(404);

  // Staff (Arabic): choose the year and generate.
  await signInAsEditor(page, "ar");
  await page.goto("/admin/programme/evaluations");
  await expect(page.getByRole("heading", { level: 1, name: "تقارير التقييم السنوية" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("السنة").selectOption(YEAR);
  await page.getByRole("button", { name: "إعداد التقرير" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/programme/evaluations/${YEAR}\\?done=generated$`));
  await expect(page.getByRole("status")).toContainText("أُعدّت أرقام التقرير");
  await expect(page.getByRole("heading", { level: 1, name: `تقرير تقييم تنفيذ برنامج العمل لسنة ${YEAR}` })).toBeVisible();
  await expect(page.getByTestId("evaluation-figures")).toContainText("نسبة الإنجاز");
  await expect(page.locator('svg[data-chart="evaluation-execution"]')).toBeVisible();
  await expect(page.getByTestId("evaluation-indicators")).toBeVisible();
  await expectAccessible(page);

  // Publishing without a summary is refused.
  await page.getByRole("button", { name: "نشر الملخص" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "اكتبوا الملخص بالعربية قبل النشر" })).toBeVisible();

  // Write the summary, then publish.
  await page.locator("#text-summaryAr").fill(SUMMARY_AR);
  await page.locator("#text-summaryFr").fill(SUMMARY_FR);
  await page.locator("#text-narrativeAr").fill("عرض مفصل للجان الدائمة.");
  await page.getByRole("button", { name: "حفظ النص" }).click();
  await expect(page).toHaveURL(/\?done=saved$/);
  await expect(page.locator("#text-summaryAr")).toHaveValue(SUMMARY_AR);
  await page.getByRole("button", { name: "نشر الملخص" }).click();
  await expect(page).toHaveURL(/\?done=published$/);
  await expect(page.getByTestId("publication-state")).toContainText("نُشر في");
  await expectAccessible(page);

  // Staff page in French.
  await page.goto(`/fr/admin/programme/evaluations/${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Rapport d'évaluation de l'exécution du programme d'action ${YEAR}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retirer de la publication" })).toBeVisible();
  await expectAccessible(page);

  // The public, in Arabic: the list, the report with its summary and figures, never the narrative.
  await page.context().clearCookies();
  await page.goto("/programme/evaluations");
  await expect(page.getByTestId("published-evaluations")).toContainText(`تقرير تقييم تنفيذ برنامج العمل لسنة ${YEAR}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: `تقرير تقييم تنفيذ برنامج العمل لسنة ${YEAR}` }).click();
  await expect(page).toHaveURL(new RegExp(`/programme/evaluations/${YEAR}$`));
  await expect(page.getByTestId("evaluation-summary")).toHaveText(SUMMARY_AR);
  await expect(page.getByTestId("evaluation-figures")).toContainText("المشاريع المبرمجة");
  await expect(page.getByRole("heading", { name: "الإكراهات المسجلة والحلول المقترحة" })).toBeVisible();
  await expect(page.getByText("عرض مفصل للجان الدائمة.")).toHaveCount(0);
  await expect(page.getByText("المادة 14 من المرسوم 2.16.301").first()).toBeVisible();
  await expectAccessible(page);

  // In French.
  await page.goto(`/fr/programme/evaluations/${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Rapport d'évaluation de l'exécution du programme d'action ${YEAR}` })).toBeVisible();
  await expect(page.getByTestId("evaluation-summary")).toHaveText(SUMMARY_FR);
  await expect(page.getByTestId("evaluation-figures")).toContainText("Taux de réalisation");
  await expectAccessible(page);

  // The print views: the commune's header and the date printed.
  await page.goto(`/programme/evaluations/${YEAR}/print`);
  await expect(page.getByTestId("print-header")).toContainText("بني مطهر");
  await expect(page.getByTestId("print-date")).toContainText("طُبعت في");
  await expect(page.getByTestId("evaluation-summary")).toHaveText(SUMMARY_AR);
  await expectAccessible(page);
  await page.goto(`/fr/programme/evaluations/${YEAR}/print`);
  await expect(page.getByTestId("print-header")).toContainText("Bni Mathar");
  await expect(page.getByTestId("print-date")).toContainText("Imprimé le");
  await expectAccessible(page);

  // An unpublished year is not found.
  expect((await page.goto("/programme/evaluations/2024"))!.status()).toBe(404);
});
