// The document library, in Chromium with axe: a staff member uploads a council decision (a real
// PDF), cannot publish it before confirming the personal-data check, publishes it; a citizen finds
// it by a word that is only inside the PDF, reads its summary page and downloads it. Both languages.
import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, signIn } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const OFFICER = "information-officer@demo.bni-mathar.example";

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
}

test("staff upload and publish a decision; a citizen finds it by a word inside the PDF", async ({ page }) => {
  // Several people, several pages, e-mail over SMTP: longer than one page's flow on a shared machine.
  test.slow();
  // A word that appears only in the file's text, so that finding it proves the PDF was read.
  const word = `lampadaires${Date.now()}`;
  await signInAs(page, OFFICER);
  await page.goto("/fr/admin/documents/new");
  await expectAccessible(page);
  await page.getByLabel("Catégorie").selectOption("COUNCIL_DECISIONS");
  await page.getByLabel("Titre en arabe").fill("مقرر المجلس حول الإنارة العمومية");
  await page.getByLabel("Titre en français").fill("Décision du conseil sur l'éclairage public");
  await page.getByLabel("Résumé en arabe").fill("صادق المجلس في دورة أكتوبر على برنامج الإنارة العمومية بدوار الزاوية.");
  await page.getByLabel("Résumé en français").fill("Le conseil a approuvé en session d'octobre le programme d'éclairage public du douar Ez-Zaouia.");
  await page.getByLabel("Date du document").fill("2026-10-08");
  await page.getByLabel("Service émetteur en arabe").fill("كتابة المجلس");
  await page.getByLabel("Service émetteur en français").fill("Secrétariat du conseil");
  await page.getByLabel("Fichier").setInputFiles({
    name: "decision-12.pdf",
    mimeType: "application/pdf",
    buffer: makePdf(["Decision n. 12 du conseil communal", `Installation de ${word} au douar Ez-Zaouia`]),
  });
  await page.getByRole("button", { name: "Déposer comme brouillon" }).click();
  await expect(page.getByRole("status")).toContainText("Document déposé comme brouillon");
  await expect(page.getByTestId("document-status")).toContainText("Brouillon");
  await expectAccessible(page);

  // Publishing without the personal-data check is refused, with the reason.
  await page.getByRole("button", { name: "Publier le document" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Confirmez que le document ne contient ni données personnelles");
  await page.getByLabel(/Je confirme avoir relu le document/).check();
  await page.getByRole("button", { name: "Publier le document" }).click();
  await expect(page.getByRole("status")).toContainText("Document publié.");
  await expect(page.getByText(/Vérification des données personnelles confirmée par/)).toBeVisible();

  // A citizen (signed out), in Arabic, searches for the word inside the PDF.
  await page.context().clearCookies();
  await page.goto(`/information?q=${word}`);
  await expect(page.getByTestId("library-count")).toHaveText("وثيقة واحدة");
  await expectAccessible(page);
  await page.getByRole("link", { name: "مقرر المجلس حول الإنارة العمومية" }).click();
  await expect(page.getByTestId("document-summary")).toContainText("صادق المجلس في دورة أكتوبر");
  await expectAccessible(page);
  const href = await page.getByRole("link", { name: /تحميل \(PDF/ }).getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);

  // The same in French, browsing by category.
  await page.goto("/fr/information?category=COUNCIL_DECISIONS");
  await expect(page.getByRole("link", { name: "Décision du conseil sur l'éclairage public" }).first()).toBeVisible();
  await expectAccessible(page);
});
