// Staff sign in with a second factor (issue 9): a new staff member sets up an authenticator app on
// their security page (the code is computed here from the key the page shows, as the app would),
// then signing in needs a code, and the admin area opens. Axe on each page visited.
import { expect, test } from "@playwright/test";
import { totpCode, totpStep } from "../../lib/security/totp";
import { expectAccessible, linkFromEmail, signIn, uniqueEmail } from "./helpers";

const PASSWORD = "a-long-staff-passphrase-2026";
const DEMO_PASSWORD = "musharaka-demo-2026";

test.describe.configure({ timeout: 180_000 });

test("a new staff member sets up the authenticator app, then signs in with a code and opens the admin area", async ({ page }) => {
  const email = uniqueEmail("agent");
  await page.goto("/register");
  await page.getByLabel("الاسم الكامل").fill("سعاد الموظفة");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await page.goto(await linkFromEmail(email, /http:\/\/127\.0\.0\.1:\d+\/verify-email\?token=[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "تأكيد بريدي الإلكتروني" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم تأكيد البريد الإلكتروني");

  // The administrator makes the account a staff editor.
  await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "سعاد الموظفة" }).click();
  await page.getByRole("button", { name: "منح: موظف(ة) محرر(ة)" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم منح صفة");
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();

  // The new staff member sets up the second factor, in French.
  await signIn(page, email, PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/account/security");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérification en deux étapes");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mettre en place la vérification en deux étapes" }).click();
  await expect(page.getByRole("img", { name: "Code QR de la clé de vérification en deux étapes" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page);
  await page.getByLabel("Code de l'application").fill("000000");
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.locator("#second-factor-confirm-code-error")).toHaveText("Ce code n'est pas valide ou a déjà servi. Attendez le code suivant de votre application et réessayez.");
  await page.getByLabel("Code de l'application").fill(totpCode(secret, totpStep(new Date())));
  await page.getByRole("button", { name: "Activer" }).click();
  await expect(page.getByRole("status")).toHaveText("La vérification en deux étapes est activée. À chaque connexion, saisissez le code de votre application.");
  await expect(page.getByText(/^Activée depuis le /)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Se déconnecter" }).click();

  // From now on the password alone is not enough.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("يستعمل هذا الحساب التحقق بخطوتين");
  await expectAccessible(page);
  await page.locator("#field-email").first().fill(email);
  await page.locator("#field-password").fill(PASSWORD);
  // The next step's code: the one typed at set-up cannot be used twice.
  await page.locator("#field-code").fill(totpCode(secret, totpStep(new Date()) + 1));
  await page.locator("form").filter({ has: page.locator("#field-password") }).getByRole("button").click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("فضاء الإدارة");
  await expectAccessible(page);
});
