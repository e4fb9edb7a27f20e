// The public action programme as a citizen uses it, in Arabic and French, with an accessibility
// check on every page: the overview's figures and charts, the filtered and searched project list,
// a project's page, the print views, the open data, and the same path with JavaScript disabled.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_NAME } from "./config";
import { expectAccessible, expectNoHorizontalScroll, watchCspViolations } from "./helpers";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = adminUrl.replace(/\/[^/?]+(\?.*)?$/, `/${E2E_DATABASE_NAME}$1`);

// How many projects the programme has now: the seed's 20, plus any that other test files created
// (the import test adds some). The list, the print view and the open data must all show every one.
let projectCount = 0;

// The seed records no files; one photo on the latest update of A1-01 shows how evidence is listed.
// (The file itself is served by /api/files/evidence/<id>, tested with the staff side.)
test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    projectCount = Number((await client.query("SELECT count(*) AS n FROM projects")).rows[0].n);
    expect(projectCount).toBeGreaterThanOrEqual(20);
    await client.query(
      `INSERT INTO evidence (update_id, kind, storage_key, mime_type, bytes, caption_ar, caption_fr)
       SELECT u.id, 'photo', 'e2e/programme-public.jpg', 'image/jpeg', 184320, 'توزيع النسخ بدوار الزاوية', 'Distribution au douar Ez-Zaouia'
         FROM progress_updates u JOIN projects p ON p.id = u.project_id
        WHERE p.code = 'A1-01' ORDER BY u.recorded_at DESC LIMIT 1
       ON CONFLICT (storage_key) DO NOTHING`,
    );
  } finally {
    await client.end();
  }
});

/** The chart's accessible name lists the same values as its table (its text equivalent). */
async function expectChartMatchesTable(page: Page, id: string) {
  const chart = page.locator(`svg[data-chart="${id}"]`);
  await expect(chart).toHaveAttribute("role", "img");
  const label = (await chart.getAttribute("aria-label")) ?? "";
  const values = await page.locator(`[data-chart-table="${id}"] tbody tr td:nth-child(2)`).allInnerTexts();
  expect(values.length).toBeGreaterThan(0);
  for (const value of values) expect(label).toContain(value.trim());
  return { label, values };
}

/** Bars grow from the inline-start side: from the right edge in Arabic, from the left in French. */
async function expectBarsFromInlineStart(page: Page, id: string, dir: "rtl" | "ltr") {
  const bars = page.locator(`svg[data-chart="${id}"] rect[data-value]`);
  expect(await bars.count()).toBeGreaterThan(0);
  for (const bar of await bars.all()) {
    const x = parseFloat((await bar.getAttribute("x")) ?? "NaN");
    const width = parseFloat((await bar.getAttribute("width")) ?? "NaN");
    if (dir === "ltr") expect(x).toBe(0);
    else expect(x + width).toBeCloseTo(100, 1);
  }
}

test("the Arabic overview shows the execution figures, charts with their text equivalent, and mirrors the bars", async ({ page }) => {
  const csp = watchCspViolations(page);
  const response = await page.goto("/programme");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("برنامج عمل جماعة بني مطهر");
  await expect(page.getByText(/الأرقام محينة إلى غاية \d+ \S+ 20\d\d/)).toBeVisible();

  const figures = page.getByTestId("execution-figures");
  await expect(figures).toContainText("المشاريع المبرمجة");
  await expect(figures).toContainText("نسبة إنجاز المشاريع");
  await expect(figures).toContainText("التقدم الفعلي المرجح بالكلفة");
  await expect(figures).toContainText(/\d+[\s\u200e\u200f]*%/);

  const execution = page.getByRole("img", { name: /^نسبة تنفيذ البرنامج: / });
  await expect(execution).toBeVisible();
  await expect(page.getByRole("img", { name: /^الميزانية بالدرهم: المبرمج/ })).toBeVisible();

  // Per axis: a row per axis of the plan in the visible table, the same values in the chart's name.
  const axisTable = page.getByRole("table", { name: "التقدم المرجح حسب المدخل" });
  await expect(axisTable.locator("tbody tr")).toHaveCount(7);
  await expect(axisTable.getByRole("link", { name: /^المدخل 1: / })).toBeVisible();
  const { label } = await expectChartMatchesTable(page, "per-axis");
  expect(label).toMatch(/^التقدم المرجح حسب المدخل: المدخل 1 /);
  await expectChartMatchesTable(page, "per-douar");
  await expect(page.getByRole("table", { name: "التقدم المرجح حسب الدوار" })).toContainText("الجماعة كلها");

  await expectBarsFromInlineStart(page, "per-axis", "rtl");
  await expectBarsFromInlineStart(page, "budget", "rtl");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  expect(csp).toEqual([]);

  // The programme's documents are the library's "action programme" category.
  const documents = page.locator("section", { has: page.getByRole("heading", { name: "وثائق البرنامج" }) });
  await documents.getByRole("link", { name: /^كل وثائق البرنامج في مكتبة الوثائق/ }).click();
  await expect(page).toHaveURL(/\/information\?category=ACTION_PROGRAMME$/);
});

test("the French overview reads left to right, bars included", async ({ page }) => {
  await page.goto("/fr/programme");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Programme d'action de la commune de Bni Mathar");
  await expect(page.getByTestId("execution-figures")).toContainText("Taux de réalisation des projets");
  await expect(page.getByRole("img", { name: /^Exécution du programme : / })).toBeVisible();
  await expect(page.getByRole("table", { name: "Avancement pondéré par axe" }).locator("tbody tr")).toHaveCount(7);
  await expectChartMatchesTable(page, "per-axis");
  await expectBarsFromInlineStart(page, "per-axis", "ltr");
  await expectBarsFromInlineStart(page, "execution", "ltr");
  await expectAccessible(page);
});

test("a citizen filters the list by axis and status, searches, and opens a project (Arabic)", async ({ page }) => {
  const csp = watchCspViolations(page);
  await page.goto("/programme");
  await page.getByRole("navigation", { name: "أقسام برنامج العمل" }).getByRole("link", { name: "المشاريع" }).click();
  await expect(page).toHaveURL(/\/programme\/projects$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مشاريع برنامج العمل");
  await expect(page.getByTestId("results-count")).toHaveText(`${projectCount} مشروعا`);
  await expectAccessible(page);

  // The search is in view; the other filters unfold (a <details>, no JavaScript needed).
  await expect(page.getByLabel("المدخل")).toBeHidden();
  await page.getByText("التصفية حسب المدخل والدوار والحالة والسنة والاختصاص").click();
  await page.getByLabel("المدخل").selectOption("2");
  await page.getByLabel("الحالة").selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  await expect(page).toHaveURL(/axis=2/);
  await expect(page).toHaveURL(/status=IN_PROGRESS/);
  const cards = page.getByTestId("project-list").locator("article");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    await expect(card.locator("[data-status]")).toHaveAttribute("data-status", "IN_PROGRESS");
    await expect(card).toContainText(/A2-\d\d/);
    await expect(card).toContainText("في طور الإنجاز");
  }
  // The form shows the filters it applied, unfolded.
  await expect(page.getByLabel("المدخل")).toBeVisible();
  await expect(page.getByLabel("المدخل")).toHaveValue("2");
  await expect(page.getByLabel("الحالة")).toHaveValue("IN_PROGRESS");
  await expectAccessible(page);

  // A search that types ه for ة still finds the project.
  await page.getByRole("link", { name: "إلغاء البحث والتصفية" }).click();
  await expect(page).toHaveURL(/\/programme\/projects$/);
  // The form shows the list's filters after a client-side navigation too.
  await expect(page.getByLabel("المدخل")).toHaveValue("");
  await expect(page.getByLabel("الحالة")).toHaveValue("");
  await page.getByLabel("البحث بالكلمات").fill("تجربة الميزانية التشاركيه");
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  await expect(page.getByTestId("results-count")).toHaveText("مشروع واحد يطابق البحث");
  await expect(page.getByRole("link", { name: "تجربة الميزانية التشاركية" })).toBeVisible();

  await page.getByLabel("البحث بالكلمات").fill("ورقيا");
  await page.getByRole("button", { name: "عرض النتائج" }).click();
  await page.getByRole("link", { name: "نشر برنامج عمل الجماعة ورقيا ورقميا" }).click();
  await expect(page).toHaveURL(/\/programme\/projects\/A1-01$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("نشر برنامج عمل الجماعة ورقيا ورقميا");
  await expect(page.locator("main [data-status]").first()).toHaveText(/منجز/);

  const indicators = page.getByTestId("indicators-table");
  await expect(indicators).toContainText("عدد النسخ الموزعة من البرنامج");
  await expect(indicators.locator("thead")).toContainText("القيمة المستهدفة");
  await expect(page.getByRole("img", { name: /^المحقق من هدف كل مؤشر: / })).toBeVisible();
  await expect(page.getByTestId("milestones").locator("li")).toHaveCount(3);
  await expect(page.getByTestId("milestones")).toContainText("طبع نسخة مبسطة من البرنامج وتوزيعها");
  const history = page.getByTestId("history").locator("> li");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("اكتمل النشر");
  const evidence = history.first().getByRole("link", { name: /توزيع النسخ بدوار الزاوية \(صورة، / });
  await expect(evidence).toHaveAttribute("href", /^\/api\/files\/evidence\/\d+$/);
  await expect(page.getByRole("table", { name: "مصادر التمويل" })).toContainText("ميزانية الجماعة");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test("the French list searches without accents and the project page is in French", async ({ page }) => {
  await page.goto("/fr/programme/projects?q=experience+budget");
  await expect(page.getByTestId("results-count")).toHaveText("1 projet correspond à la recherche");
  await page.getByRole("link", { name: "Expérience de budget participatif" }).click();
  await expect(page).toHaveURL(/\/fr\/programme\/projects\/A2-05$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Expérience de budget participatif");
  await expect(page.getByText("Aucun avancement n'a encore été enregistré pour ce projet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Étapes" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/fr/programme/projects/a1-01");
  await expect(page.getByTestId("indicators-table")).toContainText("Exemplaires du programme distribués");
  await expect(page.getByTestId("history").locator("> li").first().getByRole("link", { name: /\(Photo, / })).toBeVisible();
  await expectAccessible(page);
});

test("odd list parameters fall back to no filter, and an unknown project is a 404", async ({ page }) => {
  const odd = await page.goto("/programme/projects?axis=abc&status=DONE&year=1700&douar=%27%3B--&page=-4&q=");
  expect(odd?.status()).toBe(200);
  await expect(page.getByTestId("results-count")).toHaveText(`${projectCount} مشروعا`);
  const missing = await page.goto("/programme/projects/ZZ-99");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  const malformed = await page.goto("/fr/programme/projects/%3Cscript%3E");
  expect(malformed?.status()).toBe(404);
});

test("the print views carry the commune header and the print date, and leave the site's header out on paper", async ({ page }) => {
  const csp = watchCspViolations(page);
  await page.goto("/programme/print");
  const header = page.getByTestId("print-header");
  await expect(header).toContainText("جماعة بني مطهر");
  await expect(header).toContainText("إقليم جرادة");
  await expect(page.getByTestId("print-date")).toHaveText(/^طُبعت في \d+ \S+ 20\d\d$/);
  await expect(page.getByRole("table", { name: "لائحة المشاريع" }).locator("tbody tr")).toHaveCount(projectCount);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(header).toBeVisible();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByText("هذه الصفحة معدة للطباعة")).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await page.goto("/fr/programme/projects/A1-01/print");
  await expect(page.getByTestId("print-header")).toContainText("Commune de Bni Mathar");
  await expect(page.getByTestId("print-date")).toHaveText(/^Imprimé le \d+ \S+ 20\d\d$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diffusion du programme d'action sur papier et en ligne");
  await expect(page.getByTestId("milestones")).toBeVisible();
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test("the open data: the CSV starts with the UTF-8 BOM and keeps Arabic intact, the JSON parses, the dictionary explains them", async ({ page, request }) => {
  await page.goto("/programme/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البيانات المفتوحة وقاموس البيانات");
  await expect(page.getByTestId("dictionary")).toContainText("physical_percent");
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تحميل البرنامج بصيغة CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("programme-2022-2027.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain("نشر برنامج عمل الجماعة ورقيا ورقميا");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFcode,title_ar,title_fr,description_ar,description_fr,axis_number,axis_title_ar,axis_title_fr,status,status_reason_ar,status_reason_fr,competence,gender_tag,start_year,end_year,priority_rank,whole_commune,douars,douar_names_ar,douar_names_fr,estimated_cost_mad,physical_percent,financial_percent,committed_mad,spent_mad,figures_date,funding_mad,funding_partners,partner_associations,responsible_service,is_demo,updated_at,url");
  // No personal data: not the demo editor who recorded the updates, not an e-mail address.
  expect(csv).not.toContain("محرر بمصالح الجماعة");
  expect(csv).not.toContain("@demo.bni-mathar");

  const csvResponse = await request.get("/api/open/programme?format=csv");
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csvResponse.headers()["content-disposition"]).toBe('attachment; filename="programme-2022-2027.csv"');

  const json = await request.get("/api/open/programme?format=json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain('filename="programme-2022-2027.json"');
  const document = JSON.parse(await json.text());
  expect(document.projects).toHaveLength(projectCount);
  // The programme's 20 demo projects and the one the demo participatory budget of 2026 funded.
  expect(document.projects.filter((p: { is_demo: boolean }) => p.is_demo)).toHaveLength(21);
  expect(document.programme).toMatchObject({ start_year: 2022, end_year: 2027 });
  const first = document.projects.find((p: { code: string }) => p.code === "A1-01");
  expect(first).toMatchObject({ title_ar: "نشر برنامج عمل الجماعة ورقيا ورقميا", status: "COMPLETED", physical_percent: 100, is_demo: true });
  expect(Object.keys(first)).toEqual(document.columns);
  expect(JSON.stringify(document)).not.toMatch(/محرر بمصالح الجماعة|@demo\.bni-mathar|"author|storage_key/);

  expect((await request.get("/api/open/programme?format=xls")).status()).toBe(400);
});
