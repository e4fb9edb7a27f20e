// Staff keep the programme's adoption record, its consultations and its axes up to date, in
// Chromium with axe; the public overview shows each step, whether each legal rule was kept (in
// words), and the consultations with their attendance. Uses the seeded editor and programme.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const EDITOR = "editor@demo.bni-mathar.example";
const DEMO_PASSWORD = "musharaka-demo-2026";

async function saveVisaDate(page: Page, value: string) {
  const record = page.getByRole("main").locator("form").first();
  await record.getByLabel(/^تاريخ تأشيرة عامل الإقليم/).fill(value);
  await record.getByRole("button", { name: "حفظ مراحل المصادقة" }).click();
}

test("staff correct the adoption record; a step out of order is refused; the public sees which rules were kept", async ({ page }) => {
  await signIn(page, EDITOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/programme");
  await page.getByRole("link", { name: "المصادقة والمحاور" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المصادقة على البرنامج ومحاوره");
  await expectAccessible(page);

  // A visa dated before the vote is a typing error: refused, and what was typed stays.
  await saveVisaDate(page, "2022-09-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("هذا التاريخ سابق لتاريخ مرحلة يجب أن تسبقه");
  await expect(page.getByLabel(/^تاريخ تأشيرة عامل الإقليم/)).toHaveValue("2022-09-10");
  await expectAccessible(page);

  // A visa 35 days after the vote is accepted, and shown publicly as late.
  await saveVisaDate(page, "٢٠٢٢-١٠-٢٠");
  await expect(page.getByRole("status")).toHaveText("حُفظت مراحل المصادقة.");

  await page.goto("/programme");
  const adoption = page.locator("section", { has: page.getByRole("heading", { name: "المصادقة على البرنامج" }) });
  await expect(adoption.getByRole("listitem").filter({ hasText: "أشّر عليه العامل داخل 20 يوما" })).toContainText("غير محترم");
  await expect(adoption.getByRole("listitem").filter({ hasText: "عُرض المشروع على اللجان 30 يوما على الأقل" })).toContainText("محترم");
  await expect(adoption.getByRole("listitem").filter({ hasText: "استُشيرت هيئة المساواة" })).toContainText("محترم");
  await expect(adoption).toContainText("تأشيرة عامل الإقليم في 20 أكتوبر 2022");
  await expectAccessible(page);

  // Put the seeded date back for the other tests.
  await page.goto("/admin/programme/adoption");
  await saveVisaDate(page, "2022-09-29");
  await expect(page.getByRole("status")).toHaveText("حُفظت مراحل المصادقة.");
});

test("staff add a consultation and retitle an axis in French; the public pages show them", async ({ page }) => {
  const summary = `Réunion publique sur les priorités des douars (${Date.now()}).`;
  const note = `Titre à confirmer par le conseil (${Date.now()})`;
  await signIn(page, EDITOR, DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/admin/programme/adoption");

  const add = page.getByRole("form", { name: "Nouvelle concertation" });
  await add.getByLabel("Type de concertation").selectOption({ label: "Réunion publique" });
  await add.getByLabel(/^Date/).fill("2022-02-30");
  await add.getByLabel("Synthèse en arabe").fill("لقاء عمومي حول أولويات الدواوير.");
  await add.getByLabel("Synthèse en français").fill(summary);
  await add.getByRole("button", { name: "Ajouter la concertation" }).click();
  // A day that does not exist is refused, in French, and what was typed stays.
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Saisissez une date valide");
  await expect(add.getByLabel("Type de concertation")).toHaveValue("PUBLIC_MEETING");
  await expect(add.getByLabel("Synthèse en français")).toHaveValue(summary);
  await expectAccessible(page);

  await add.getByLabel(/^Date/).fill("2022-05-21");
  await add.getByLabel("Participantes (femmes)").fill("12");
  await add.getByLabel("Participants (hommes)").fill("9");
  await add.getByRole("button", { name: "Ajouter la concertation" }).click();
  await expect(page.getByRole("status")).toHaveText("La concertation est ajoutée.");

  const axis = page.getByRole("form", { name: "Axe 5" });
  await axis.getByLabel("Note en français").fill(note);
  await axis.getByRole("button", { name: "Enregistrer l’axe 5" }).click();
  await expect(page.getByRole("status")).toHaveText("L’axe est enregistré.");
  await expectAccessible(page);

  await page.goto("/fr/programme");
  const consultation = page.getByRole("listitem").filter({ hasText: summary });
  await expect(consultation).toContainText("Réunion publique · 21 mai 2022");
  await expect(consultation).toContainText("12 femmes et 9 hommes");
  await page.goto("/fr");
  await expect(page.getByText(note)).toBeVisible();
});
