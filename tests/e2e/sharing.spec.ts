// Sharing: a public page describes itself for WhatsApp, Facebook and X in its own language (Open
// Graph and Twitter tags, og:locale ar_MA / fr_MA with the other as alternate, hreflang links, the
// share image), and offers share links that work without JavaScript (plain links and the address
// in a read-only field), with an accessibility check.
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL } from "./config";
import { expectAccessible } from "./helpers";

const meta = (page: Page, attr: "property" | "name", key: string) => page.locator(`head meta[${attr}="${key}"]`).getAttribute("content");

for (const { lang, prefix, ogLocale, alternate, titlePart } of [
  { lang: "ar", prefix: "", ogLocale: "ar_MA", alternate: "fr_MA", titlePart: "مجلس الشباب والطفولة" },
  { lang: "fr", prefix: "/fr", ogLocale: "fr_MA", alternate: "ar_MA", titlePart: "Conseil des jeunes et de l'enfance" },
]) {
  test(`share tags and links in ${lang}: the youth council page`, async ({ page }) => {
    await page.goto(`${prefix}/youth-council`);
    expect(await meta(page, "property", "og:title")).toBe(titlePart);
    expect(await meta(page, "property", "og:locale")).toBe(ogLocale);
    expect(await meta(page, "property", "og:locale:alternate")).toBe(alternate);
    expect(await meta(page, "property", "og:url")).toBe(`${BASE_URL}${prefix}/youth-council`);
    expect(await meta(page, "property", "og:image")).toBe(`${BASE_URL}/share.png`);
    expect(await meta(page, "property", "og:description")).toBeTruthy();
    expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "name", "twitter:title")).toBe(titlePart);
    await expect(page.locator('head link[rel="alternate"][hreflang="fr-MA"]')).toHaveAttribute("href", `${BASE_URL}/fr/youth-council`);
    await expect(page.locator('head link[rel="alternate"][hreflang="ar-MA"]')).toHaveAttribute("href", `${BASE_URL}/youth-council`);
    await expect(page.locator("#share-url")).toHaveValue(`${BASE_URL}${prefix}/youth-council`);
    const share = page.locator("section").filter({ has: page.locator("#share-url") });
    await expect(share.getByRole("link").first()).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(`${BASE_URL}${prefix}/youth-council`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await expect(share.getByRole("link").nth(1)).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${BASE_URL}${prefix}/youth-council`)}`);
    expect((await page.request.get("/share.png")).headers()["content-type"]).toContain("image/png");
  });
}

test("a programme project is shared with its own title and description in each language", async ({ page }) => {
  await page.goto("/programme/projects/a1-01");
  const titleAr = await page.getByRole("heading", { level: 1 }).textContent();
  expect(await meta(page, "property", "og:title")).toBe(titleAr?.trim());
  expect(await meta(page, "property", "og:locale")).toBe("ar_MA");
  await expect(page.locator("#share-url")).toHaveValue(`${BASE_URL}/programme/projects/A1-01`);
  await expectAccessible(page);
  await page.goto("/fr/programme/projects/a1-01");
  const titleFr = await page.getByRole("heading", { level: 1 }).textContent();
  expect(await meta(page, "property", "og:title")).toBe(titleFr?.trim());
  expect(await meta(page, "property", "og:locale")).toBe("fr_MA");
  expect(await meta(page, "name", "description")).toBe(await meta(page, "property", "og:description"));
  await expectAccessible(page);
});
