// Civil-society meetings on the programme's execution, in Chromium with axe, in Arabic and French:
// staff schedule a meeting and invite the demo association; its representative gets the e-mail,
// sees the invitation and confirms attendance; staff publish the minutes with two decisions and
// mark one done; the public meetings pages show the minutes, one decision done and one open.
import { expect, test } from "@playwright/test";
import { expectAccessible, linkFromEmail, signInAsDemo as signInAs, typedDay } from "./helpers";

const EDITOR = "editor@demo.bni-mathar.example";
const REPRESENTATIVE = "association@demo.bni-mathar.example";
const ASSOCIATION = /جمعية الأمل للتنمية والتضامن/;

test("staff schedule a meeting and invite, the association confirms, staff publish minutes and track decisions, the public sees them", async ({ page }) => {
  // Staff, in Arabic: schedule the meeting.
  await signInAs(page, EDITOR);
  await page.goto("/admin/programme/meetings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لقاءات المجتمع المدني");
  await expectAccessible(page);
  await page.getByRole("link", { name: "برمجة لقاء جديد" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("برمجة لقاء جديد");
  await expectAccessible(page);

  // A wrong date is explained, and what was typed stays.
  await page.getByLabel("تاريخ اللقاء").fill("31/02/2026");
  await page.getByLabel("الساعة").fill("١٠:٠٠");
  await page.getByLabel("المكان بالعربية").fill("قاعة الاجتماعات بمقر الجماعة");
  await page.getByLabel("المكان بالفرنسية").fill("Salle de réunion du siège de la commune");
  await page.getByLabel("جدول الأعمال بالعربية").fill("تتبع نسبة تنفيذ برنامج عمل الجماعة خلال الفصل الأخير");
  await page.getByLabel("جدول الأعمال بالفرنسية").fill("Suivi du taux d'exécution du programme au dernier trimestre");
  await page.getByRole("button", { name: "برمجة اللقاء" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "أدخلوا تاريخا صحيحا" })).toBeVisible();
  await expect(page.getByLabel("المكان بالعربية")).toHaveValue("قاعة الاجتماعات بمقر الجماعة");
  await page.getByLabel("تاريخ اللقاء").fill(typedDay(14));
  await page.getByRole("button", { name: "برمجة اللقاء" }).click();
  await expect(page).toHaveURL(/\/admin\/programme\/meetings\/\d+\?done=created$/);
  const meetingId = /meetings\/(\d+)/.exec(page.url())![1]!;
  await expect(page.getByRole("status")).toHaveText("تمت برمجة اللقاء. يمكنكم الآن دعوة الجمعيات.");
  await expectAccessible(page);

  // Invite the demo association.
  await page.getByRole("checkbox", { name: ASSOCIATION }).check();
  await page.getByRole("button", { name: "توجيه الدعوة" }).click();
  await expect(page.getByRole("status")).toHaveText("وُجهت الدعوة إلى جمعية واحدة.");
  await expect(page.getByTestId("invited-associations")).toContainText("لم تؤكد الحضور بعد");
  await expect(page.getByRole("checkbox", { name: ASSOCIATION })).toHaveCount(0);
  await expectAccessible(page);

  // The representative gets the e-mail, then confirms in French.
  await linkFromEmail(REPRESENTATIVE, /https?:\/\/[^\s"<]+\/account\/invitations/);
  await signInAs(page, REPRESENTATIVE, "fr");
  await page.goto("/fr/account/invitations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitations aux rencontres avec la société civile");
  const invitation = page.getByTestId("invitation").first();
  await expect(invitation).toContainText("Salle de réunion du siège de la commune");
  await expectAccessible(page);
  await invitation.getByRole("button", { name: "Confirmer la présence" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre confirmation de présence est enregistrée. Merci.");
  await expect(page.getByTestId("invitation").first()).toContainText("Présence confirmée le");
  await expect(page.getByRole("button", { name: "Confirmer la présence" })).toHaveCount(0);
  await expectAccessible(page);

  // Staff, in French: the meeting was held (moved to yesterday), minutes with two decisions are published.
  await signInAs(page, EDITOR, "fr");
  await page.goto(`/fr/admin/programme/meetings/${meetingId}`);
  await expect(page.getByTestId("invited-associations")).toContainText("Présence confirmée le");
  await expectAccessible(page);
  await page.getByLabel("Date de la rencontre").fill(typedDay(-1));
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");

  await page.getByLabel("Procès-verbal en arabe").fill("ناقش اللقاء نسبة تنفيذ المشاريع المبرمجة وتأخر أشغال الطريق.");
  await page.getByLabel("Procès-verbal en français").fill("La rencontre a examiné le taux d'exécution des projets et le retard des travaux de la route.");
  await page.getByLabel("Décisions en arabe").fill("تسريع أشغال الطريق\nنشر تقرير فصلي عن التنفيذ");
  await page.getByLabel("Décisions en français").fill("Accélérer les travaux de la route\nPublier un rapport trimestriel d'exécution");
  await page.getByLabel("Publier maintenant le procès-verbal et les décisions").check();
  await page.getByRole("button", { name: "Enregistrer le procès-verbal" }).click();
  await expect(page.getByRole("status")).toHaveText("Le procès-verbal et les décisions sont publiés.");
  await expect(page.getByTestId("staff-decision")).toHaveCount(2);
  await page.getByRole("button", { name: "Marquer la décision 1 comme exécutée" }).click();
  await expect(page.getByRole("status")).toHaveText("L'état de la décision est mis à jour.");
  await expect(page.getByRole("button", { name: "Remettre la décision 1 en cours" })).toBeVisible();
  await expectAccessible(page);

  // The public, in Arabic: the list shows the minutes and one decision done, one open.
  await page.context().clearCookies();
  await page.goto("/programme/meetings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لقاءات المجتمع المدني حول تنفيذ البرنامج");
  const meeting = page.getByTestId("meeting").filter({ hasText: "قاعة الاجتماعات بمقر الجماعة" });
  await expect(meeting).toContainText("ناقش اللقاء نسبة تنفيذ المشاريع المبرمجة");
  const decisions = meeting.getByTestId("meeting-decision");
  await expect(decisions).toHaveCount(2);
  await expect(decisions.nth(0)).toContainText("تسريع أشغال الطريق");
  await expect(decisions.nth(0)).toContainText("منفذ");
  await expect(decisions.nth(1)).toContainText("قيد التنفيذ");
  await expect(meeting).toContainText("أكدت الحضور");
  await expectAccessible(page);

  // …and the meeting's own page in French.
  await page.goto(`/fr/programme/meetings/${meetingId}`);
  await expect(page.getByRole("heading", { level: 2, name: "Procès-verbal" })).toBeVisible();
  await expect(page.getByText("La rencontre a examiné le taux d'exécution")).toBeVisible();
  const frDecisions = page.getByTestId("meeting-decision");
  await expect(frDecisions.nth(0)).toContainText("Accélérer les travaux de la route");
  await expect(frDecisions.nth(0)).toContainText("Exécutée");
  await expect(frDecisions.nth(1)).toContainText("En cours");
  await expect(page.getByText("1 décision exécutée sur 2")).toBeVisible();
  await expectAccessible(page);
});
