// Run by the "no-javascript" Playwright project: the core public flows work as plain HTML forms and
// links, for phones where scripts are off, blocked or have not arrived yet (targets.md #6).
// (axe needs JavaScript in the page: the same pages are checked with it in the other specs.)
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_NAME } from "./config";
import { expectNoHorizontalScroll, uniqueEmail } from "./helpers";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = adminUrl.replace(/\/[^/?]+(\?.*)?$/, `/${E2E_DATABASE_NAME}$1`);

async function updatesOf(code: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*) AS n FROM progress_updates u JOIN projects p ON p.id = u.project_id WHERE p.code = $1", [code]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

test("a citizen browses the programme's overview, a filtered list and a project", async ({ page }) => {
  await page.goto("/programme");
  await expect(page.getByRole("img", { name: /^التقدم المرجح حسب المدخل: / })).toBeVisible();
  await page.getByRole("link", { name: /^عرض كل المشاريع/ }).click();
  await expect(page).toHaveURL(/\/programme\/projects$/);
  await page.getByText("التصفية حسب المدخل والدوار والحالة والسنة والاختصاص").click();
  await page.getByLabel("المدخل").selectOption("1");
  await page.getByLabel("الحالة").selectOption("COMPLETED");
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  await expect(page).toHaveURL(/axis=1&.*status=COMPLETED/);
  await expect(page.getByTestId("results-count")).toHaveText(/يطابق|يطابقان|تطابق/);
  await page.getByRole("link", { name: "نشر برنامج عمل الجماعة ورقيا ورقميا" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("نشر برنامج عمل الجماعة ورقيا ورقميا");
  await expect(page.getByTestId("indicators-table")).toBeVisible();
  await expect(page.getByTestId("history").locator("> li")).toHaveCount(await updatesOf("A1-01"));
  await expectNoHorizontalScroll(page);
});

test("registration answers with Arabic errors, keeps what was typed, and succeeds", async ({ page }) => {
  const password = "bni mathar souk lundi";
  await page.goto("/register");
  await page.getByLabel("الاسم الكامل").fill("يوسف");
  await page.getByLabel("البريد الإلكتروني").fill("bad");
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByText("أدخلوا بريدا إلكترونيا صحيحا").first()).toBeVisible();
  await expect(page.getByLabel("الاسم الكامل")).toHaveValue("يوسف");
  const email = uniqueEmail("nojs");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
});

test("anyone files an access-to-information request without JavaScript and gets the receipt", async ({ page }) => {
  await page.goto("/fr/information/request");
  await page.getByLabel("Prénom").fill("Karim");
  await page.getByRole("textbox", { name: /^Nom/ }).fill("Benali");
  await page.getByLabel("Adresse personnelle").fill("Quartier administratif, Bni Mathar");
  await page.getByLabel("Numéro de la pièce d'identité").fill("123456");
  await page.getByLabel("Information demandée").fill("Le budget 2026 de la commune et son état d'exécution.");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  // A malformed number is refused with its reason; what was typed is kept, the number is not echoed.
  await expect(page.locator("main").getByRole("alert")).toContainText("Le numéro de CIN se compose");
  await expect(page.getByLabel("Information demandée")).toHaveValue("Le budget 2026 de la commune et son état d'exécution.");
  await page.getByLabel("Numéro de la pièce d'identité").fill("Z123456");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByTestId("success-reference")).toHaveText(/^DI-\d{4}-\d{4}$/);
  await expect(page.getByTestId("success-panel")).not.toContainText("Z123456");
  await expectNoHorizontalScroll(page);
});
