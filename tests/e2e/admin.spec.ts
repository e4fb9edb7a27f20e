import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";

test("an anonymous visitor is sent to sign in, and comes back to the admin area after", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
  await page.getByLabel("البريد الإلكتروني").first().fill("admin@demo.bni-mathar.example");
  await page.getByLabel("كلمة المرور").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("فضاء الإدارة");
  await expectAccessible(page);
});

test("a citizen is refused the admin area with a 403 page", async ({ page }) => {
  await signIn(page, "citizen@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("link", { name: "الإدارة" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الدخول غير مسموح");
  const users = await page.goto("/fr/admin/users");
  expect(users?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expectAccessible(page);
});

test("an administrator grants and removes a role, and the audit log records both", async ({ page }) => {
  await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/users?q=auditor");
  await expectAccessible(page);
  await page.getByRole("link", { name: "مدقق (حساب تجريبي)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("صفات مدقق (حساب تجريبي)");
  await page.getByRole("button", { name: "منح: عضو(ة) المكتب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم منح صفة «عضو(ة) المكتب» إلى مدقق (حساب تجريبي).");
  await page.getByRole("button", { name: "سحب: عضو(ة) المكتب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("تم سحب صفة «عضو(ة) المكتب»");
  await expectAccessible(page);

  await page.goto("/admin/audit");
  const rows = page.locator("tbody tr");
  await expect(rows.nth(0)).toContainText("user.role_revoked");
  await expect(rows.nth(1)).toContainText("user.role_granted");
  await expect(rows.nth(1)).toContainText("BUREAU_MEMBER");
  await expect(rows.nth(1)).toContainText("admin@demo.bni-mathar.example");
  await expectAccessible(page);
});

test("the last administrator cannot remove their own administrator role", async ({ page }) => {
  await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/users?q=admin%40demo");
  await page.getByRole("link", { name: "مدير المنصة (حساب تجريبي)" }).click();
  await page.getByRole("button", { name: "سحب: مدير(ة) البوابة" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("لا يمكن سحب صفة مدير البوابة من آخر مدير.");
});

test("an administrator suspends an account: its open session stops at once; reactivated, it signs in again", async ({ page, browser }) => {
  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, "committee-chair@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(memberPage).toHaveURL(/\/account$/);

  await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin/users?q=committee-chair");
  await page.getByRole("link", { name: "رئيسة هيئة المساواة (حساب تجريبي)" }).click();
  await expect(page.getByText("حالة الحساب: نشط")).toBeVisible();
  const suspension = page.getByRole("form", { name: "توقيف الحساب" });
  await suspension.getByLabel(/^السبب/).fill("حساب مشترك بين عدة أشخاص");
  await suspension.getByRole("button", { name: "توقيف الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("أُوقف الحساب وانتهت كل جلساته.");
  await expect(page.getByText("حالة الحساب: موقوف")).toBeVisible();
  await expectAccessible(page);

  // The member's next click finds them signed out.
  await memberPage.goto("/account");
  await expect(memberPage).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
  await memberPage.locator("#field-email").first().fill("committee-chair@demo.bni-mathar.example");
  await memberPage.locator("#field-password").fill(DEMO_PASSWORD);
  await memberPage.locator("form").filter({ has: memberPage.locator("#field-password") }).getByRole("button").click();
  await expect(memberPage.getByRole("alert").filter({ hasText: "هذا الحساب موقوف" })).toBeVisible();

  const reactivation = page.getByRole("form", { name: "إعادة تفعيل الحساب" });
  await reactivation.getByLabel(/^السبب/).fill("حساب شخصي جديد");
  await reactivation.getByRole("button", { name: "إعادة تفعيل الحساب" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("أُعيد تفعيل الحساب.");
  await signIn(memberPage, "committee-chair@demo.bni-mathar.example", DEMO_PASSWORD);
  await expect(memberPage).toHaveURL(/\/account$/);
  await member.close();
});

test("the audit log filters by action and actor, in French, and exports what it shows as CSV", async ({ page }) => {
  await signIn(page, "admin@demo.bni-mathar.example", DEMO_PASSWORD, "/fr/signin");
  await expect(page).toHaveURL(/\/fr\/account$/);
  // Something to find: a role granted and removed.
  await page.goto("/fr/admin/users?q=auditor");
  await page.getByRole("link", { name: "مدقق (حساب تجريبي)" }).click();
  await page.getByRole("button", { name: /^Attribuer.*bureau/ }).click();
  await page.getByRole("button", { name: /^Retirer.*bureau/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toBeVisible();

  await page.goto("/fr/admin/audit");
  const filters = page.getByRole("form", { name: "Filtrer le journal" });
  await filters.getByLabel("Action").fill("user.role_");
  await filters.getByLabel("Auteur (nom ou courriel)").fill("admin@demo");
  await filters.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/action=user.role_/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/user\.role_(granted|revoked)/);
  await expectAccessible(page);

  const href = await page.getByRole("link", { name: "Télécharger les résultats (CSV)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines.length - 1).toBe(await rows.count());
  for (const line of lines.slice(1)) expect(line).toMatch(/,user\.role_(granted|revoked),user,/);
});
