// The douar forum end to end, with an accessibility check on every page visited:
// in Arabic, a resident raises a problem with a photo (similar topics suggested first), a neighbour
// replies and says it affects them too, staff answer officially and plan it in a programme project,
// and the resident receives the e-mail; in French, a reply is reported and a moderator hides it.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, linkFromEmail, signIn } from "./helpers";

const PASSWORD = "musharaka-demo-2026";
const RESIDENT = "citizen@demo.bni-mathar.example";
const NEIGHBOUR = "association@demo.bni-mathar.example";
const STAFF = "editor@demo.bni-mathar.example";

async function signInAs(page: Page, email: string, path = "/signin") {
  await page.context().clearCookies();
  await signIn(page, email, PASSWORD, path);
  await expect(page).toHaveURL(/\/account$/);
}

test("a resident raises a problem with a photo, a neighbour joins in, the commune answers and plans it, and the resident is told by e-mail", async ({ page }) => {
  // Four people in turn, a photo upload and an e-mail: long on a shared two-core machine.
  test.slow();
  const title = `تراكم النفايات قرب السوق الأسبوعي ${Date.now()}`;
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#8a6" } }).jpeg().toBuffer();

  await signInAs(page, RESIDENT);
  await page.goto("/forum");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "إثارة مشكل" }).first()).toHaveAttribute("href", "/forum/new");
  await page.goto("/forum/new");
  await page.getByLabel("الدوار").selectOption({ label: "دوار الأمل (تجريبي)" });
  await page.getByLabel("العنوان").fill(title);
  await expectAccessible(page);
  await page.getByRole("button", { name: "متابعة" }).click();

  // The demo topic about waste near the school in the same douar is suggested before posting.
  await expect(page.getByTestId("similar-topics")).toContainText("تراكم النفايات قرب المدرسة");
  await expectAccessible(page);
  await page.getByLabel(/^الصنف/).selectOption({ label: "النفايات والنظافة — اختصاص ذاتي (المادة 83)" });
  await page.getByLabel(/^الوصف/).fill("الأكياس متراكمة بعد السوق كل أسبوع ولا تمر الشاحنة.");
  await page.getByLabel(/^المكان بدقة/).fill("خلف السوق الأسبوعي");
  await page.getByLabel(/^صور/).setInputFiles({ name: "souk.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "نشر الموضوع" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").filter({ hasText: "تم نشر موضوعكم" })).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`^الصورة 1 للموضوع`) })).toBeVisible();
  await expect(page.getByText("اختصاص ذاتي للجماعة (القانون التنظيمي 113.14، المادة 83)")).toBeVisible();
  await expectAccessible(page);
  const topicUrl = page.url();
  const topicId = topicUrl.match(/\/forum\/topics\/(\d+)/)![1]!;

  await signInAs(page, NEIGHBOUR);
  await page.goto(`/forum/topics/${topicId}`);
  await page.getByRole("button", { name: "هذا يعنيني أيضاً" }).click();
  await expect(page.getByText("شخص واحد معني.")).toBeVisible();
  await page.getByLabel(/^ردكم/).fill("نفس المشكل عندنا، الرائحة لا تطاق.");
  await page.getByRole("button", { name: "نشر الرد" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم نشر ردكم" })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "نفس المشكل عندنا" })).toBeVisible();
  await expectAccessible(page);

  await signInAs(page, STAFF);
  await page.goto("/admin/forum");
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel(/^جواب الجماعة/).fill("سنضع حاويات إضافية خلف السوق ونبرمج مروراً بعد كل سوق.");
  await page.getByRole("button", { name: "نشر الجواب الرسمي" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُشر الجواب الرسمي" })).toBeVisible();
  await page.getByLabel("تم التوصل به").check();
  await page.getByLabel(/^ملاحظة علنية/).fill("توصلنا بالموضوع وعاينت المصلحة المكان.");
  await page.getByRole("button", { name: "تغيير الحالة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تغيرت الحالة" })).toBeVisible();
  await page.getByLabel("مبرمج").check();
  await page.getByLabel(/^ملاحظة علنية/).fill("أدرج في مشروع تدبير النفايات.");
  await page.getByLabel(/^مشروع من برنامج العمل/).selectOption({ index: 1 });
  await page.getByRole("button", { name: "تغيير الحالة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تغيرت الحالة" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await page.goto(`/forum/topics/${topicId}`);
  await expect(page.getByText("الجواب الرسمي للجماعة")).toBeVisible();
  await expect(page.locator("[data-status=PLANNED]").first()).toBeVisible();
  await expect(page.getByText("مبرمج في برنامج عمل الجماعة:")).toBeVisible();
  await expectAccessible(page);

  const link = await linkFromEmail(RESIDENT, new RegExp(`https?://[^\\s"<]+/forum/topics/${topicId}`));
  expect(link).toContain(`/forum/topics/${topicId}`);
});

test("in French, a reply is reported and a moderator hides it: the public no longer sees it, its author sees why", async ({ page }) => {
  const offensive = `Message insultant hors sujet ${Date.now()}`;
  await signInAs(page, NEIGHBOUR, "/fr/signin");
  await page.goto("/fr/forum");
  await page.getByRole("link", { name: "Terrain de football sans clôture (exemple de démonstration)" }).click();
  await page.getByLabel(/^Votre réponse/).fill(offensive);
  await page.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(page.getByRole("article").filter({ hasText: offensive })).toBeVisible();
  const topicUrl = new URL(page.url()).pathname;

  await signInAs(page, RESIDENT, "/fr/signin");
  await page.goto(topicUrl);
  await page.getByRole("article").filter({ hasText: offensive }).getByRole("link", { name: "Signaler ce message" }).click();
  await page.getByLabel(/^Motif du signalement/).fill("Insulte envers les voisins");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre signalement a été transmis" })).toBeVisible();

  await signInAs(page, STAFF, "/fr/signin");
  await page.goto("/fr/admin/forum/reports");
  const report = page.getByRole("listitem").filter({ hasText: offensive });
  await expect(report).toContainText("Insulte envers les voisins");
  await expectAccessible(page);
  await report.getByLabel(/^Motif \(l'auteur le verra\)/).fill("Insulte : règle 2 du forum");
  await report.getByRole("button", { name: "Masquer ce message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le message est masqué" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await page.goto(topicUrl);
  await expect(page.getByText(offensive)).toHaveCount(0);

  await signInAs(page, NEIGHBOUR, "/fr/signin");
  await page.goto(topicUrl);
  const own = page.getByRole("article").filter({ hasText: offensive });
  await expect(own).toContainText("Votre message a été masqué par un modérateur");
  await expect(own).toContainText("Insulte : règle 2 du forum");
  await expectAccessible(page);
});

test("in French, a douar meeting's minutes link outcomes to topics, and staff schedule the next one from the open topics", async ({ page }) => {
  await page.goto("/fr/forum/douars/demo-douar-el-amal");
  await expectAccessible(page);
  await page.getByRole("region", { name: "Réunions du forum dans ce douar" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réunion du forum : Douar El Amal (démo)");
  await expect(page.getByText("Résultat de la réunion").first()).toBeVisible();
  await expectAccessible(page);

  await signInAs(page, STAFF, "/fr/signin");
  await page.goto("/fr/admin/forum/meetings/new");
  await page.getByLabel("Douar").selectOption({ label: "Douar El Hadba (démo)" });
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel(/^Date/).fill("15/12/2099");
  await page.getByLabel(/^Heure/).fill("10:00");
  await page.getByLabel(/^Lieu/).fill("École du douar");
  await page.getByRole("group", { name: /^Ordre du jour/ }).getByRole("checkbox").first().check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Programmer la réunion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La réunion est programmée" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réunion du forum : Douar El Hadba (démo)");
  await expectAccessible(page);

  await signInAs(page, "admin@demo.bni-mathar.example", "/fr/signin");
  await page.goto("/fr/admin/forum/categories");
  await expect(page.getByRole("heading", { level: 2, name: "waste" })).toBeVisible();
  await expectAccessible(page);
});
