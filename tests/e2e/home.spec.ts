import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { BASE_URL, E2E_DATABASE_NAME } from "./config";
import { expectAccessible, watchCspViolations } from "./helpers";

test("the Arabic home page is right-to-left and shows the plan's seven axes from the database", async ({ page }) => {
  const csp = watchCspViolations(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شاركوا في تدبير شؤون جماعتكم");
  await expect(page.getByRole("banner")).toContainText("جماعة بني مطهر");
  await expect(page.getByRole("banner")).toContainText("Commune de Bni Mathar");
  const axes = page.locator("section[aria-labelledby=plan-title] > ol > li");
  await expect(axes).toHaveCount(7);
  await expect(axes.first()).toContainText("المدخل 1: تعزيز المشاركة المواطنة في تفعيل وتتبع وتقييم برنامج عمل الجماعة");
  await expect(axes.first()).toContainText("نشر برنامج عمل الجماعة بكافة الوسائل الممكنة");
  // The threshold comes from the commune's legal population (7,089 < 35,000: 100, art. 123).
  await expect(page.getByText("يجب أن تجمع عريضة المواطنين 100 توقيع من السكان")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("09.08");
  await expect(page.getByRole("contentinfo")).toContainText("31.13");
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test("the French home page is left-to-right and in French", async ({ page }) => {
  const csp = watchCspViolations(page);
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participez à la gestion de votre commune");
  await expect(page.locator("section[aria-labelledby=plan-title] > ol > li").first()).toContainText("Axe 1");
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test("the language switch keeps the current page", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إشعار الخصوصية");
  await page.getByRole("link", { name: "Version française de cette page" }).click();
  await expect(page).toHaveURL(/\/fr\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notice de confidentialité");
  await page.getByRole("link", { name: "النسخة العربية من هذه الصفحة" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("every module in the navigation opens its page, and the skip link reaches the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "انتقل إلى المحتوى الرئيسي" })).toBeFocused();
  const nav = page.getByRole("navigation", { name: "القائمة الرئيسية" });
  for (const [name, path] of [
    ["برنامج عمل الجماعة", "/programme"],
    ["العرائض", "/petitions"],
    ["هيئة المساواة", "/equality"],
    ["منتدى الدوار", "/forum"],
    ["الحق في المعلومة", "/information"],
    ["الحوار والتشاور", "/participation"],
  ] as const) {
    await nav.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expectAccessible(page);
});

test("an unknown page answers 404 in the page's language", async ({ page }) => {
  const arabic = await page.goto("/no-such-page");
  expect(arabic?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  const french = await page.goto("/fr/no/such/page");
  expect(french?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expectAccessible(page);
});

test("pages carry the security headers and the health check reports the database", async ({ request }) => {
  const page = await request.get("/");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const second = await request.get("/");
  expect(second.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "up" });
});

test("behind an HTTPS proxy, pages add Strict-Transport-Security", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const secure = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
});

/** The hidden fields of a page's last form: what the browser posts to run its server action without JavaScript. */
async function formFields(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].at(-1)![0];
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return Object.fromEntries([...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([input]) => [unescape(/name="([^"]*)"/.exec(input)![1]!), unescape(/value="([^"]*)"/.exec(input)?.[1] ?? "")]));
}

test("a form posted from another site is refused (CSRF) with a 403 that says why, and nothing is saved", async ({ request }) => {
  const fields = { lastName: "Mathari", firstName: "Aicha", address: "Douar Zaouia", identityKind: "CIN", identityNumber: "F111222", informationRequested: `Requête venue d'ailleurs ${Date.now()}`, deliveryMode: "EMAIL", email: "aicha@example.ma" };
  const hidden = await formFields(request, "/fr/information/request");
  const forged = await request.post("/fr/information/request", { headers: { Origin: "https://evil.example" }, multipart: { ...hidden, ...fields } });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("Requête refusée : ce formulaire a été envoyé depuis un autre site.");
  // The same post from the portal's own page goes through (to the form's own answer).
  const own = await request.post("/fr/information/request", { headers: { Origin: BASE_URL }, multipart: { ...hidden, lastName: "" } });
  expect(own.status()).toBe(200);
  const database = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${E2E_DATABASE_NAME}` });
  await database.connect();
  const { rows } = await database.query("SELECT count(*)::int AS count FROM information_requests WHERE information_requested = $1", [fields.informationRequested]);
  await database.end();
  expect(rows[0].count).toBe(0);
});
