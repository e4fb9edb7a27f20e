// The equality committee's workspace beyond meetings and opinions, in Chromium with axe: the chair
// adds a new member, keeps the shared library (a file that is not what it claims is refused; a PDF
// opens for members and for nobody else) and asks the council for means, which staff answer; the
// administrator's committee settings refuse incoherent sizes; a resident declares their gender and
// the public gender statistics show, in Arabic and French.
import { expect, test } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, registerAndSignIn, signInAsDemo as signInAs, uniqueEmail } from "./helpers";

const CHAIR = "committee-chair@demo.bni-mathar.example";
const BUREAU = "bureau@demo.bni-mathar.example";
const ADMIN = "admin@demo.bni-mathar.example";
const PASSWORD = "bni mathar equality workspace";

test.describe.configure({ timeout: 180_000 });

test("the chair adds a member, keeps the library and asks for means; staff answer the request", async ({ page }) => {
  const newMember = uniqueEmail("membre");
  await registerAndSignIn(page, "نعيمة الزياني", newMember, PASSWORD);

  await signInAs(page, CHAIR, "fr");
  await page.goto("/fr/equality/workspace/members");
  await page.locator("#member-email").fill(newMember);
  await page.getByRole("radio", { name: "Membre", exact: true }).check();
  await page.locator("#member-organisation").fill("Association des femmes de Beni Mathar");
  await page.getByRole("radio", { name: "Femme" }).check();
  await page.locator("#member-termStart").fill("2026-01-15");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Le membre est enregistré.");
  await expect(page.getByRole("table")).toContainText("نعيمة الزياني");
  await expectAccessible(page);

  // The library: a text file named .pdf is refused beside the field; a real PDF is kept.
  await page.goto("/fr/equality/workspace");
  await page.getByRole("link", { name: "Bibliothèque" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bibliothèque de l'instance");
  await expect(page.getByText("Aucun document pour l'instant.")).toBeVisible();
  await expectAccessible(page);
  await page.locator("#library-title").fill("Étude : accès des femmes aux services communaux");
  await page.locator("#library-kind").selectOption("STUDY");
  await page.locator("#library-file").setInputFiles({ name: "etude.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>pas un PDF</html>") });
  await page.getByRole("button", { name: "Ajouter à la bibliothèque" }).click();
  await expect(page.locator("#library-file-error")).toHaveText("Seuls les PDF et les photos (JPEG, PNG ou WebP) sont acceptés.");
  await expect(page.locator("#library-title")).toHaveValue("Étude : accès des femmes aux services communaux");
  await expectAccessible(page);
  await page.locator("#library-file").setInputFiles({ name: "etude.pdf", mimeType: "application/pdf", buffer: makePdf(["Etude genre Beni Mathar 2026"]) });
  await page.getByRole("button", { name: "Ajouter à la bibliothèque" }).click();
  await expect(page.getByRole("status")).toHaveText("Le document a été ajouté à la bibliothèque.");
  const link = page.getByRole("link", { name: "Ouvrir : Étude : accès des femmes aux services communaux" });
  await expect(page.getByRole("listitem").filter({ has: link })).toContainText("Étude");
  const href = (await link.getAttribute("href"))!;
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["cache-control"]).toBe("private, no-store");
  await expectAccessible(page);

  // Means: the chair asks; the bureau answers in the admin area.
  await page.goto("/fr/equality/workspace/means");
  await page.locator("#means-subject").fill("Un bureau équipé pour l'instance");
  await page.locator("#means-details").fill("Une salle avec une table, six chaises et une armoire fermant à clé pour les archives.");
  await page.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(page.getByRole("status")).toHaveText("La demande est enregistrée.");
  await expect(page.getByRole("main")).toContainText("En attente de réponse");

  // Another person: the library file is not there for them, whatever the link.
  await signInAs(page, BUREAU, "fr");
  expect((await page.request.get(href)).status()).toBe(404);
  await page.goto("/fr/admin/equality/means");
  const answer = page.getByRole("form", { name: "Réponse à « Un bureau équipé pour l'instance »" });
  await answer.getByRole("radio", { name: "Accordé en partie" }).check();
  await answer.locator("textarea[name=answer]").fill("Une salle partagée est mise à disposition le mardi et le jeudi.");
  await answer.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(page.getByRole("status")).toHaveText("La réponse est enregistrée.");
  await expectAccessible(page);

  await signInAs(page, CHAIR, "ar");
  await page.goto("/equality/workspace/means");
  await expect(page.getByRole("main")).toContainText("Une salle partagée est mise à disposition");
  await expectAccessible(page);
  // The chair removes the study from the library.
  await page.goto("/equality/workspace/library");
  await page.getByRole("button", { name: "حذف: Étude : accès des femmes aux services communaux" }).click();
  await expect(page.getByRole("status")).toHaveText("حُذفت الوثيقة من المكتبة.");
  await expect(page.getByText("لا توجد وثائق بعد.")).toBeVisible();
});

test("the committee's settings refuse a maximum below the minimum, keeping what was typed", async ({ page }) => {
  await signInAs(page, ADMIN, "fr");
  await page.goto("/fr/admin/equality/settings");
  await page.getByLabel("Nombre minimum de membres").fill("12");
  await page.getByLabel("Nombre maximum de membres").fill("7");
  await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toBeVisible();
  await expect(page.getByLabel("Nombre maximum de membres")).toHaveValue("7");
  await expectAccessible(page);
});

test("a resident declares their gender; the public gender statistics show in Arabic and French", async ({ page }) => {
  await registerAndSignIn(page, "حسناء البوعزاوي", uniqueEmail("genre"), PASSWORD);
  await page.getByRole("radio", { name: "امرأة" }).check();
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByRole("status")).toHaveText("تم حفظ اختياركم.");
  await expect(page.getByRole("radio", { name: "امرأة" })).toBeChecked();
  await expectAccessible(page);

  await page.goto("/equality");
  await page.getByRole("link", { name: "المساواة بالأرقام" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المساواة بالأرقام");
  await expect(page.getByRole("heading", { level: 2, name: "تركيبة الهيئة" })).toBeVisible();
  await expect(page.getByTestId("composition-text")).toContainText("من أصل");
  // A handful of declarations is not published: nobody can be told apart.
  await expect(page.getByRole("region", { name: "المشاركة في منتدى الدوار" })).toContainText("صرح أقل من 5 أشخاص بجنسهم");
  await expectAccessible(page);

  await page.goto("/fr/equality/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'égalité en chiffres");
  await expect(page.getByRole("region", { name: "Projets du programme qui tiennent compte du genre" }).first()).toContainText("Tient compte de l'approche genre");
  await expectAccessible(page);
});
