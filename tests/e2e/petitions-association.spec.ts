// An association's petition end to end, in French, with an axe check on each page (OL 113.14 arts.
// 124–125; decree 2.16.403 art. 4): the legal representative of a verified association founded
// more than three years ago files it straight away with the three documents; the bureau checks the
// article 124 conditions and accepts it onto the next ordinary session; after the council's
// deliberation the bureau records its decision, which the public page then shows.
import { expect, test } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, signIn } from "./helpers";

const PASSWORD = "musharaka-demo-2026";
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: makePdf([name]) });

test.describe.configure({ timeout: 180_000 });

test("French: an association files a petition with its documents; the bureau accepts it and records the council's decision", async ({ page }) => {
  const subject = `Aménagement d'une bibliothèque de quartier ${Date.now()}`;
  await signIn(page, "association@demo.bni-mathar.example", PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/petitions/new");
  await page.getByLabel("Pétition d'association").check();
  await page.locator("#petition-subject").fill(subject);
  await page.locator("#petition-reasons").fill("Les jeunes du centre n'ont aucun lieu de lecture.");
  await page.locator("#petition-objectives").fill("Une bibliothèque ouverte le soir et le samedi.");
  await page.getByLabel(/^Je confirme que l'objet/).check();
  await page.getByLabel(/^Je déclare que l'association est en situation régulière/).check();
  await page.getByLabel(/^Je déclare que l'activité de l'association est liée/).check();
  // Without its documents the petition is refused beside each missing one.
  await page.getByRole("button", { name: "Créer la pétition" }).click();
  await expect(page.locator("#petition-file_MANDATE-error, [id$='file_MANDATE-error']").first()).toBeVisible();
  await page.getByLabel(/^Je confirme que l'objet/).check();
  await page.getByLabel(/^Je déclare que l'association est en situation régulière/).check();
  await page.getByLabel(/^Je déclare que l'activité de l'association est liée/).check();
  await page.getByLabel("Copie du récépissé définitif de l'association (PDF ou photo)").setInputFiles(pdf("recepisse.pdf"));
  await page.getByLabel("Copie des statuts (PDF ou photo)").setInputFiles(pdf("statuts.pdf"));
  await page.getByLabel("Document attestant le mandat du représentant (PDF ou photo)").setInputFiles(pdf("mandat.pdf"));
  await page.getByRole("button", { name: "Créer la pétition" }).click();
  await expect(page).toHaveURL(/\/fr\/petitions\/\d+\?done=created$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await expectAccessible(page);
  // No signatures for an association (art. 124): filed straight from the draft, with a receipt.
  await page.getByRole("button", { name: "Déposer la pétition auprès du président" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/petitions/${id}/receipt$`));
  await expect(page.getByTestId("receipt-reference")).toHaveText(/^P-\d{4}-\d{4}$/);
  await expectAccessible(page);
  await page.context().clearCookies();

  await signIn(page, "bureau@demo.bni-mathar.example", PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`/fr/admin/petitions/${id}`);
  await page.getByRole("button", { name: "Commencer l'examen" }).click();
  await expect(page).toHaveURL(/done=review$/);
  await expectAccessible(page);
  await page.getByLabel(/^L'objet relève des attributions/).check();
  await page.getByLabel(/^L'objet ne porte pas atteinte/).check();
  await page.getByLabel(/^L'association remplit les conditions de l'article 124/).check();
  await page.getByLabel("Accepter la pétition").check();
  await page.getByLabel("Motivation de la décision").fill("Objet relevant des compétences propres de la commune (art. 83).");
  await page.getByLabel(/^Commission permanente saisie/).fill("Commission des affaires sociales et culturelles");
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page).toHaveURL(/done=accepted$/);
  await page.getByLabel("Texte de la décision du conseil").fill("Le conseil approuve l'aménagement d'une bibliothèque au budget 2027.");
  await page.getByRole("button", { name: "Enregistrer la décision du conseil" }).click();
  await expect(page.getByText("Le conseil approuve l'aménagement d'une bibliothèque au budget 2027.").first()).toBeVisible();
  await expectAccessible(page);
  await page.context().clearCookies();

  await page.goto(`/fr/petitions/${id}`);
  await expect(page.getByText("Décision du conseil : Le conseil approuve l'aménagement d'une bibliothèque au budget 2027.")).toBeVisible();
  await expectAccessible(page);
});
