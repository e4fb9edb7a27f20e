// The youth and childhood council end to end, with an accessibility check on every page visited,
// in French and Arabic: staff add a minor without a guardian's consent (flagged; cannot present a
// proposal; not on the public page), record the consent (the public page then shows the first
// name only), record a meeting, and take a proposal through the committee's workflow up to the
// council's response, which the public page shows in both languages.
import { expect, test } from "@playwright/test";
import { expectAccessible, signInAsDemo } from "./helpers";

const STAFF = "editor@demo.bni-mathar.example";

test("the youth council: consent gate for a minor, a meeting, a proposal and the council's response", async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const firstName = `Salma${stamp}`;
  const lastName = `Alaoui${stamp}`;
  const subject = `Terrain de proximité ${stamp}`;
  const year = String(new Date().getUTCFullYear() - 14);

  await signInAsDemo(page, STAFF, "fr");
  await page.goto("/fr/admin/youth-council");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conseil des jeunes et de l'enfance");
  await expectAccessible(page);

  // A minor, without consent.
  await page.locator("#member-firstName").fill(firstName);
  await page.locator("#member-lastName").fill(lastName);
  await page.locator("#member-birthYear").fill(year);
  await page.getByLabel("Fille / femme").check();
  await page.locator("#member-termStart").fill("2025-01-01");
  await page.locator("#member-publicListing").check();
  // Half a consent is refused, with what was typed kept.
  await page.locator("#member-guardianName").fill("Fatima Alaoui");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.locator("#member-guardianRelation-error")).toContainText("consentement s'enregistre en entier");
  await expect(page.locator("#member-firstName")).toHaveValue(firstName);
  await page.locator("#member-guardianName").fill("");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Membre enregistré");
  // Without the ?done=saved of this first save, so that the next banner is the next save's.
  const memberUrl = page.url().split("?")[0]!;

  await page.goto("/fr/admin/youth-council");
  await expect(page.getByRole("row", { name: new RegExp(lastName) })).toContainText("Consentement du tuteur manquant");
  // The minor cannot present a proposal yet.
  await page.locator("#proposal-subject").fill(subject);
  await page.locator("#proposal-body").fill("Nous proposons un terrain de sport près de l'école.");
  await page.locator("#proposal-presentedById").selectOption({ label: `${firstName} ${lastName} (Consentement du tuteur manquant)` });
  await page.getByRole("button", { name: "Enregistrer la proposition" }).click();
  await expect(page.locator("#proposal-presentedById-error")).toContainText("consentement de son tuteur n'est pas enregistré");
  await page.goto("/fr/youth-council");
  await expect(page.getByRole("main")).not.toContainText(firstName);

  // The guardian's consent, recorded in Arabic.
  await page.goto(memberUrl.replace("/fr/", "/"));
  await expectAccessible(page);
  await page.locator("#member-guardianName").fill("فاطمة العلوي");
  await page.locator("#member-guardianRelation").fill("الأم");
  await page.locator("#member-consentOn").fill("2025-01-02");
  await page.locator("#member-consentMethod").selectOption("SIGNED_FORM");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("حُفظ العضو");

  await page.goto("/youth-council");
  await expect(page.getByRole("main")).toContainText(firstName);
  await expect(page.getByRole("main")).not.toContainText(lastName);
  await expectAccessible(page);

  // A meeting, then the proposal presented by the minor.
  await page.goto("/fr/admin/youth-council");
  await page.locator("#meeting-heldOn").fill("2025-03-01");
  await page.locator("#meeting-place").fill("Maison des jeunes");
  await page.locator("#meeting-topic").fill(`Les terrains de sport ${stamp}`);
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Réunion enregistrée");
  await page.locator("#proposal-subject").fill(subject);
  await page.locator("#proposal-body").fill("Nous proposons un terrain de sport près de l'école.");
  await page.locator("#proposal-meetingId").selectOption({ label: `2025-03-01 · Les terrains de sport ${stamp}` });
  await page.locator("#proposal-presentedById").selectOption({ label: `${firstName} ${lastName}` });
  await page.getByRole("button", { name: "Enregistrer la proposition" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Proposition enregistrée");
  await expectAccessible(page);

  // The shared workflow: adopted, sent, the council's response.
  await page.locator("#step-ADOPTED-votesFor").fill("1");
  await page.locator("#step-ADOPTED-votesAgainst").fill("0");
  await page.locator("#step-ADOPTED-votesAbstaining").fill("0");
  await page.getByRole("button", { name: "Enregistrer l'adoption" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("étape suivante");
  await page.getByRole("button", { name: "Transmettre au conseil" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("étape suivante");
  await page.getByLabel("Accepté", { exact: true }).check();
  await page.locator("#response-responseText").fill("Le conseil inscrit le terrain au programme.");
  await page.locator("#response-responseOn").fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("réponse du conseil est enregistrée");
  await expectAccessible(page);

  // The public page, in both languages.
  await page.context().clearCookies();
  await page.goto("/fr/youth-council");
  const card = page.getByRole("article").filter({ hasText: subject });
  await expect(card).toContainText("Le conseil inscrit le terrain au programme.");
  await expect(card).toContainText(`Présentée par : ${firstName}`);
  await expect(card).not.toContainText(lastName);
  await expectAccessible(page);
  await page.goto("/youth-council");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مجلس الشباب والطفولة");
  await expect(page.getByRole("article").filter({ hasText: subject })).toContainText("Le conseil inscrit le terrain au programme.");
  await expectAccessible(page);
});
