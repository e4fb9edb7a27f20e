// The administrator's reference data end to end, with an axe check on each page: the commune's
// settings (a refused value keeps what was typed and says why; the footer and the privacy notice
// follow the saved values) and the holiday calendar behind working-day deadlines.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const ADMIN = "admin@demo.bni-mathar.example";
const PASSWORD = "musharaka-demo-2026";

test("Arabic: the administrator sets the commune's social account and the retention period; the footer and the privacy notice follow", async ({ page }) => {
  await signIn(page, ADMIN, PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إعدادات الجماعة");
  await expect(page.getByLabel("عدد السكان القانوني")).toHaveValue("7089");
  await expectAccessible(page);

  await page.getByLabel("فيسبوك").fill("http://facebook.com/bnimathar");
  await page.getByLabel("مدة الاحتفاظ بمعطيات الموقعين (بالأشهر)").fill("12");
  await page.getByRole("button", { name: "حفظ الإعدادات" }).click();
  await expect(page.getByText("أدخلوا عنوانا كاملا يبدأ بـ https://.").first()).toBeVisible();
  await expect(page.getByText("أدخلوا مدة من شهر إلى 6 أشهر.").first()).toBeVisible();
  await expect(page.getByLabel("فيسبوك")).toHaveValue("http://facebook.com/bnimathar");
  await expectAccessible(page);

  await page.getByLabel("فيسبوك").fill("https://facebook.com/bnimathar");
  await page.getByLabel("مدة الاحتفاظ بمعطيات الموقعين (بالأشهر)").fill("٤");
  await page.getByLabel(/^رقم إذن اللجنة الوطنية/).fill("A-GC-77/2026");
  await page.getByRole("button", { name: "حفظ الإعدادات" }).click();
  await expect(page).toHaveURL(/\/admin\/settings\?done=saved$/);
  await expect(page.getByRole("status")).toHaveText("تم حفظ الإعدادات.");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Facebook" })).toHaveAttribute("href", "https://facebook.com/bnimathar");

  await page.goto("/fr/privacy");
  await expect(page.getByText(/anonymisées 4 mois après la décision finale/)).toBeVisible();
  await expect(page.getByText("Traitement autorisé par la CNDP sous le numéro A-GC-77/2026.")).toBeVisible();
  await expectAccessible(page);
});

test("French: the administrator adds an exceptional holiday, confirms it, then removes it", async ({ page }) => {
  await signIn(page, ADMIN, PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/admin/settings/holidays");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jours fériés");
  // The seeded religious holidays of 2027 are estimates until the announcement.
  await expect(page.getByRole("heading", { name: /^Aïd al-Fitr — mercredi 10 mars 2027/ })).toContainText("Estimé");
  await expectAccessible(page);

  const form = page.getByRole("region", { name: "Ajouter un jour férié" });
  await form.getByLabel("Date (AAAA-MM-JJ)").fill("2027-11-19");
  await form.getByLabel("Nom en arabe").fill("عطلة استثنائية");
  await form.getByLabel("Nom en français").fill("Congé exceptionnel");
  await form.getByLabel("Jour férié exceptionnel").check();
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(page).toHaveURL(/done=saved$/);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Congé exceptionnel — vendredi 19 novembre 2027/ }) });
  await expect(item).toContainText("Estimé");

  // A second holiday on the same day is refused beside the date.
  await form.getByLabel("Date (AAAA-MM-JJ)").fill("2027-11-19");
  await form.getByLabel("Nom en arabe").fill("مكرر");
  await form.getByLabel("Nom en français").fill("Doublon");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.locator("#holiday-new-date-error")).toHaveText("Un autre jour férié est déjà inscrit à cette date.");
  await expectAccessible(page);

  await item.getByText("Modifier").click();
  await item.getByLabel("Date confirmée par l'annonce officielle").check();
  await item.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/done=saved$/);
  await expect(item).toContainText("Confirmé");

  await item.getByRole("button", { name: "Supprimer" }).click();
  await expect(page.getByRole("status")).toHaveText("Le jour férié a été supprimé.");
  await expect(item).toHaveCount(0);
  await expectAccessible(page);
});

// Fixed public holidays (lib/calendar): a day the test must not pick, as the calendar refuses a second holiday on it.
const FIXED_HOLIDAYS = ["01-01", "01-11", "01-14", "05-01", "07-30", "08-14", "08-20", "08-21", "10-31", "11-06", "11-18"];

/** A weekday before `dueOn` (ISO day) that is no fixed holiday: a working day the request's deadline counted. */
function workingDayBefore(dueOn: string): string {
  const day = new Date(`${dueOn}T12:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() - 1);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !FIXED_HOLIDAYS.includes(iso.slice(5))) return iso;
  }
}

async function fileAccessRequest(page: Page, subject: string): Promise<string> {
  await page.goto("/fr/information/request");
  await page.locator("#request-lastName").fill("Mathari");
  await page.locator("#request-address").fill("Douar Zaouia, Beni Mathar");
  await page.locator("#request-identityNumber").fill("F654321");
  await page.locator("#request-informationRequested").fill(subject);
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  return (await page.getByTestId("success-dueOn").textContent())!.trim();
}

test("French: a holiday the administrator adds moves the deadline of the access requests filed after it", async ({ page, browser }) => {
  test.slow();
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await signIn(citizen, "citizen@demo.bni-mathar.example", PASSWORD, "/fr/signin");
  await citizen.waitForURL((url) => !url.pathname.endsWith("/signin"));
  const before = await fileAccessRequest(citizen, "Le budget 2026 de la commune.");
  expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // A working day inside the 20 working days of art. 16 becomes an exceptional holiday.
  const holiday = workingDayBefore(before);
  await signIn(page, ADMIN, PASSWORD, "/fr/signin");
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto("/fr/admin/settings/holidays");
  const form = page.getByRole("region", { name: "Ajouter un jour férié" });
  await form.getByLabel("Date (AAAA-MM-JJ)").fill(holiday);
  await form.getByLabel("Nom en arabe").fill("عطلة استثنائية للاختبار");
  await form.getByLabel("Nom en français").fill("Congé du test des délais");
  await form.getByLabel("Jour férié exceptionnel").check();
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(page).toHaveURL(/done=saved$/);

  // One working day fewer in the window: the legal deadline falls one working day later.
  const after = await fileAccessRequest(citizen, "Les marchés publics de 2026.");
  expect(after > before).toBe(true);
  await expect(citizen.getByTestId("success-panel")).toBeVisible();
  await expectAccessible(citizen);

  // Removed again, the calendar gives the first deadline back (and leaves other tests' calendar as seeded).
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Congé du test des délais/ }) });
  await item.getByRole("button", { name: "Supprimer" }).click();
  await expect(page.getByRole("status")).toHaveText("Le jour férié a été supprimé.");
  expect(await fileAccessRequest(citizen, "Les subventions aux associations en 2026.")).toBe(before);
  await citizenContext.close();
});
