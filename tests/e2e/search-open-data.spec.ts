// Portal-wide search and the open-data catalogue, in Chromium with axe, in Arabic and French:
// staff publish a council decision (a real PDF); a signed-out resident finds it from the header's
// search box by a word inside the PDF and by its Arabic title typed with other letter forms; a
// misspelt French title still finds the demo project; the open-data page lists every dataset with
// its dictionary, and a CSV download keeps Arabic intact (checked on the bytes).
import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, expectNoHorizontalScroll, signIn } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const OFFICER = "information-officer@demo.bni-mathar.example";

async function searchFromHeader(page: Page, words: string, submit: string) {
  const form = page.getByRole("search").first();
  await form.getByRole("searchbox").fill(words);
  await form.getByRole("button", { name: submit }).click();
}

test("a resident finds a published decision from the header, by a word inside its PDF and by an Arabic spelling variant", async ({ page }) => {
  test.slow();
  const word = `reverberes${Date.now()}`;
  const number = Date.now() % 100_000;
  const titleAr = `مقرّر المجلس رقم ${number} بشأن إنارة المسالك القروية`;
  const titleFr = `Décision du conseil n° ${number} sur l'éclairage des pistes rurales`;
  await signIn(page, OFFICER, DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/admin/documents/new");
  await page.getByLabel("Catégorie").selectOption("COUNCIL_DECISIONS");
  await page.getByLabel("Titre en arabe").fill(titleAr);
  await page.getByLabel("Titre en français").fill(titleFr);
  await page.getByLabel("Résumé en arabe").fill("صادق المجلس على إنارة المسالك المؤدية إلى الدواوير.");
  await page.getByLabel("Résumé en français").fill("Le conseil a approuvé l'éclairage des pistes menant aux douars.");
  await page.getByLabel("Date du document").fill("2026-10-08");
  await page.getByLabel("Service émetteur en arabe").fill("كتابة المجلس");
  await page.getByLabel("Service émetteur en français").fill("Secrétariat du conseil");
  await page.getByLabel("Fichier").setInputFiles({ name: "decision.pdf", mimeType: "application/pdf", buffer: makePdf(["Decision du conseil communal", `Pose de ${word} sur les pistes`]) });
  await page.getByRole("button", { name: "Déposer comme brouillon" }).click();
  await expect(page.getByRole("status")).toContainText("Document déposé comme brouillon");

  // While it is a draft, nobody finds it.
  await page.context().clearCookies();
  await page.goto(`/fr/search?q=${word}`);
  await expect(page.getByTestId("search-total")).toContainText("Aucun résultat");

  await signIn(page, OFFICER, DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/admin/documents");
  await page.getByRole("link", { name: titleFr }).click();
  await page.getByLabel(/Je confirme avoir relu le document/).check();
  await page.getByRole("button", { name: "Publier le document" }).click();
  await expect(page.getByRole("status")).toContainText("Document publié.");

  // Signed out, in French, from the header: the word only inside the PDF.
  await page.context().clearCookies();
  await page.goto("/fr");
  await searchFromHeader(page, word.toUpperCase(), "Rechercher");
  await expect(page).toHaveURL(/\/fr\/search\?q=/);
  await expect(page.getByTestId("search-total")).toContainText("1 résultat");
  const hit = page.getByTestId("search-hit");
  await expect(hit).toHaveAttribute("data-type", "document");
  await expect(hit.locator("mark").first()).toHaveText(word);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // In Arabic, from the header: the title typed without hamza, with ه for ة and without shadda.
  await page.goto("/");
  await searchFromHeader(page, "مقرر المجلس بشان الانارة", "بحث");
  await expect(page).toHaveURL(/\/search\?q=/);
  const group = page.getByTestId("search-group-document");
  await expect(group.getByRole("link", { name: titleAr })).toBeVisible();
  // (Other specs may have published decisions with close titles: at least this one.)
  await expect(page.getByTestId("search-counts").locator('[data-type="document"]')).not.toContainText("(0)");
  await expectAccessible(page);
  await group.getByRole("link", { name: titleAr }).click();
  await expect(page).toHaveURL(/\/information\/documents\/\d+$/);
});

test("a misspelt French title finds the demo project; type and date filters narrow the results", async ({ page }) => {
  await page.goto("/fr");
  await searchFromHeader(page, "Difusion du programme d'action", "Rechercher");
  const hit = page.getByTestId("search-hit").filter({ hasText: "Diffusion du programme d'action sur papier et en ligne" });
  await expect(hit).toBeVisible();
  await expectAccessible(page);

  // Only forum topics: the project is no longer listed, but still counted in its type.
  await page.getByRole("checkbox", { name: "Sujets du forum" }).check();
  await page.getByRole("button", { name: "Rechercher", exact: true }).last().click();
  await expect(page).toHaveURL(/type=topic/);
  await expect(page.getByTestId("search-hit").filter({ hasText: "Diffusion du programme" })).toHaveCount(0);
  await expect(page.getByTestId("search-counts").locator('[data-type="project"]')).not.toContainText("(0)");

  await page.goto("/fr/search?q=programme&type=project&to=2000-01-01");
  await expect(page.getByTestId("search-total")).toContainText("Aucun résultat");
  await expectAccessible(page);
});

test("the open-data page lists every dataset with its dictionary; downloads keep Arabic intact", async ({ page }) => {
  await page.goto("/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البيانات المفتوحة");
  await expect(page.getByTestId("dataset")).toHaveCount(9);
  await page.getByTestId("dataset").first().locator("summary").click();
  await expect(page.getByRole("rowheader", { name: "title_ar" }).first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const csv = await page.request.get("/api/open/programme?format=csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("نشر برنامج عمل الجماعة ورقيا ورقميا");

  const catalogue = await page.request.get("/api/open/catalogue.json");
  expect(catalogue.headers()["content-type"]).toContain("application/ld+json");
  const json = (await catalogue.json()) as { "dcat:dataset": { "dct:identifier": string }[] };
  expect(json["dcat:dataset"].map((d) => d["dct:identifier"])).toEqual([
    "action-programme", "petitions", "douar-forum", "documents", "participatory-budget", "consultations", "council-sessions", "progress-updates", "information-statistics",
  ]);

  await page.goto("/fr/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
  await expect(page.getByText(/loi 31-13 relative au droit d'accès à l'information, article 6/)).toBeVisible();
  await expectAccessible(page);
});
