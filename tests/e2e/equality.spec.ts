// The equality committee in Chromium with axe, in Arabic and French: the chair schedules a meeting
// and a member receives the invitation over SMTP; the rapporteur writes and publishes the minutes
// of a meeting held last week; the committee adopts an opinion on a programme project and sends it;
// staff record the council's response; the public sees it and the dashboard counts it; a signed-in
// person registers for a training and withdraws.
import { expect, test } from "@playwright/test";
import { makePdf } from "../support/pdf";
import { expectAccessible, linkFromEmail, signInAsDemo as signInAs, typedDay } from "./helpers";

const CHAIR = "committee-chair@demo.bni-mathar.example";
const RAPPORTEUR = "committee-rapporteur@demo.bni-mathar.example";
const BUREAU = "bureau@demo.bni-mathar.example";
const CITIZEN = "citizen@demo.bni-mathar.example";

test("the public page shows the committee, its composition, the programme consultation and the dashboard; the workspace is closed to others", async ({ page }) => {
  await page.goto("/equality");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("هيئة المساواة وتكافؤ الفرص ومقاربة النوع");
  await expect(page.getByTestId("composition-text")).toContainText("من أصل");
  await expect(page.getByRole("link", { name: "الاطلاع على ملف المصادقة على البرنامج" })).toBeVisible();
  await expect(page.getByTestId("dashboard")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/fr/equality");
  await expect(page.getByRole("heading", { level: 2, name: "Composition" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Membre" }).first()).toBeVisible();
  await expectAccessible(page);

  // Signed out: sign in first; signed in without a sitting membership (the citizen has no committee role): 403.
  await page.goto("/equality/workspace");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await signInAs(page, CITIZEN);
  const response = await page.goto("/equality/workspace");
  expect(response?.status()).toBe(403);

  // Any signed-in person registers for a training, once, and may withdraw before it starts.
  await page.goto("/equality/trainings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("التكوينات");
  await expectAccessible(page);
  const training = page.getByTestId("training").first();
  await training.getByLabel("الجنس (اختياري)").selectOption("MAN");
  await training.getByRole("button", { name: "التسجيل" }).click();
  await expect(page.getByRole("status")).toHaveText("تم تسجيلكم.");
  await expect(page.getByTestId("training").first()).toContainText("أنتم مسجلون في هذا التكوين.");
  await expect(page.getByTestId("training").first()).toContainText("الرجال: 1");
  await expectAccessible(page);
  await page.goto("/fr/equality/trainings");
  await expect(page.getByTestId("training").first()).toContainText("Vous êtes inscrit(e) à cette formation.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Annuler mon inscription" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre inscription est annulée.");
  await expect(page.getByRole("button", { name: "M'inscrire" })).toBeVisible();
});

test("a meeting is scheduled and announced, minutes are published, an opinion is adopted, sent and answered, and the public sees it counted", async ({ page }) => {
  // The chair, in Arabic: schedule a meeting; every sitting member is invited by e-mail.
  await signInAs(page, CHAIR);
  await page.goto("/equality/workspace");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("فضاء عمل الهيئة");
  await expectAccessible(page);
  await page.getByLabel("التاريخ").fill("31/02/2026");
  await page.getByLabel("الساعة").fill("١٠:٠٠");
  await page.getByLabel("المكان").fill("قاعة الاجتماعات بمقر الجماعة");
  await page.getByLabel("جدول الأعمال").fill("تتبع آراء الهيئة\nبرنامج التكوين");
  await page.getByRole("button", { name: "برمجة الاجتماع ودعوة الأعضاء" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "اكتبوا التاريخ على الشكل يوم/شهر/سنة" })).toBeVisible();
  await expect(page.getByLabel("المكان")).toHaveValue("قاعة الاجتماعات بمقر الجماعة");
  await expect(page.getByLabel("التاريخ")).toHaveValue("31/02/2026");
  await page.getByLabel("التاريخ").fill(typedDay(10));
  await expect(page.getByLabel("التاريخ")).toHaveValue(typedDay(10));
  await page.getByRole("button", { name: "برمجة الاجتماع ودعوة الأعضاء" }).click();
  await expect(page).toHaveURL(/\/equality\/workspace\/meetings\/\d+\?done=scheduled$/);
  const meetingId = /meetings\/(\d+)/.exec(page.url())![1]!;
  await expect(page.getByRole("status")).toHaveText("تمت برمجة الاجتماع ودعوة الأعضاء عبر البريد الإلكتروني.");
  await expectAccessible(page);
  await linkFromEmail(RAPPORTEUR, new RegExp(`https?://[^\\s"<]+/equality/workspace/meetings/${meetingId}`));

  // The chair drafts an opinion on a programme project, the committee adopts it and sends it.
  await page.goto("/equality/workspace/opinions/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تحرير رأي أو مقترح");
  await expectAccessible(page);
  await page.getByLabel("الموضوع").fill("سلامة النساء في الفضاءات العامة");
  await page.getByLabel("مشروع من البرنامج").selectOption({ index: 1 });
  await page.getByLabel("النص").fill("توصي الهيئة بتعزيز الإنارة العمومية قرب المدارس والأسواق.");
  await page.getByRole("button", { name: "حفظ المسودة" }).click();
  await expect(page).toHaveURL(/\/equality\/workspace\/opinions\/\d+\?done=created$/);
  const opinionId = /opinions\/(\d+)/.exec(page.url())![1]!;
  await expectAccessible(page);
  await page.getByLabel("الأصوات المؤيدة").fill("4");
  await page.getByLabel("الأصوات المعارضة").fill("0");
  await page.getByLabel("الممتنعون").fill("1");
  await page.getByRole("button", { name: "تسجيل المصادقة" }).click();
  await expect(page.getByRole("status")).toHaveText("تم تسجيل المرحلة.");
  await expect(page.getByText("تصويت الهيئة: 4 مع، 0 ضد، 1 امتناع.")).toBeVisible();
  await page.getByRole("button", { name: "إحالة على المجلس" }).click();
  await expect(page.getByRole("status")).toHaveText("تم تسجيل المرحلة.");
  await expect(page.getByText("لم يجب المجلس بعد؛ ستسجل الإدارة جوابه.")).toBeVisible();
  await expectAccessible(page);

  // The rapporteur, in French: minutes of last week's meeting, attendance, published.
  await signInAs(page, RAPPORTEUR, "fr");
  await page.goto("/fr/equality/workspace");
  await page.getByRole("row").filter({ hasText: "دار الشباب ببني مطهر" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "Rédiger le procès-verbal" })).toBeVisible();
  await expectAccessible(page);
  // An attendance sheet joined to the minutes: private now, public with them.
  await page.locator("#attachment-title").fill("Feuille de présence");
  await page.locator("#attachment-file").setInputFiles({ name: "presence.pdf", mimeType: "application/pdf", buffer: makePdf(["Feuille de presence"]) });
  await page.getByRole("button", { name: "Joindre", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Le fichier est joint." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir la pièce jointe : Feuille de présence" })).toBeVisible();
  await page.getByLabel("Procès-verbal", { exact: true }).fill("La réunion a préparé le programme de formation.\nLa réponse du conseil a été examinée.");
  await page.getByLabel("Décisions").fill("Former les membres à la budgétisation sensible au genre");
  await page.getByRole("group", { name: /Présents à la réunion/ }).getByRole("checkbox").first().check();
  await page.getByLabel("Publier le procès-verbal (il ne pourra plus être modifié)").check();
  await page.getByRole("button", { name: "Enregistrer le procès-verbal" }).click();
  await expect(page.getByRole("status")).toHaveText("Le procès-verbal est publié.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Page publique de la réunion" }).click();
  await expect(page.getByText("La réunion a préparé le programme de formation.")).toBeVisible();
  const sheet = page.getByRole("link", { name: "Ouvrir la pièce jointe : Feuille de présence" });
  await expect(sheet).toBeVisible();
  await expectAccessible(page);
  // Published with the minutes: anyone opens it, signed in or not.
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(new URL((await sheet.getAttribute("href"))!, page.url()).toString())).status()).toBe(200);
  await anonymous.close();

  // Staff (the bureau), in French: record the council's response.
  await signInAs(page, BUREAU, "fr");
  await page.goto("/fr/admin/equality");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Avis de l'instance de l'égalité");
  await expectAccessible(page);
  await page.getByRole("link", { name: "سلامة النساء في الفضاءات العامة" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/admin/equality/opinions/${opinionId}$`));
  await page.getByLabel("Accepté", { exact: true }).check();
  await page.getByLabel("Texte de la réponse").fill("Le conseil a décidé d'inscrire l'éclairage des abords des écoles au budget 2027.");
  await page.getByLabel("Date de la réponse").fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(page.getByRole("status")).toHaveText("La réponse du conseil est enregistrée.");
  await expectAccessible(page);

  // The public, in Arabic: the opinion and the council's response, counted on the dashboard.
  await page.context().clearCookies();
  await page.goto("/equality");
  const opinion = page.getByRole("listitem").filter({ hasText: "سلامة النساء في الفضاءات العامة" });
  await expect(opinion).toContainText("مقبول");
  const dashboard = page.getByTestId("dashboard");
  await expect(dashboard.getByRole("row", { name: /محالة على المجلس/ })).toContainText("2");
  await expect(dashboard.getByRole("row", { name: /مقبولة كليا أو جزئيا/ })).toContainText("2");
  await expectAccessible(page);
  await opinion.getByRole("link").click();
  await expect(page.getByText("Le conseil a décidé d'inscrire l'éclairage")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/fr/equality/opinions/${opinionId}`);
  await expect(page.getByRole("heading", { level: 2, name: "Réponse du conseil" })).toBeVisible();
  await expectAccessible(page);
});
