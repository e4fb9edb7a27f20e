// Access-to-information requests, in Chromium with axe: a signed-in citizen files a request (the
// form is pre-filled from the account) and gets the receipt at once; the information officer
// extends it with reasons, then answers partly with the withheld part and its art. 7 ground; the
// citizen gets the e-mail, reads the answer with the last day to complain in their account, and
// complains to the president.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, linkFromEmail, signIn } from "./helpers";

const DEMO_PASSWORD = "musharaka-demo-2026";
const CITIZEN = "citizen@demo.bni-mathar.example";
const OFFICER = "information-officer@demo.bni-mathar.example";

async function signInAs(page: Page, email: string, locale: "ar" | "fr") {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD, locale === "fr" ? "/fr/signin" : "/signin");
  await expect(page).toHaveURL(locale === "fr" ? /\/fr\/account$/ : /\/account$/);
}

test("a citizen files a request, the officer extends it then answers partly, the citizen reads the answer", async ({ page }) => {
  // Several people, several pages, e-mail over SMTP: longer than one page's flow on a shared machine.
  test.slow();
  await signInAs(page, CITIZEN, "ar");
  await page.goto("/information");
  await page.getByRole("link", { name: "تقديم طلب الحصول على المعلومات" }).click();
  await expect(page.getByLabel("البريد الإلكتروني (اختياري)")).toHaveValue(CITIZEN);
  await expectAccessible(page);
  await page.getByLabel("الاسم العائلي").fill("المطهري");
  await page.getByLabel("العنوان الشخصي").fill("دوار الزاوية، بني مطهر");
  await page.getByLabel("رقم وثيقة الهوية").fill("F123456");
  await page.getByLabel("المعلومات المطلوبة").fill("محضر دورة أكتوبر للمجلس الجماعي ولائحة الحاضرين.");
  await page.getByRole("button", { name: "إرسال الطلب" }).click();
  const receipt = page.getByTestId("success-panel");
  await expect(receipt).toContainText("وصل طلب الحصول على المعلومات");
  const reference = (await page.getByTestId("success-reference").textContent())!.trim();
  expect(reference).toMatch(/^DI-\d{4}-\d{4}$/);
  await expect(receipt).not.toContainText("F123456");
  await expectAccessible(page);

  // The officer, in French, finds it in the queue, extends it with reasons, then answers partly.
  await signInAs(page, OFFICER, "fr");
  await page.goto("/fr/admin/information");
  await expectAccessible(page);
  await page.getByRole("link", { name: reference }).click();
  // The identity number is shown masked, never whole.
  await expect(page.getByText("F1•••56")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("F123456");
  await expectAccessible(page);
  await page.getByLabel("Motifs de la prorogation").fill("Consultation du service technique nécessaire.");
  await page.getByRole("button", { name: "Proroger et informer le demandeur" }).click();
  await expect(page.getByRole("status")).toContainText("Délai prorogé");
  await expect(page.getByTestId("extended-due")).toContainText("Consultation du service technique");
  await page.getByLabel("Information partiellement communiquée").check();
  await page.getByLabel("Information communiquée ou lieu de consultation").fill("Le procès-verbal de la session d'octobre est joint à ce message.");
  await page.getByLabel("Partie non communiquée").fill("La liste nominative des présents.");
  await page.getByLabel("Motif du refus ou de l'occultation (art. 18)").selectOption("EXCEPTION");
  await page.getByRole("button", { name: "Envoyer la réponse et informer le demandeur" }).click();
  // The art. 7 exception must be named.
  await expect(page.locator("main").getByRole("alert")).toContainText("Indiquez la ou les exceptions de l'article 7");
  await page.getByLabel("Vie privée des personnes et données personnelles").check();
  await page.getByLabel("Motivation écrite").fill("Données personnelles des participants (loi 09-08).");
  await page.getByRole("button", { name: "Envoyer la réponse et informer le demandeur" }).click();
  await expect(page.getByRole("status")).toContainText("Réponse envoyée");
  await expectAccessible(page);

  // The citizen gets the e-mail and reads the answer in their account, with the right to complain.
  const link = await linkFromEmail(CITIZEN, new RegExp(`http://[^\\s"]+/account/information/${reference}`));
  await signInAs(page, CITIZEN, "ar");
  await page.goto(new URL(link).pathname);
  await expect(page.getByTestId("extension")).toContainText("Consultation du service technique");
  await expect(page.getByTestId("answer")).toContainText("قدمت المعلومات جزئيا");
  await expect(page.getByTestId("answer")).toContainText("الحياة الخاصة للأفراد والمعطيات الشخصية");
  await expect(page.getByTestId("complaint-rights")).toContainText("رئيس الجماعة");
  await expectAccessible(page);

  // The citizen complains to the president; the page then gives the next steps with their dates.
  await page.getByLabel("موضوع الشكاية").fill("لائحة الحاضرين وثيقة عمومية في محضر الدورة.");
  await page.getByRole("button", { name: "تقديم الشكاية" }).click();
  await expect(page.getByRole("status")).toContainText("قدمت الشكاية");
  await expect(page.getByTestId("next-steps")).toContainText("لجنة الحق في الحصول على المعلومات");
  await expect(page.getByTestId("next-steps")).toContainText("المحكمة الإدارية");
  await expect(page.getByRole("link", { name: /chafafiya\.ma/ })).toBeVisible();
  await expectAccessible(page);

  // The public statistics count the request, and name no one.
  await page.context().clearCookies();
  await page.goto("/fr/information/statistics");
  const year = page.getByTestId(/^stats-/).first();
  await expect(year).toContainText("Demandes traitées");
  await expect(year).toContainText("Information partiellement communiquée");
  await expect(page.locator("main")).not.toContainText("F123456");
  await expectAccessible(page);
});
