// The participatory budget end to end, with an accessibility check on every page visited, in
// Arabic and French: staff open a cycle, a new resident and an association propose, staff review
// both and open the vote, two voters vote (one is told by how much the envelope is exceeded, then
// changes their ballot), staff close the vote, the results show, and the funded proposal appears
// in the action programme, linked both ways. The cycle is 2025, inside the demo programme
// 2022–2027, which the demo data leaves free (it seeds 2026 and 2027).
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, registerAndSignIn, signIn, subjectsTo, uniqueEmail } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const STAFF = "editor@demo.bni-mathar.example";
const VOTER_AR = "citizen@demo.bni-mathar.example";
const ASSOCIATION = "association@demo.bni-mathar.example";
const PASSWORD = "bni mathar budget 2025";
const YEAR = "2025";

/** A day around today in Morocco (UTC+1), as the form takes it. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function signInAs(page: Page, email: string, password = DEMO_PASSWORD, path = "/signin") {
  await page.context().clearCookies();
  await signIn(page, email, password, path);
  await expect(page).toHaveURL(/\/account$/);
}

async function closePhase(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: done })).toBeVisible();
}

test("a full participatory-budget cycle: proposals, technical review, two voters, results, and a programme project", async ({ page }) => {
  // Four people in turn, a registration by e-mail and a dozen pages: long on a shared two-core machine.
  test.slow();
  const proposer = uniqueEmail("budget-proposer");
  const titleAr = `تهيئة ساحة ألعاب للأطفال ${Date.now()}`;
  const titleFr = `Bibliothèque de quartier ${Date.now()}`;

  // Staff open the 2025 cycle (French).
  await signInAs(page, STAFF, DEMO_PASSWORD, "/fr/signin");
  await page.goto("/fr/admin/budget");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nouveau cycle" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouveau cycle de budget participatif");
  await page.getByLabel(/^Année/).fill(YEAR);
  await page.getByLabel(/^Enveloppe en dirhams/).fill("400 000");
  await page.getByLabel(/^Début du dépôt/).fill(dayFromToday(-1));
  await page.getByLabel(/^Fin du dépôt/).fill(dayFromToday(10));
  await page.getByLabel(/^Début du vote/).fill(dayFromToday(20));
  await page.getByLabel(/^Fin du vote/).fill(dayFromToday(30));
  await page.getByLabel(/^Programme d'action des projets financés/).selectOption({ index: 1 });
  await page.getByLabel(/^Axe des projets financés/).selectOption({ index: 2 });
  await page.getByLabel(/^Charte \(arabe\)/).fill("يصوت كل ساكن بورقة واحدة في حدود الغلاف المالي.");
  await page.getByLabel(/^Charte \(français\)/).fill("Chaque habitant vote avec un seul bulletin, dans la limite de l'enveloppe.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Créer le cycle" }).click();
  await expect(page).toHaveURL(/\/fr\/admin\/budget\/2025\?done=created$/);
  await expect(page.getByTestId("envelope")).toContainText("400");
  await expectAccessible(page);

  // A new resident proposes (Arabic), and reads the charter first.
  await registerAndSignIn(page, "سعيد العمراني", proposer, PASSWORD);
  await page.goto(`/budget/${YEAR}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`الميزانية التشاركية ${YEAR}`);
  await expect(page.getByText("يصوت كل ساكن بورقة واحدة في حدود الغلاف المالي.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "اقتراح مشروع" }).click();
  await page.getByLabel(/^عنوان المشروع/).fill(titleAr);
  await page.getByLabel(/^الوصف/).fill("ساحة مجهزة قرب المدرسة يلعب فيها الأطفال بأمان.");
  await page.getByLabel(/^المكان/).selectOption({ label: "دوار الأمل (تجريبي)" });
  await page.getByLabel("اختصاص ذاتي (المادة 83)").check();
  // A cost typed in words is refused beside the field, and what was typed stays.
  await page.getByLabel(/^الكلفة التقديرية/).fill("كثير");
  await page.getByRole("button", { name: "إيداع المقترح" }).click();
  await expect(page.locator("#proposal-estimatedCostMad-error")).toHaveText("أدخلوا عددا صحيحا دون كسور.");
  await expect(page.getByLabel(/^عنوان المشروع/)).toHaveValue(titleAr);
  await expectAccessible(page);
  await page.getByLabel(/^الكلفة التقديرية/).fill("230000");
  await page.getByRole("button", { name: "إيداع المقترح" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleAr);
  await expect(page.getByRole("status").filter({ hasText: "تم إيداع مقترحكم" })).toBeVisible();
  await expect(page.getByText("في انتظار الدراسة").first()).toBeVisible();
  await expectAccessible(page);
  const proposalUrl = new URL(page.url()).pathname;

  // An association's representative proposes too (French).
  await signInAs(page, ASSOCIATION, DEMO_PASSWORD, "/fr/signin");
  await page.goto(`/fr/budget/${YEAR}/propose`);
  await page.getByLabel(/^Titre du projet/).fill(titleFr);
  await page.getByLabel(/^Description/).fill("Une salle de lecture équipée pour les élèves.");
  await page.getByLabel(/^Lieu/).selectOption({ label: "Toute la commune" });
  await page.getByLabel("Compétence propre (art. 83)").check();
  await page.getByLabel(/^Coût estimé/).fill("180 000");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Déposer la proposition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleFr);

  // Staff close the proposals, review both, and open the vote (French).
  await signInAs(page, STAFF, DEMO_PASSWORD, "/fr/signin");
  await page.goto(`/fr/admin/budget/${YEAR}`);
  await closePhase(page, "Clore le dépôt des propositions", "Le dépôt des propositions est clos.");
  for (const [title, cost] of [[titleAr, "250000"], [titleFr, "200000"]] as const) {
    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Réalisable", { exact: true }).check();
    await page.getByLabel(/^Motif/).fill("Réalisable sur un terrain communal ; coût revu avec l'équipement.");
    await page.getByLabel(/^Coût retenu/).fill(cost);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer l'étude" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "L'étude a été enregistrée" })).toBeVisible();
  }
  await closePhase(page, "Clore l'étude technique et ouvrir le vote", "le vote est ouvert");
  await expectAccessible(page);
  // The proposer is told by e-mail.
  await expect.poll(async () => (await subjectsTo(proposer)).join("\n"), { timeout: 20_000 }).toContain("معروض على التصويت");

  // The first voter goes over the envelope, is told by how much, then changes their ballot (Arabic).
  await signInAs(page, VOTER_AR);
  await page.goto(`/budget/${YEAR}/vote`);
  await expect(page.getByTestId("my-ballot")).toHaveText("لم تصوتوا بعد.");
  await expectAccessible(page);
  await page.getByLabel(titleAr).check();
  await page.getByLabel(titleFr).check();
  await page.getByRole("button", { name: "حفظ ورقة تصويتي" }).click();
  // 250 000 + 200 000 against 400 000 (amounts carry direction marks around them).
  await expect(page.getByTestId("ballot-error")).toContainText(/كلفة المشاريع المختارة \W*450\.000\W+د\.م\.\W*، أي بزيادة \W*50\.000\W+د\.م\./);
  await expect(page.getByLabel(titleAr)).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel(titleAr).uncheck();
  await page.getByRole("button", { name: "حفظ ورقة تصويتي" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم حفظ ورقة تصويتكم" })).toBeVisible();
  await expect(page.getByTestId("my-ballot")).toContainText("مشروع واحد");
  await page.getByLabel(titleFr).uncheck();
  await page.getByLabel(titleAr).check();
  await page.getByRole("button", { name: "حفظ ورقة تصويتي" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم حفظ ورقة تصويتكم" })).toBeVisible();
  await expect(page.getByRole("region", { name: "مختار في ورقة تصويتكم" }).getByRole("listitem")).toHaveText([titleAr]);
  await expectAccessible(page);

  // The second voter (French).
  await signInAs(page, ASSOCIATION, DEMO_PASSWORD, "/fr/signin");
  await page.goto(`/fr/budget/${YEAR}/vote`);
  await page.getByLabel(titleAr).check();
  await page.getByRole("button", { name: "Enregistrer mon bulletin" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre bulletin a été enregistré" })).toBeVisible();
  await expectAccessible(page);

  // Staff close the vote: the count is published.
  await signInAs(page, STAFF, DEMO_PASSWORD, "/fr/signin");
  await page.goto(`/fr/admin/budget/${YEAR}`);
  await closePhase(page, "Clore le vote et publier les résultats", "Le vote est clos et les résultats sont publiés.");
  await page.goto(`/fr/budget/${YEAR}/results`);
  await expect(page.getByTestId("results-summary")).toContainText("2 bulletins");
  const table = page.getByRole("table", { name: "Voix par projet" });
  await expect(table.locator("tbody tr").first()).toContainText(titleAr);
  await expect(table.locator("tbody tr").first()).toContainText("Financé");
  await expect(table.locator("tbody tr").nth(1)).toContainText("Non financé");
  await expect(page.getByRole("img", { name: /^Voix par projet/ })).toBeVisible();
  await expectAccessible(page);
  const csv = await (await page.request.get(`/api/open/budget/${YEAR}?format=csv`)).text();
  expect(csv).toContain(titleAr);
  expect(csv).not.toContain(proposer);

  // The proposer sees the result, and the funded proposal is a project of the programme (Arabic).
  await page.context().clearCookies();
  await page.goto(`/budget/${YEAR}/results`);
  await expectAccessible(page);
  await page.goto(proposalUrl);
  await expect(page.locator('[data-status="funded"]')).toHaveText(/ممول/);
  await expectAccessible(page);
  await page.getByRole("link", { name: /^الاطلاع على المشروع BP2025-/ }).click();
  await expect(page).toHaveURL(/\/programme\/projects\/BP2025-\d+$/);
  await expect(page.getByTestId("budget-origin")).toContainText(`ناتج عن الميزانية التشاركية ${YEAR}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "الاطلاع على المقترح الأصلي" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleAr);
  await expect.poll(async () => (await subjectsTo(proposer)).join("\n"), { timeout: 20_000 }).toContain("سيمول");
});
