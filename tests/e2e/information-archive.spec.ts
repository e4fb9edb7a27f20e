// The public archive of answered requests, in Chromium with axe: the information officer enters a
// paper request, answers it, then publishes a redacted version after the personal-data check (refused
// without it); the public archive lists it by category and shows it without the requester's identity.
import { expect, test } from "@playwright/test";
import { expectAccessible, signInAsDemo } from "./helpers";

const OFFICER = "information-officer@demo.bni-mathar.example";
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the officer archives a redacted answer and the public finds it without the requester's identity", async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const question = `Quels marchés de travaux la commune a-t-elle attribués en 2026 ? (${stamp})`;
  await signInAsDemo(page, OFFICER, "fr");
  await page.goto("/fr/admin/information/new");
  await page.locator("#entry-firstName").fill("Karima");
  await page.locator("#entry-lastName").fill(`Bennani${stamp}`);
  await page.locator("#entry-address").fill("Douar Ouled Sidi, Bni Mathar");
  await page.locator("#entry-identityNumber").fill("K998877");
  await page.locator("#entry-informationRequested").fill(`Karima Bennani${stamp} demande la liste des marchés attribués en 2026.`);
  await page.locator("#entry-receivedOn").fill(isoDay(-1));
  await page.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Demande enregistrée");
  const requestUrl = page.url();

  await page.getByLabel("Information communiquée", { exact: true }).check();
  await page.locator("#answer-answerText").fill(`Madame Bennani${stamp}, la liste des marchés attribués est jointe.`);
  await page.getByRole("button", { name: "Envoyer la réponse et informer le demandeur" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Réponse envoyée");
  await expect(page.getByTestId("archive-status")).toHaveText("Non publiée dans l'archive");
  await expectAccessible(page);

  // The officer rewrites both texts without the name; without the check nothing is published.
  await page.locator("#archive-category").selectOption("PROCUREMENT");
  await page.locator("#archive-question").fill(question);
  await page.locator("#archive-answer").fill("La liste des marchés de travaux attribués en 2026 a été communiquée ; elle est aussi publiée dans la catégorie des marchés publics.");
  await page.getByRole("button", { name: "Publier dans l'archive" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Confirmez que le texte ne contient aucune donnée personnelle");
  await page.locator("#archive-privacyChecked").check();
  await page.getByRole("button", { name: "Publier dans l'archive" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Version expurgée publiée");
  await expect(page.getByTestId("archive-status")).toHaveText("Publiée dans l'archive");
  expect(page.url()).toContain(requestUrl.split("?")[0]!);

  // Anyone: the archive, filtered by category, then the case.
  await page.context().clearCookies();
  await page.goto("/fr/information/archive?category=PROCUREMENT");
  await expect(page.getByTestId("archive-list")).toContainText(question);
  await expect(page.locator("main")).not.toContainText(`Bennani${stamp}`);
  await expect(page.locator("main")).not.toContainText("Karima");
  await expectAccessible(page);
  await page.getByRole("link", { name: question }).click();
  await expect(page.getByTestId("archive-question")).toHaveText(question);
  await expect(page.locator("main")).toContainText("Information communiquée");
  await expect(page.locator("main")).not.toContainText("K998877");
  await expect(page.locator("main")).not.toContainText("Douar Ouled Sidi");
  await expectAccessible(page);

  // The Arabic archive with the seeded case, filtered by outcome.
  await page.goto("/information/archive?outcome=GIVEN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أرشيف طلبات الحصول على المعلومات");
  await expect(page.getByTestId("archive-list")).toContainText("éclairage public");
  await expectAccessible(page);
});
