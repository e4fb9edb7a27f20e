// Audit reports and recommendations, in Chromium with axe: an administrator gives a freshly registered
// person the auditor role; in the internal-audit space they register a report linked to the library's
// audit document, add two recommendations, close one with a dated note and publish the report; the
// public page shows each recommendation's status in words and the implemented share.
import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, linkFromEmail, signIn, signInAsDemo, uniqueEmail, comeFromOwnAddress } from "./helpers";

const PASSWORD = "olive-trees-of-bni-mathar-2026";
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function register(page: Page, name: string, email: string) {
  await page.context().clearCookies();
  await comeFromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("الاسم الكامل").fill(name);
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
  await page.goto(await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "تأكيد بريدي الإلكتروني" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(email);
}

test("an auditor registers a report with two recommendations, closes one and publishes it", async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const email = uniqueEmail("auditor");
  const name = `Auditrice ${stamp}`;
  const titleFr = `Contrôle de la régie de recettes ${stamp}`;
  await register(page, name, email);

  // The administrator gives the role (demo admin account; never the demo auditor's).
  await signInAsDemo(page, "admin@demo.bni-mathar.example", "fr");
  await page.goto(`/fr/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Attribuer: Auditeur·rice" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Auditeur·rice");

  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/admin/audit-reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Espace de l'audit interne");
  await expectAccessible(page);
  await page.locator("#new-report-source").selectOption("REGIONAL_COURT_OF_ACCOUNTS");
  await page.locator("#new-report-titleAr").fill(`مراقبة وكالة المداخيل ${stamp}`);
  await page.locator("#new-report-titleFr").fill(titleFr);
  await page.locator("#new-report-receivedOn").fill(isoDay(-40));
  await page.locator("#new-report-documentId").selectOption({ label: "Rapport d'audit interne sur la gestion du patrimoine communal 2025 (document de démonstration)" });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Rapport enregistré.");

  for (const [textFr, due] of [["Séparer les fonctions d'ordonnateur et de régisseur", -5], ["Publier chaque trimestre l'état des recettes", 60]] as const) {
    await page.locator("#recommendation-new-textAr").fill(`توصية ${due}`);
    await page.locator("#recommendation-new-textFr").fill(textFr);
    await page.locator("#recommendation-new-serviceAr").fill("وكالة المداخيل");
    await page.locator("#recommendation-new-serviceFr").fill("Régie de recettes");
    await page.locator("#recommendation-new-dueOn").fill(isoDay(due));
    await page.getByRole("button", { name: "Ajouter" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Recommandation ajoutée.");
  }
  const first = page.getByTestId("recommendation").first();
  await expect(first).toContainText("En retard");
  await expectAccessible(page);

  // Close the first one with a dated note.
  await first.getByText("Enregistrer un suivi").click();
  await first.locator('select[id$="-status"]').selectOption("IMPLEMENTED");
  await first.locator('textarea[id$="-text"]').fill("Fonctions séparées par arrêté du président.");
  await first.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Suivi enregistré.");
  await expect(page.getByTestId("recommendation").first()).toContainText("Mise en œuvre");
  await expect(page.getByTestId("recommendation").first()).not.toContainText("En retard");
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Rapport publié.");
  await expectAccessible(page);

  // The committee's working papers: a members-only library.
  await page.goto("/fr/admin/audit-reports");
  await page.getByRole("link", { name: "Documents de travail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents de travail du comité d'audit interne");
  await page.locator("#library-title").fill("Grille d'analyse des marchés");
  await page.locator("#library-file").setInputFiles({ name: "grille.pdf", mimeType: "application/pdf", buffer: makePdf(["Grille d'analyse"]) });
  await page.getByRole("button", { name: "Ajouter à la bibliothèque" }).click();
  await expect(page.getByRole("status")).toHaveText("Le document a été ajouté à la bibliothèque.");
  const paper = page.getByRole("link", { name: "Ouvrir : Grille d'analyse des marchés" });
  expect((await page.request.get(new URL((await paper.getAttribute("href"))!, page.url()).toString())).status()).toBe(200);
  await expectAccessible(page);

  // The public page, French then Arabic.
  await page.context().clearCookies();
  await page.goto("/fr/information/audit-reports");
  const report = page.getByTestId("audit-report").filter({ hasText: titleFr });
  await expect(report).toContainText("Cour régionale des comptes");
  await expect(report.getByTestId("public-recommendation").nth(0)).toContainText("Mise en œuvre");
  await expect(report.getByTestId("public-recommendation").nth(1)).toContainText("Non engagée");
  await expect(report).toContainText("1 recommandation(s) mise(s) en œuvre sur 2 (50 %)");
  await expect(report.getByRole("link", { name: "Télécharger le rapport (documents publiés)" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/information/audit-reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تقارير الافتحاص والتفتيش وتوصياتها");
  await expectAccessible(page);
});
