import { expect, test } from "@playwright/test";
import { expectAccessible, linkFromEmail, signIn, uniqueEmail } from "./helpers";

const PASSWORD = "bni mathar souk lundi";

test("a resident registers, verifies the e-mail received over SMTP, signs in and signs out", async ({ page }) => {
  const email = uniqueEmail("resident");
  await page.goto("/register");
  await expectAccessible(page);
  await page.getByLabel("الاسم الكامل").fill("فاطمة الزهراء بنعلي");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`أرسلنا رسالة إلى ${email}`);

  // Signing in before verifying says why, in Arabic.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("لم يتم تأكيد بريدكم الإلكتروني بعد");

  const link = await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=[A-Za-z0-9_-]+/);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "تأكيد بريدي الإلكتروني" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`تم تأكيد البريد الإلكتروني ${email}`);

  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("حسابي");
  await expect(page.getByRole("main")).toContainText("فاطمة الزهراء بنعلي");
  await expect(page.getByRole("main")).toContainText("مواطن(ة)");
  await expectAccessible(page);

  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم تسجيل خروجكم");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

test("bad input on the Arabic form gets Arabic messages and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toContainText("يرجى تصحيح ما يلي");
  await expect(summary).toContainText("هذه الخانة إلزامية");

  const name = `<script>alert(1)</script>`;
  await page.getByLabel("الاسم الكامل").fill(name);
  await page.getByLabel("البريد الإلكتروني").fill("not-an-email");
  await page.getByLabel("رقم الهاتف (اختياري)").fill("12345");
  await page.getByLabel("كلمة المرور").fill("short");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByText("لا يمكن أن يحتوي الاسم على الرمزين < و >.").first()).toBeVisible();
  await expect(page.getByText("أدخلوا بريدا إلكترونيا صحيحا").first()).toBeVisible();
  await expect(page.getByText("أدخلوا رقم هاتف مغربيا صحيحا").first()).toBeVisible();
  await expect(page.getByText("يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.").first()).toBeVisible();
  await expect(page.getByLabel("الاسم الكامل")).toHaveValue(name);
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue("not-an-email");
  await expect(page.getByLabel("الاسم الكامل")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("الاسم الكامل").fill("\u202Eعلي");
  await page.getByLabel("البريد الإلكتروني").fill("citizen@demo.bni-mathar.example");
  await page.getByLabel("رقم الهاتف (اختياري)").fill("");
  await page.getByLabel("كلمة المرور").fill("password");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByText("رموز خفية لتغيير اتجاه الكتابة").first()).toBeVisible();
  await page.getByLabel("الاسم الكامل").fill("علي");
  await page.getByLabel("كلمة المرور").fill("password");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByText("كلمة المرور هذه شائعة جدا").first()).toBeVisible();
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByText("يوجد حساب بهذا البريد الإلكتروني").first()).toBeVisible();
});

test("the French form answers in French, and a long input is refused without a server error", async ({ page }) => {
  await page.goto("/fr/register");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Nom complet").fill("x".repeat(300));
  await page.getByLabel("Adresse électronique").fill("a@b");
  await page.getByLabel("Mot de passe").fill("y".repeat(200));
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Veuillez corriger ce qui suit");
  await expect(page.getByText("Cette valeur est trop longue.").first()).toBeVisible();
  await expect(page.getByText("Saisissez une adresse électronique valide").first()).toBeVisible();
  await expectAccessible(page);
});

test("a forgotten password is reset through the e-mailed link", async ({ page }) => {
  const email = "committee-member@demo.bni-mathar.example";
  await page.goto("/forgot-password");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByRole("button", { name: "إرسال الرابط" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("إذا كان هذا البريد مسجلا لدينا");
  const link = await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[A-Za-z0-9_-]+/);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("كلمة المرور الجديدة").fill("a brand new committee passphrase");
  await page.getByRole("button", { name: "حفظ كلمة المرور" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم تغيير كلمة المرور");
  await signIn(page, email, "a brand new committee passphrase");
  await expect(page).toHaveURL(/\/account$/);
});

test("wrong passwords get a clear Arabic message, and five in a row lock the account for a while", async ({ page }) => {
  const email = "auditor@demo.bni-mathar.example";
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("البريد الإلكتروني أو كلمة المرور غير صحيحين.");
    await expect(page.locator("#field-email")).toHaveValue(email);
  }
  await signIn(page, email, "wrong password 5");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("أُوقف تسجيل الدخول إلى هذا الحساب مؤقتا");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("15 دقيقة");
  // Even the right password waits until the lock ends.
  await signIn(page, email, "musharaka-demo-2026");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("أُوقف تسجيل الدخول");
  await expectAccessible(page);
});
