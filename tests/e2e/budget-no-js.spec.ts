// Run by the "no-javascript" Playwright project (its name ends in no-js.spec.ts): the participatory
// budget as plain HTML forms (targets.md #6) — staff open a cycle, two people propose, staff review
// and open the vote, and a voter's ballot is checked on the server: over the envelope it says by
// how much, in French, keeping the ticks; within it, it is saved. The cycle is 2024, inside the demo
// programme 2022–2027 and free in the demo data (budget.spec.ts uses 2025).
import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, signIn } from "./helpers";

const PASSWORD = "musharaka-demo-2026";
const YEAR = "2024";

function dayFromToday(days: number): string {
  return new Date(Date.now() + 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/account$/);
}

async function propose(page: Page, email: string, title: string, cost: string) {
  await signInAs(page, `${email}@demo.bni-mathar.example`);
  await page.goto(`/fr/budget/${YEAR}/propose`);
  await page.getByLabel(/^Titre du projet/).fill(title);
  await page.getByLabel(/^Description/).fill("Un projet utile au douar.");
  await page.getByLabel(/^Lieu/).selectOption({ label: "Toute la commune" });
  await page.getByLabel("Compétence propre (art. 83)").check();
  await page.getByLabel(/^Coût estimé/).fill(cost);
  await page.getByRole("button", { name: "Déposer la proposition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("a ballot over the envelope is refused by the server with the excess, then saved, without JavaScript", async ({ page }) => {
  test.slow();
  const first = `Éclairage solaire ${Date.now()}`;
  const second = `Abreuvoir ${Date.now()}`;

  await signInAs(page, "editor@demo.bni-mathar.example");
  await page.goto("/fr/admin/budget/new");
  await page.getByLabel(/^Année/).fill(YEAR);
  await page.getByLabel(/^Enveloppe en dirhams/).fill("400000");
  await page.getByLabel(/^Début du dépôt/).fill(dayFromToday(-1));
  await page.getByLabel(/^Fin du dépôt/).fill(dayFromToday(10));
  await page.getByLabel(/^Début du vote/).fill(dayFromToday(20));
  await page.getByLabel(/^Fin du vote/).fill(dayFromToday(30));
  await page.getByLabel(/^Programme d'action des projets financés/).selectOption({ index: 1 });
  await page.getByLabel(/^Axe des projets financés/).selectOption({ index: 2 });
  await page.getByLabel(/^Charte \(arabe\)/).fill("ميثاق تجريبي.");
  await page.getByLabel(/^Charte \(français\)/).fill("Charte d'essai.");
  await page.getByRole("button", { name: "Créer le cycle" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/budget\/2024\?done=created$/);

  await propose(page, "citizen", first, "300000");
  await propose(page, "association", second, "150000");

  await signInAs(page, "editor@demo.bni-mathar.example");
  await page.goto(`/fr/admin/budget/${YEAR}`);
  await page.getByRole("button", { name: "Clore le dépôt des propositions" }).click();
  await expect(page.getByText("Le dépôt des propositions est clos.")).toBeVisible();
  for (const [title, cost] of [[first, "300000"], [second, "150000"]] as const) {
    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Réalisable", { exact: true }).check();
    await page.getByLabel(/^Motif/).fill("Réalisable.");
    await page.getByLabel(/^Coût retenu/).fill(cost);
    await page.getByRole("button", { name: "Enregistrer l'étude" }).click();
    await expect(page.getByText("L'étude a été enregistrée")).toBeVisible();
  }
  await page.getByRole("button", { name: "Clore l'étude technique et ouvrir le vote" }).click();
  await expect(page.getByText("L'étude technique est close : le vote est ouvert.")).toBeVisible();

  await signInAs(page, "citizen@demo.bni-mathar.example");
  await page.goto(`/fr/budget/${YEAR}/vote`);
  await page.getByLabel(first).check();
  await page.getByLabel(second).check();
  await page.getByRole("button", { name: "Enregistrer mon bulletin" }).click();
  await expect(page.getByTestId("ballot-error")).toContainText(/coûtent 450\W000\WMAD, soit 50\W000\WMAD de plus que l'enveloppe de 400\W000\WMAD/);
  await expect(page.getByLabel(first)).toBeChecked();
  await expect(page.getByLabel(second)).toBeChecked();
  await page.getByLabel(second).uncheck();
  await page.getByRole("button", { name: "Enregistrer mon bulletin" }).click();
  await expect(page.getByText("Votre bulletin a été enregistré.")).toBeVisible();
  await expect(page.getByTestId("my-ballot")).toContainText("1 projet");
  await expectNoHorizontalScroll(page);
});
