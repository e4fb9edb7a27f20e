// Association verification end to end (issue 9), with an axe check on each page: a resident
// registers their association with its papers; the administrator refuses it with a reason, which
// reaches the resident by e-mail; the resident corrects it; the administrator verifies it and the
// resident becomes its representative.
import { expect, test, type Page } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, linkFromEmail, signIn, uniqueEmail, comeFromOwnAddress } from "./helpers";

const PASSWORD = "bni mathar souk lundi";
const ADMIN = "admin@demo.bni-mathar.example";
const DEMO_PASSWORD = "musharaka-demo-2026";

test.describe.configure({ timeout: 180_000 });

const pdf = (name: string, text: string) => ({ name, mimeType: "application/pdf", buffer: makePdf([text]) });

async function signOut(page: Page) {
  await page.context().clearCookies();
}

async function adminDecides(page: Page, name: string, decide: (page: Page) => Promise<void>) {
  await signIn(page, ADMIN, DEMO_PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/admin/associations?status=PENDING");
  await expectAccessible(page);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("En attente de vérification");
  await expect(page.getByRole("link", { name: "Ouvrir : Statuts" })).toBeVisible();
  await decide(page);
  await expect(page.getByRole("status")).toHaveText("La décision a été enregistrée et notifiée au représentant.");
  await expectAccessible(page);
  await signOut(page);
}

test("a resident registers an association; refused with a reason, corrected, then verified", async ({ page }) => {
  const email = uniqueEmail("association");
  const name = `جمعية السنابل ${Date.now()}`;
  await comeFromOwnAddress(page);
  await page.goto("/register");
  await page.getByLabel("الاسم الكامل").fill("خديجة رئيسة الجمعية");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await page.goto(await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "تأكيد بريدي الإلكتروني" }).click();
  await signIn(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));

  await page.getByRole("link", { name: "جمعيتي" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("جمعيتي");
  await expectAccessible(page);
  await page.getByLabel("اسم الجمعية").fill(name);
  await page.getByLabel("رقم الوصل النهائي").fill("RD-2018-077");
  await page.getByLabel("تاريخ الوصل النهائي (سنة-شهر-يوم)").fill("2018-06-01");
  await page.getByLabel("تاريخ التأسيس (سنة-شهر-يوم)").fill("2018-07-01");
  await page.getByLabel("عنوان المقر").fill("دوار أولاد قدور");
  await page.getByLabel("للجمعية مقر أو فرع بالجماعة").check();
  await page.getByLabel("مجال النشاط").fill("الرياضة والثقافة للشباب");
  await page.getByLabel("الوصل النهائي (PDF أو صورة)").setInputFiles(pdf("recu.pdf", "Recepisse illisible"));
  await page.getByLabel("النظام الأساسي (PDF أو صورة)").setInputFiles(pdf("statuts.pdf", "Statuts"));
  await page.getByRole("button", { name: "إرسال للتحقق" }).click();
  // A founding date after the receipt is refused beside the field; what was typed stays.
  await expect(page.locator("#association-foundedOn-error")).toHaveText("لا يمكن أن يأتي تاريخ التأسيس بعد تاريخ الوصل النهائي.");
  await expect(page.getByLabel("اسم الجمعية")).toHaveValue(name);
  await page.getByLabel("تاريخ التأسيس (سنة-شهر-يوم)").fill("2018-05-10");
  await page.getByLabel("الوصل النهائي (PDF أو صورة)").setInputFiles(pdf("recu.pdf", "Recepisse illisible"));
  await page.getByLabel("النظام الأساسي (PDF أو صورة)").setInputFiles(pdf("statuts.pdf", "Statuts"));
  await page.getByRole("button", { name: "إرسال للتحقق" }).click();
  await expect(page.getByRole("status")).toHaveText("أُرسل طلبكم. ستتحقق الجماعة من الوثائق وتخبركم بالبريد الإلكتروني.");
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toContainText("في انتظار التحقق");
  await expectAccessible(page);
  await signOut(page);

  await adminDecides(page, name, async (admin) => {
    await admin.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(admin.locator("#association-decision-decision-error")).toBeVisible();
    await admin.getByLabel("Refuser, avec un motif").check();
    await admin.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(admin.locator("#association-decision-reason-error")).toHaveText("Un refus doit être motivé.");
    await admin.getByLabel("Refuser, avec un motif").check();
    await admin.getByLabel("Motif du refus (lu par le représentant)").fill("الوصل النهائي غير مقروء، المرجو إرسال نسخة واضحة.");
    await admin.getByRole("button", { name: "Enregistrer la décision" }).click();
  });

  const mail = await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/account\/association/);
  expect(mail).toContain("/account/association");
  await signIn(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/account/association");
  await expect(page.getByText(/السبب: الوصل النهائي غير مقروء/)).toBeVisible();
  await page.getByLabel("الوصل النهائي (PDF أو صورة)").setInputFiles(pdf("recu-clair.pdf", "Recepisse lisible"));
  await page.getByRole("button", { name: "تصحيح وإعادة الإرسال" }).click();
  await expect(page.getByRole("status")).toHaveText("أُرسل طلبكم. ستتحقق الجماعة من الوثائق وتخبركم بالبريد الإلكتروني.");
  await signOut(page);

  await adminDecides(page, name, async (admin) => {
    await admin.getByLabel("Vérifier l'association").check();
    await admin.getByRole("button", { name: "Enregistrer la décision" }).click();
  });

  await signIn(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/account/association");
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toContainText("تم التحقق منها");
  await expect(page.getByRole("button", { name: "تصحيح وإعادة الإرسال" })).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText("ممثل(ة) جمعية");
  await expectAccessible(page);
});
