// Public consultations end to end, in French and Arabic, with an axe check on every page visited:
// staff open a consultation with a question, a resident answers it (with a declared douar and
// gender), the consultation closes, staff publish the synthesis, and the resident reads it with the
// aggregated results. The passing of time (the closing date) is simulated by moving the closing
// instant in the database, as the petitions spec lowers a threshold.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_NAME } from "./config";
import { expectAccessible, signIn } from "./helpers";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = adminUrl.replace(/\/[^/?]+(\?.*)?$/, `/${E2E_DATABASE_NAME}$1`);
const PASSWORD = "musharaka-demo-2026";
const STAFF = "editor@demo.bni-mathar.example";
const RESIDENT = "citizen@demo.bni-mathar.example";

test.describe.configure({ timeout: 180_000 });

async function signInAs(page: Page, email: string, path = "/signin") {
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, path);
  await expect(page).toHaveURL(/\/account$/);
}

async function closeNow(id: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("UPDATE consultations SET closes_at = now() - interval '1 minute' WHERE id = $1", [Number(id)]);
  } finally {
    await client.end();
  }
}

test("staff open a consultation, a resident answers it, and later reads the synthesis and the results", async ({ page }) => {
  const stamp = Date.now();
  const titleFr = `Horaires de la maison des jeunes ${stamp}`;
  const titleAr = `مواقيت دار الشباب ${stamp}`;

  await signInAs(page, STAFF, "/fr/signin");
  await page.goto("/fr/admin/consultations/new");
  await expectAccessible(page);
  await page.getByLabel(/^Titre \(en arabe\)/).fill(titleAr);
  await page.getByLabel(/^Titre \(en français\)/).fill(titleFr);
  await page.getByLabel(/^Objet et description \(en arabe\)/).fill("نقترح فتح دار الشباب مساء.");
  await page.getByLabel(/^Objet et description \(en français\)/).fill("Nous proposons d'ouvrir la maison des jeunes le soir.");
  await page.getByLabel(/^Dernier jour de participation/).fill("31/12/2030");
  await page.getByLabel(/^Type de la question 1/).selectOption("SINGLE_CHOICE");
  await page.getByLabel(/^Texte de la question 1 \(en arabe\)/).fill("ما التوقيت المناسب؟");
  await page.getByLabel(/^Texte de la question 1 \(en français\)/).fill("Quel horaire vous convient ?");
  await page.getByLabel(/^Choix de la question 1 \(en arabe/).fill("الصباح\nالمساء");
  await page.getByLabel(/^Choix de la question 1 \(en français/).fill("Le matin\nLe soir");
  await page.getByRole("button", { name: "Ouvrir la consultation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La consultation est ouverte." })).toBeVisible();
  const id = page.url().match(/\/admin\/consultations\/(\d+)/)![1]!;
  await expectAccessible(page);

  // The resident, in Arabic, from the participation hub.
  await signInAs(page, RESIDENT);
  await page.goto("/participation");
  await expectAccessible(page);
  await page.getByRole("link", { name: titleAr }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleAr);
  await expectAccessible(page);
  await page.getByLabel("المساء").check();
  await page.getByLabel(/^رأيكم أو ملاحظاتكم/).fill("المساء أنسب للتلاميذ.");
  await page.getByLabel(/^دواركم/).selectOption({ index: 1 });
  await page.getByLabel("امرأة").check();
  await page.getByRole("button", { name: "إرسال جوابي" }).click();
  await expect(page.getByRole("status").filter({ hasText: "شكرا، سُجل جوابكم." })).toBeVisible();
  await expect(page.getByText(/جوابكم مسجل/)).toBeVisible();
  await expect(page.getByLabel("المساء")).toBeChecked();
  await expectAccessible(page);

  // The closing date passes; staff read the comments and publish the synthesis.
  await closeNow(id);
  await signInAs(page, STAFF, "/fr/signin");
  await page.goto(`/fr/admin/consultations/${id}`);
  await expect(page.getByText("المساء أنسب للتلاميذ.")).toBeVisible();
  await page.getByLabel(/^Ce que nous avons entendu \(en arabe\)/).fill("فضل المشاركون المساء.");
  await page.getByLabel(/^Ce que nous avons entendu \(en français\)/).fill("Les participants préfèrent le soir.");
  await page.getByLabel(/^Ce que nous avons décidé \(en arabe\)/).fill("تفتح دار الشباب من الخامسة إلى الثامنة مساء.");
  await page.getByLabel(/^Ce que nous avons décidé \(en français\)/).fill("La maison des jeunes ouvrira de 17 h à 20 h.");
  await page.getByRole("button", { name: "Publier la synthèse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La synthèse est publiée." })).toBeVisible();
  await expectAccessible(page);

  // The resident reads the synthesis and the aggregated results (no individual answer shown).
  await signInAs(page, RESIDENT);
  await page.goto(`/consultations/${id}`);
  await expect(page.getByTestId("synthesis")).toContainText("تفتح دار الشباب من الخامسة إلى الثامنة مساء.");
  await expect(page.getByTestId("question-result")).toContainText("المساء: 1 (1 نساء، 0 رجال)");
  await expect(page.getByText("المساء أنسب للتلاميذ.")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "إرسال جوابي" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/fr/consultations/${id}`);
  await expect(page.getByTestId("synthesis")).toContainText("La maison des jeunes ouvrira de 17 h à 20 h.");
  await expectAccessible(page);
  await page.goto("/fr/consultations");
  await expect(page.getByRole("link", { name: titleFr })).toBeVisible();
  await expectAccessible(page);
});
