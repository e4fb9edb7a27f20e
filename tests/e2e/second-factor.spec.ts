// A staff member's first day (issue 9): a new staff member sets up an authenticator app on their
// security page (the code is computed here from the key the page shows, as the app would), then
// signing in needs a code; the admin area opens on what waits for them; they work an item from each
// of their queues that has one (a forum topic, a difficulty and a question a resident raised this
// morning) and find their actions, with their role, in the audit log. Axe on each page visited.
import { expect, test } from "@playwright/test";
import { totpCode, totpStep } from "../../lib/security/totp";
import { expectAccessible, linkFromEmail, signIn, uniqueEmail, comeFromOwnAddress } from "./helpers";

const PASSWORD = "a-long-staff-passphrase-2026";
const DEMO_PASSWORD = "musharaka-demo-2026";

test.describe.configure({ timeout: 180_000 });

test("a new staff member sets up the authenticator app, signs in with a code, works an item from each queue and finds their actions in the audit log", async ({ page }) => {
  const email = uniqueEmail("agent");
  // This morning a resident reported a difficulty and asked a question on a programme project.
  const difficulty = `La piste vers l'école est coupée par le chantier (${Date.now()}).`;
  const question = `Quand la piste sera-t-elle rouverte ? (${Date.now()})`;
  await signIn(page, "association@demo.bni-mathar.example", DEMO_PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/programme/projects/A1-01");
  await page.getByLabel("La difficulté ou la contrainte").fill(difficulty);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByText("La difficulté est inscrite au registre.")).toBeVisible();
  await page.getByRole("textbox", { name: /^Votre message/ }).fill(question);
  await page.getByRole("button", { name: "Publier le message" }).click();
  await expect(page.getByText("Votre message est publié.")).toBeVisible();
  await page.context().clearCookies();

  await comeFromOwnAddress(page);
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

  // The day's work, in French: one item from each queue, each one click from the dashboard.
  const queue = (key: string) => page.locator(`[id="queue-${key}"]`);
  await page.goto("/fr/admin");
  await expect(queue("forum.unanswered")).toBeVisible();
  await expect(queue("programme.difficulties")).toBeVisible();
  await expect(queue("programme.questions")).toBeVisible();

  await queue("forum.unanswered").getByRole("listitem").first().getByRole("link").click();
  await page.getByLabel(/^Réponse de la commune/).fill("Une équipe passera cette semaine constater le problème sur place.");
  await page.getByRole("button", { name: "Publier la réponse officielle" }).click();
  await expect(page.getByRole("status").filter({ hasText: "La réponse officielle est publiée" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/fr/admin");
  await queue("programme.difficulties").getByRole("link", { name: /^A1-01 · / }).first().click();
  const reported = page.getByRole("listitem").filter({ hasText: difficulty });
  await reported.getByLabel("Nouveau statut").selectOption({ label: "Répondue" });
  await reported.getByLabel("Réponse de la commune").fill("Un passage provisoire est ouvert à côté du chantier.");
  await reported.getByRole("button", { name: "Mettre à jour la difficulté" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La difficulté a été mise à jour");

  await page.goto("/fr/admin");
  await queue("programme.questions").getByRole("link", { name: /^A1-01 · / }).first().click();
  const asked = page.getByRole("listitem").filter({ hasText: question });
  await asked.getByLabel("Réponse officielle").fill("La piste sera rouverte à la fin des travaux de la semaine prochaine.");
  await asked.getByRole("button", { name: "Publier la réponse officielle" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La réponse officielle a été publiée");

  // The audit log: a staff member without the audit permission sees their own actions, with their role.
  await page.goto("/fr/admin");
  await page.getByRole("navigation", { name: "Menu de l'administration" }).getByRole("link", { name: "Mes actions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes actions");
  const log = page.getByRole("table");
  for (const action of ["forum.answered", "difficulty.updated", "comment.answered"]) await expect(log).toContainText(action);
  await expect(log).toContainText("Agent·e éditeur·rice");
  await expect(log).not.toContainText("user.role_granted");
  await expectAccessible(page);
});
