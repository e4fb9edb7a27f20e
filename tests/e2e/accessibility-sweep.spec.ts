// The accessibility sweep (issue 11, targets.md): every kind of public page, found by following the
// portal's own links from both home pages, checked with axe (WCAG 2.2 A and AA) at a phone's 360 px
// and a desktop's 1280 px, and for sideways scrolling at 320 px (WCAG 1.4.10 reflow); and a core
// flow done with the keyboard alone, with a visible focus at every step (WCAG 2.1.1, 2.4.7).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, expectNoHorizontalScroll } from "./helpers";

/** Not pages: files, feeds, exports, the framework's own paths, the staff area and sign-out. */
const SKIP = /^\/(fr\/)?(api|_next|admin)\b|\.(ics|xml|csv|json|pdf|txt|ico|png|jpg|svg)$|\/dev-mailbox|\/signout/;

/** Path segments that name one record of a list: a douar's or a category's slug. */
const RECORD_AFTER = new Set(["douars", "categories"]);

/** One address per kind of page: record ids, codes (anything with a digit) and slugs count as one. */
function kindOf(path: string): string {
  const segments = path.split("/");
  return segments.map((segment, i) => (/\d/.test(segment) || RECORD_AFTER.has(segments[i - 1] ?? "") ? ":id" : segment)).join("/");
}

/** Crawls the public site over HTTP from a home page and returns the first address of each kind of page in its language. */
async function publicPageKinds(page: Page, home: "/" | "/fr"): Promise<string[]> {
  const inLanguage = (path: string) => (home === "/fr" ? path === "/fr" || path.startsWith("/fr/") : !/^\/(fr|ar)(\/|$)/.test(path));
  const queue: string[] = [home];
  const seen = new Set([kindOf(home)]);
  const pages: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.request.get(path, { maxRedirects: 0 });
    // Redirects (pages that need a sign-in) and files are not pages to check.
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(path);
    for (const [, href] of (await response.text()).matchAll(/href="(\/[^"#?]*)(?:\?[^"#]*)?"/g)) {
      const target = href!.replace(/\/$/, "") || "/";
      if (SKIP.test(target) || !inLanguage(target) || seen.has(kindOf(target))) continue;
      seen.add(kindOf(target));
      queue.push(target);
    }
  }
  return pages;
}

test.describe.configure({ timeout: 600_000 });

for (const [language, home] of [["Arabic", "/"], ["French", "/fr"]] as const) {
  test(`every kind of public page in ${language} passes axe at 360 and 1280 px, and fits 320 px`, async ({ page }) => {
    const paths = await publicPageKinds(page, home);
    // The crawl reached every module, not just the home page.
    expect(paths.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const path of paths) {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      // One load, three widths: the layout follows the window without reloading.
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        try {
          await expectAccessible(page);
        } catch (error) {
          failures.push(`${path} at ${width} px: ${(error as Error).message.split("\n").slice(0, 8).join(" ")}`);
        }
      }
      await page.setViewportSize({ width: 320, height: 800 });
      try {
        await expectNoHorizontalScroll(page);
      } catch {
        failures.push(`${path} scrolls sideways at 320 px`);
      }
    }
    console.log(`accessibility sweep (${language}): ${paths.length} kinds of public page, axe at 360 and 1280 px, reflow at 320 px`);
    expect(failures).toEqual([]);
  });
}

/** Presses Tab until `target` has the focus (at most 80 times), and checks that the focus can be seen. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      const indicator = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return style.outlineStyle !== "none" && style.outlineWidth !== "0px" ? "outline" : style.boxShadow !== "none" ? "shadow" : "";
      });
      expect(indicator, "the focused control shows a focus indicator").not.toBe("");
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("with the keyboard alone, a resident skips to the content, signs in, raises a problem on the forum and asks for information", async ({ page }) => {
  test.slow();
  await page.goto("/signin");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "انتقل إلى المحتوى الرئيسي" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  await tabTo(page, page.locator("#field-email").first());
  await page.keyboard.type("citizen@demo.bni-mathar.example");
  await tabTo(page, page.locator("#field-password"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);

  const title = `حفرة كبيرة في الطريق ${Date.now()}`;
  await page.goto("/forum/new");
  await tabTo(page, page.getByLabel("الدوار"));
  // The arrow keys move through a closed list's options: past "the whole commune" to the first douar.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("الدوار")).not.toHaveValue("");
  await tabTo(page, page.getByLabel("العنوان"));
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");

  await tabTo(page, page.getByLabel(/^الصنف/));
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByLabel(/^الوصف/));
  await page.keyboard.type("حفرة عميقة أمام المدرسة تملؤها مياه الأمطار.");
  await tabTo(page, page.getByRole("button", { name: "نشر الموضوع" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").filter({ hasText: "تم نشر موضوعكم" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/information");
  await tabTo(page, page.getByRole("link", { name: "تقديم طلب الحصول على المعلومات" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("الاسم العائلي"));
  await page.keyboard.type("المطهري");
  await tabTo(page, page.getByLabel("العنوان الشخصي"));
  await page.keyboard.type("دوار الزاوية، بني مطهر");
  await tabTo(page, page.getByLabel("رقم وثيقة الهوية"));
  await page.keyboard.type("F123456");
  await tabTo(page, page.getByLabel("المعلومات المطلوبة"));
  await page.keyboard.type("ميزانية إصلاح الطريق أمام المدرسة.");
  await tabTo(page, page.getByRole("button", { name: "إرسال الطلب" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("success-panel")).toContainText("وصل طلب الحصول على المعلومات");
});
