// Importing projects from a CSV file, in Arabic and French, with axe: a file with one bad line is
// refused as a whole (its error is listed on its line, nothing is created); the corrected file
// creates every project, which the public list then finds. Uses the seeded editor, axes and douars.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const EDITOR = "editor@demo.bni-mathar.example";
const DEMO_PASSWORD = "musharaka-demo-2026";
const HEADER = "code,title_ar,title_fr,description_ar,description_fr,axis_number,competence,start_year,end_year,douars,estimated_cost_mad";

function csv(lines: string[], separator: "," | ";" = ","): Buffer {
  const text = [HEADER, ...lines].map((line) => (separator === "," ? line : line.replaceAll(",", ";"))).join("\r\n");
  return Buffer.from(`\uFEFF${text}\r\n`, "utf8");
}

async function upload(page: Page, name: string, content: Buffer, submit: string) {
  await page.locator("#import-file").setInputFiles({ name, mimeType: "text/csv", buffer: content });
  await page.getByRole("button", { name: submit }).click();
}

async function publicSearch(page: Page, prefix: string, code: string) {
  await page.goto(`${prefix}/programme/projects?q=${code}`);
  return page.locator(`main a[href$="/programme/projects/${code}"]`);
}

test("Arabic: a file with one bad line creates nothing; the corrected file creates the projects", async ({ page }) => {
  await signIn(page, EDITOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/programme/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("استيراد مشاريع من ملف CSV");
  await expect(page.getByRole("link", { name: "تحميل نموذج الملف (CSV)" })).toHaveAttribute("href", "/api/admin/programme/import-template");
  await expectAccessible(page);

  const good = "IMP-01,تهيئة ساحة الاستيراد,Place de l'import,وصف المشروع,Description du projet,1,OWN,2024,2025,ez-zaouia,150000";
  const bad = "IMP-02,إنارة الاستيراد,Éclairage importé,وصف,Description,99,OWN,2024,2025,,";
  await upload(page, "projets.csv", csv([good, bad]), "فحص الملف واستيراد المشاريع");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: "لم يُستورد أي مشروع" })).toBeVisible();
  // On a phone the errors are sentences ("line 3, column axis_number: …"); wider screens have a table.
  const errors = alert.getByRole("list", { name: "الأخطاء حسب السطر" }).getByRole("listitem");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toHaveText("السطر 3، العمود axis_number: لا يوجد محور رقمه 99.");
  await expectAccessible(page);
  await expect(await publicSearch(page, "", "IMP-01")).toHaveCount(0);

  await page.goto("/admin/programme/import");
  await upload(page, "projets.csv", csv([good, bad.replace(",99,", ",2,")]), "فحص الملف واستيراد المشاريع");
  const status = page.getByRole("status").filter({ hasText: "تم استيراد المشاريع" });
  await expect(status).toContainText("عدد المشاريع المضافة: 2");
  await expect(status.getByRole("link", { name: /IMP-02/ })).toHaveAttribute("href", "/admin/programme/IMP-02");
  await expectAccessible(page);

  for (const code of ["IMP-01", "IMP-02"]) await expect(await publicSearch(page, "", code)).toHaveCount(1);
  await expect(page.getByText("إنارة الاستيراد")).toBeVisible();
});

test("French: a semicolon file is checked line by line, then imported", async ({ page }) => {
  await signIn(page, EDITOR, DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/admin/programme/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer des projets depuis un fichier CSV");
  await expectAccessible(page);

  const good = "IMP-11,مسلك الاستيراد,Piste importée,وصف,Description,3,SHARED,2023,2026,,";
  const bad = "IMP-12,سوق الاستيراد,Marché importé,وصف,Description,3,OWN,2023,2026,,12.50";
  await upload(page, "projets-fr.csv", csv([good, bad], ";"), "Vérifier le fichier et importer les projets");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: "Aucun projet n’a été importé" })).toBeVisible();
  const errors = alert.getByRole("list", { name: "Erreurs par ligne" }).getByRole("listitem");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toHaveText("Ligne 3, colonne estimated_cost_mad : Indiquez le montant en dirhams entiers, sans centimes.");
  await expectAccessible(page);
  await expect(await publicSearch(page, "/fr", "IMP-11")).toHaveCount(0);

  await page.goto("/fr/admin/programme/import");
  await upload(page, "projets-fr.csv", csv([good, bad.replace("12.50", "12500")], ";"), "Vérifier le fichier et importer les projets");
  const status = page.getByRole("status").filter({ hasText: "Projets importés" });
  await expect(status).toContainText("Nombre de projets ajoutés : 2.");
  await expect(status.getByRole("link", { name: /IMP-11/ })).toHaveAttribute("href", "/fr/admin/programme/IMP-11");
  await expectAccessible(page);
  for (const code of ["IMP-11", "IMP-12"]) await expect(await publicSearch(page, "/fr", code)).toHaveCount(1);
  await expect(page.getByText("Marché importé")).toBeVisible();
});
