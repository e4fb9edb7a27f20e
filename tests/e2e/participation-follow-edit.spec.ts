// Following and editing the participation calendar, with an axe check on every page visited: a new
// resident follows council sessions; staff add an agenda item, correct it before publishing, and
// publish the agenda — the resident gets the notice in the portal and by e-mail; staff correct an
// open consultation's title, which the public page shows; closed consultations are open data.
import { expect, test } from "@playwright/test";
import { expectAccessible, registerAndSignIn, signIn, signInAsDemo, subjectsTo, uniqueEmail } from "./helpers";

const STAFF = "editor@demo.bni-mathar.example";
const PASSWORD = "bni mathar follows sessions";

test("a resident follows sessions and hears of a corrected agenda's publication; staff correct an open consultation", async ({ page, request }) => {
  test.slow();
  const stamp = Date.now();
  const follower = uniqueEmail("sessions-follower");

  await registerAndSignIn(page, "ليلى المتابعة", follower, PASSWORD);
  await page.goto("/sessions");
  await page.getByRole("button", { name: "متابعة الدورات" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("أنتم تتابعون الآن.");
  await expect(page.getByRole("button", { name: "إيقاف المتابعة" })).toBeVisible();
  await expectAccessible(page);

  // Staff: an extraordinary session, an item, corrected before the agenda is published.
  await signInAsDemo(page, STAFF, "fr");
  await page.goto("/fr/admin/sessions/new");
  await page.getByLabel("Session extraordinaire").check();
  await page.getByLabel(/^Jour d'ouverture/).fill("15/12/2026");
  await page.getByLabel(/^Jour de clôture/).fill("16/12/2026");
  await page.getByLabel(/^Lieu \(en arabe\)/).fill("قاعة الاجتماعات");
  await page.getByLabel(/^Lieu \(en français\)/).fill("Salle des réunions");
  await page.getByRole("button", { name: "Programmer la session" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La session est programmée.");
  const sessionId = page.url().match(/\/admin\/sessions\/(\d+)/)![1]!;
  await page.locator("#item-origin").selectOption("MEMBERS");
  await page.locator("#item-titleAr").fill(`إنارة الدوار ${stamp}`);
  await page.locator("#item-titleFr").fill(`Éclairage du douar ${stamp}`);
  await page.getByRole("button", { name: "Ajouter le point" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Le point est ajouté");
  await page.locator('[id^="edit-item-"][id$="-titleFr"]').fill(`Éclairage public du douar ${stamp}`);
  await page.getByRole("button", { name: "Enregistrer le point" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Le point est modifié.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publier l'ordre du jour" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("L'ordre du jour est publié.");
  await expect(page.getByRole("button", { name: "Enregistrer le point" })).toHaveCount(0);
  await page.goto(`/fr/sessions/${sessionId}`);
  await expect(page.getByTestId("agenda")).toContainText(`Éclairage public du douar ${stamp}`);

  // The follower hears of it, in the portal and by e-mail.
  await expect.poll(async () => (await subjectsTo(follower)).some((s) => s.includes("جدول أعمال")), { timeout: 30_000 }).toBe(true);
  await page.context().clearCookies();
  await signIn(page, follower, PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/account/notifications");
  await expect(page.getByRole("main")).toContainText("نُشر جدول أعمال");
  await expectAccessible(page);

  // Staff correct an open consultation's title; the public page shows it.
  await signInAsDemo(page, STAFF, "fr");
  await page.goto("/fr/admin/consultations/new");
  await page.getByLabel(/^Titre \(en arabe\)/).fill(`إنارة ${stamp}`);
  await page.getByLabel(/^Titre \(en français\)/).fill(`Éclairage ${stamp}`);
  await page.getByLabel(/^Objet et description \(en arabe\)/).fill("نقترح إنارة الدوار.");
  await page.getByLabel(/^Objet et description \(en français\)/).fill("Nous proposons d'éclairer le douar.");
  await page.getByLabel(/^Dernier jour de participation/).fill("31/12/2030");
  await page.getByRole("button", { name: "Ouvrir la consultation" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La consultation est ouverte.");
  const consultationId = page.url().match(/\/admin\/consultations\/(\d+)/)![1]!;
  await page.locator("#edit-titleFr").fill(`Éclairage public ${stamp}`);
  await page.locator("#edit-closesOn").fill("2030-12-15");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Les modifications sont enregistrées.");
  await expectAccessible(page);
  await page.goto(`/fr/consultations/${consultationId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Éclairage public ${stamp}`);

  const csv = await request.get("/api/open/consultations?format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("consultation_id,title_ar,title_fr,closed_at,measure");
});
