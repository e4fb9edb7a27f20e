// The action programme's staff side and the engagement of signed-in people, in Chromium with axe:
// follow a project, staff record progress with a photo, the follower gets the e-mail over SMTP and
// the in-app notice; a member reports a difficulty and asks a question, staff answer, the answers
// are public. Uses the seeded demo accounts and project A1-01.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, linkFromEmail, signIn, subjectsTo } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const MEMBER = "association@demo.bni-mathar.example";
const EDITOR = "editor@demo.bni-mathar.example";
const PROJECT = "/programme/projects/A1-01";

async function signInAs(page: Page, email: string, locale: "ar" | "fr" = "ar") {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD, locale === "fr" ? "/fr/signin" : "/signin");
  await expect(page).toHaveURL(locale === "fr" ? /\/fr\/account$/ : /\/account$/);
}

/** A phone photo: JPEG with the camera's make and a GPS position in its EXIF. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: "#a0784a" } })
    .jpeg({ quality: 70 })
    .withExif({ IFD0: { Make: "FieldPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 17/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "2/1 1/1 0/1" } })
    .toBuffer();
}

const MINIMAL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

test("a member follows a project, staff record progress with a photo, the member gets the e-mail and the notice", async ({ page }) => {
  // Anonymous visitors are invited to sign in, and come back to the project.
  await page.goto(PROJECT);
  const signInLink = page.locator("#engagement").getByRole("link", { name: "تسجيل الدخول" }).first();
  await expect(signInLink).toHaveAttribute("href", "/signin?callbackUrl=%2Fprogramme%2Fprojects%2FA1-01");
  await expectAccessible(page);

  await signInAs(page, MEMBER);
  await page.goto(PROJECT);
  await page.getByRole("button", { name: "تتبع المشروع" }).click();
  await expect(page.getByText("أنتم تتبعون هذا المشروع")).toBeVisible();
  await expect(page.getByRole("button", { name: "إلغاء التتبع" })).toBeVisible();
  await expectAccessible(page);

  await signInAs(page, EDITOR);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "قائمة الإدارة" }).getByRole("link", { name: "برنامج العمل" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("برنامج عمل الجماعة");
  await expectAccessible(page);
  await page.getByRole("link", { name: /^A1-01 · / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A1-01");
  await expectAccessible(page);

  await page.getByLabel("نسبة الإنجاز المادي (%)").fill("57");
  await page.getByLabel("نسبة الإنجاز المالي (%)").fill("٤٣");
  await page.getByLabel("ملاحظة بالعربية (اختياري)").fill("تم تبليط الشطر الأول من الطريق.");
  await page.getByLabel("الإثباتات: صور أو وثائق PDF (اختياري)").setInputFiles([
    { name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: await photoWithGps() },
    { name: "PV-reception.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF },
  ]);
  await page.getByLabel("وصف الإثباتات بالعربية (اختياري)").fill("الشطر الأول بعد التبليط");
  await page.getByRole("button", { name: "تسجيل التقدم" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم تسجيل التقدم وإخبار متتبعي المشروع.");
  const history = page.getByRole("region", { name: "سجل التقدم" });
  await expect(history.getByText("تم تبليط الشطر الأول من الطريق.")).toBeVisible();
  await expectAccessible(page);

  // The photo is served re-encoded, without its EXIF; the PDF is sandboxed.
  const photoSrc = await page.getByRole("img", { name: "الشطر الأول بعد التبليط" }).first().getAttribute("src");
  const photo = await page.request.get(photoSrc!);
  expect(photo.headers()["content-type"]).toBe("image/jpeg");
  expect(photo.headers()["x-content-type-options"]).toBe("nosniff");
  expect(photo.headers()["content-disposition"]).toMatch(/^inline; filename="evidence-\d+\.jpg"$/);
  const photoBytes = await photo.body();
  expect((await sharp(photoBytes).metadata()).exif).toBeUndefined();
  expect(photoBytes.includes(Buffer.from("FieldPhone"))).toBe(false);
  const pdfHref = await page.getByRole("link", { name: /وثيقة PDF رقم 1/ }).first().getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-security-policy"]).toBe("sandbox; default-src 'none'");
  expect((await page.request.get("/api/files/evidence/999999")).status()).toBe(404);

  // The member's e-mail, delivered over SMTP, leads to the project page.
  const link = await linkFromEmail(MEMBER, /http:\/\/127\.0\.0\.1:\d+\/programme\/projects\/A1-01/);
  await signInAs(page, MEMBER);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("تم تبليط الشطر الأول من الطريق.")).toBeVisible();

  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إشعاراتي");
  const notice = page.getByRole("listitem").filter({ hasText: "سجلت الجماعة تقدما جديدا" }).first();
  await expect(notice).toContainText("A1-01");
  await expect(notice).toContainText("57");
  await expect(notice).toContainText("جديد");
  await expectAccessible(page);
  await page.getByRole("button", { name: "تعليم الكل كمقروء" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("عُلِّمت كل الإشعارات كمقروءة.");
  await expect(page.getByText("لا إشعارات جديدة")).toBeVisible();
});

test("staff withdraw a photo with a reason; the public page says so and the file is gone", async ({ page }) => {
  const caption = `صورة للسحب ${Date.now()}`;
  await signInAs(page, EDITOR);
  await page.goto("/admin/programme/A6-02");
  await page.getByLabel("نسبة الإنجاز المادي (%)").fill("12");
  await page.getByLabel("نسبة الإنجاز المالي (%)").fill("5");
  await page.getByLabel("الإثباتات: صور أو وثائق PDF (اختياري)").setInputFiles([{ name: "IMG_3001.jpg", mimeType: "image/jpeg", buffer: await photoWithGps() }]);
  await page.getByLabel("وصف الإثباتات بالعربية (اختياري)").fill(caption);
  await page.getByRole("button", { name: "تسجيل التقدم" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم تسجيل التقدم");
  const src = await page.getByRole("img", { name: caption }).getAttribute("src");
  expect((await page.request.get(src!)).status()).toBe(200);

  // A withdrawal needs a reason: blanks are not one.
  const withdraw = page.getByRole("form", { name: `سحب ${caption}` });
  await withdraw.getByLabel(/^سبب السحب/).fill("   ");
  await withdraw.getByRole("button", { name: "سحب هذا الملف" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("هذه الخانة إلزامية.");
  await expectAccessible(page);
  await page.getByRole("form", { name: `سحب ${caption}` }).getByLabel(/^سبب السحب/).fill("تظهر في الصورة وجوه أطفال.");
  await page.getByRole("form", { name: `سحب ${caption}` }).getByRole("button", { name: "سحب هذا الملف" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("سُحب الملف وحُذف من الخادم.");
  await expect(page.getByRole("listitem").filter({ hasText: caption }).last()).toContainText("تظهر في الصورة وجوه أطفال.");
  await expectAccessible(page);

  expect((await page.request.get(src!)).status()).toBe(410);
  await page.context().clearCookies();
  await page.goto("/programme/projects/A6-02");
  await expect(page.getByText("تظهر في الصورة وجوه أطفال.")).toBeVisible();
  await expect(page.getByText(/صورة سحبته الجماعة في/)).toBeVisible();
});

test("a member reports a difficulty and asks a question in French; staff answer both; the answers are public", async ({ page }) => {
  const difficulty = `Le chantier bloque l'accès à l'école du douar (${Date.now()}).`;
  const question = `Quand la route sera-t-elle ouverte aux camions ? (${Date.now()})`;
  await signInAs(page, MEMBER, "fr");
  await page.goto(`/fr${PROJECT}`);
  await page.getByLabel("La difficulté ou la contrainte").fill(difficulty);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByText("La difficulté est inscrite au registre.")).toBeVisible();
  const register = page.locator("section", { has: page.getByRole("heading", { name: "Registre des difficultés et contraintes" }) });
  await expect(register.getByRole("article").filter({ hasText: difficulty })).toContainText("Reçue");

  await page.getByRole("textbox", { name: /^Votre message/ }).fill(question);
  await page.getByRole("button", { name: "Publier le message" }).click();
  await expect(page.getByText("Votre message est publié.")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: question })).toContainText("En attente de la réponse de la commune.");
  await expectAccessible(page);

  // The staff home lists both among what waits for the editor, one click from their pages.
  await signInAs(page, EDITOR, "fr");
  await page.goto("/fr/admin");
  await expect(page.getByRole("heading", { name: "Ce qui vous attend" })).toBeVisible();
  const questionsQueue = page.locator("section", { has: page.getByRole("heading", { name: /^Questions et observations sans réponse/ }) });
  await expect(questionsQueue.getByRole("link", { name: /^A1-01 · / })).toHaveAttribute("href", "/fr/admin/programme/A1-01/discussion");
  await expectAccessible(page);
  const difficultiesQueue = page.locator("section", { has: page.getByRole("heading", { name: /^Difficultés signalées sur les projets/ }) });
  await difficultiesQueue.getByRole("link", { name: /^A1-01 · / }).first().click();
  await expect(page).toHaveURL(/\/fr\/admin\/programme\/A1-01\/difficulties$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText("Difficultés et contraintes");
  await expectAccessible(page);
  const item = page.getByRole("listitem").filter({ hasText: difficulty });
  await item.getByLabel("Nouveau statut").selectOption({ label: "Répondue" });
  await item.getByLabel("Réponse de la commune").fill("Un passage piéton protégé sera ouvert lundi matin.");
  await item.getByRole("button", { name: "Mettre à jour la difficulté" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La difficulté a été mise à jour");
  await expectAccessible(page);

  await page.goto("/fr/admin/programme/A1-01/discussion");
  const post = page.getByRole("listitem").filter({ hasText: question });
  await expect(post).toContainText("En attente de réponse");
  await post.getByLabel("Réponse officielle").fill("La route sera ouverte aux camions en juin, après la réception des travaux.");
  await post.getByRole("button", { name: "Publier la réponse officielle" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La réponse officielle a été publiée");
  await expectAccessible(page);

  // Anyone, signed in or not, reads the register and the commune's answers.
  await page.context().clearCookies();
  await page.goto(`/fr${PROJECT}`);
  const entry = register.getByRole("article").filter({ hasText: difficulty });
  await expect(entry).toContainText("Répondue");
  await expect(entry).toContainText("Un passage piéton protégé sera ouvert lundi matin.");
  const answered = page.getByRole("article").filter({ hasText: question });
  await expect(answered).toContainText("Réponse officielle de la commune");
  await expect(answered).toContainText("La route sera ouverte aux camions en juin");
  await expectAccessible(page);

  // The member is told over SMTP, in the language of their account (Arabic), whatever page they wrote from.
  await expect
    .poll(() => subjectsTo(MEMBER), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(["الصعوبة التي أبلغتم عنها في المشروع A1-01: تمت الإجابة", "جواب الجماعة على سؤالكم حول المشروع A1-01"]));
});

test("staff forms explain what is wrong, in Arabic and in French, and every staff page passes axe", async ({ page }) => {
  // Many pages, each checked by axe: more time than one flow, whatever the machine.
  test.slow();
  await signInAs(page, EDITOR);
  await page.goto("/admin/programme/A1-01/edit");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText("تعديل المشروع");
  await expectAccessible(page);
  await page.getByLabel("حالة المشروع").selectOption("DELAYED");
  await page.getByLabel("سبب التأخر أو الإلغاء بالعربية").fill("");
  await page.getByRole("button", { name: "حفظ التعديلات" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("اذكروا بالعربية سبب التأخر أو الإلغاء.");
  await expect(page.getByLabel("حالة المشروع")).toHaveValue("DELAYED");
  await expectAccessible(page);

  await page.goto("/admin/programme/A1-01");
  await page.getByRole("button", { name: "تسجيل التقدم" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("هذه الخانة إلزامية.");
  await page.getByLabel("نسبة الإنجاز المادي (%)").fill("120");
  await page.getByLabel("نسبة الإنجاز المالي (%)").fill("10");
  await page.getByLabel("الإثباتات: صور أو وثائق PDF (اختياري)").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html>not a photo</html>") });
  await page.getByRole("button", { name: "تسجيل التقدم" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("يجب أن تكون النسبة بين 0 و100.");
  await page.getByLabel("نسبة الإنجاز المادي (%)").fill("60");
  await page.getByLabel("الإثباتات: صور أو وثائق PDF (اختياري)").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<html>not a photo</html>") });
  await page.getByRole("button", { name: "تسجيل التقدم" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("ليس صورة JPEG أو PNG أو WebP ولا وثيقة PDF");
  await expect(page.getByLabel("نسبة الإنجاز المادي (%)")).toHaveValue("60");
  await expectAccessible(page);

  for (const path of ["/fr/admin/programme", "/fr/admin/programme/new", "/fr/admin/programme/A1-01", "/fr/admin/programme/A1-01/edit", "/admin/programme/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/fr/admin/programme/new");
  await page.getByRole("button", { name: "Créer le projet" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Ce champ est obligatoire.");

  // A citizen gets the 403 page, not the staff pages.
  await signInAs(page, "citizen@demo.bni-mathar.example");
  expect((await page.goto("/admin/programme"))?.status()).toBe(403);
  expect((await page.goto("/fr/admin/programme/A1-01/difficulties"))?.status()).toBe(403);
});
