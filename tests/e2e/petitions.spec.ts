// Petitions end to end, in Arabic and French, with an axe check on every page visited: a citizen
// creates a petition, others sign online, the bureau types in a paper sheet, the mandataire files
// and gets the receipt, the bureau reviews, invalidates a signature with a reason and accepts (the
// petition goes on the next ordinary session's agenda) — and in another case rejects with reasons,
// which reaches the mandataire by e-mail; the register and the statistics show both.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_NAME } from "./config";
import { makePdf } from "../support/pdf";
import { expectAccessible, linkFromEmail, signIn } from "./helpers";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = adminUrl.replace(/\/[^/?]+(\?.*)?$/, `/${E2E_DATABASE_NAME}$1`);
const PASSWORD = "musharaka-demo-2026";

// Each flow signs in several people (Argon2 on purpose is slow): more than the default minute.
test.describe.configure({ timeout: 180_000 });
const demo = (local: string) => `${local}@demo.bni-mathar.example`;

/**
 * Reaching the commune's real threshold (100, art. 123) in a browser would take a hundred
 * sign-ins; the threshold rule itself is tested in lib/petitions/rules.test.ts and on PostgreSQL.
 * Here the new petition's threshold is lowered to a few signatures.
 */
async function setThreshold(id: number, threshold: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("UPDATE petitions SET threshold = $2 WHERE id = $1", [id, threshold]);
  } finally {
    await client.end();
  }
}

function petitionIdOf(page: Page): number {
  return Number(page.url().match(/\/petitions\/(\d+)/)?.[1]);
}

async function signOut(page: Page) {
  await page.context().clearCookies();
}

type Labels = {
  prefix: string;
  subject: string; reasons: string; objectives: string; admissible: RegExp; create: string; open: string;
  fullName: string; idNumber: string; address: string; resident: string; declarations: RegExp[]; sign: string; signed: string; idCopy: string;
  paperAdd: string; paperAdded: string; file: string; receiptTitle: string; startReview: string;
  competence: RegExp; constants: RegExp; invalidReason: string; invalidate: string; decisionReasons: string; committee: RegExp; accept: string; reject: string; decide: string;
};

const AR: Labels = {
  prefix: "",
  subject: "موضوع العريضة", reasons: "دوافع تقديم العريضة", objectives: "الأهداف المتوخاة", admissible: /^أؤكد أن الموضوع/, create: "إنشاء العريضة", open: "فتح جمع التوقيعات",
  fullName: "الاسم الكامل", idNumber: "رقم البطاقة الوطنية للتعريف", address: "العنوان بالجماعة", resident: "مقيم(ة) بالجماعة",
  declarations: [/^أصرح بأنني أقيم/, /^أصرح بأنني أستوفي/, /^أصرح بأن لي مصلحة/], sign: "أوقع على العريضة", signed: "وقعتم على هذه العريضة. شكرا لكم.", idCopy: "نسخة من بطاقتكم الوطنية (صورة أو PDF)",
  paperAdd: "إضافة التوقيع", paperAdded: "أضيف التوقيع", file: "إيداع العريضة لدى رئيس المجلس", receiptTitle: "وصل إيداع عريضة", startReview: "بدء دراسة العريضة",
  competence: /^الموضوع يدخل في صلاحيات المجلس/, constants: /^الموضوع لا يمس بالثوابت/, invalidReason: "سبب عدم الصحة", invalidate: "اعتبار التوقيع غير صحيح",
  decisionReasons: "تعليل القرار", committee: /^اللجنة الدائمة المحال عليها/, accept: "قبول العريضة", reject: "رفض العريضة", decide: "تسجيل القرار",
};

const FR: Labels = {
  prefix: "/fr",
  subject: "Objet de la pétition", reasons: "Motifs de la pétition", objectives: "Objectifs recherchés", admissible: /^Je confirme que l'objet/, create: "Créer la pétition", open: "Ouvrir la collecte des signatures",
  fullName: "Nom complet", idNumber: "Numéro de la carte nationale d'identité", address: "Adresse dans la commune", resident: "Résident(e) de la commune",
  declarations: [/^Je déclare résider/, /^Je déclare remplir/, /^Je déclare avoir un intérêt/], sign: "Je signe la pétition", signed: "Vous avez signé cette pétition. Merci.", idCopy: "Copie de votre carte nationale (photo ou PDF)",
  paperAdd: "Ajouter la signature", paperAdded: "Signature ajoutée", file: "Déposer la pétition auprès du président", receiptTitle: "Récépissé de dépôt d'une pétition", startReview: "Commencer l'examen",
  competence: /^L'objet relève des attributions/, constants: /^L'objet ne porte pas atteinte/, invalidReason: "Motif de non-validité", invalidate: "Déclarer la signature non valide",
  decisionReasons: "Motivation de la décision", committee: /^Commission permanente saisie/, accept: "Accepter la pétition", reject: "Rejeter la pétition", decide: "Enregistrer la décision",
};

/** The citizen creates a petition, opens it, and two other people sign online; returns its id. */
async function createAndCollect(page: Page, l: Labels, subject: string, signers: { account: string; cin: string }[]): Promise<number> {
  await signIn(page, demo("citizen"), PASSWORD, `${l.prefix}/signin`);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`${l.prefix}/petitions/new`);
  await expectAccessible(page);
  await page.getByLabel(l.subject).fill(subject);
  await page.getByLabel(l.reasons).fill("لا يوجد أي فضاء رياضي بالدوار.");
  await page.getByLabel(l.objectives).fill("إدراج النقطة في جدول أعمال المجلس.");
  // Forgetting the art. 121 declaration is refused, with what was typed kept.
  await page.getByRole("button", { name: l.create }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expect(page.getByLabel(l.subject)).toHaveValue(subject);
  await page.getByLabel(l.admissible).check();
  await page.getByRole("button", { name: l.create }).click();
  await expect(page).toHaveURL(/\/petitions\/\d+\?done=created$/);
  const id = petitionIdOf(page);
  await page.getByRole("button", { name: l.open }).click();
  await expect(page).toHaveURL(/done=opened$/);
  await expectAccessible(page);
  await setThreshold(id, signers.length + 1);
  await signOut(page);

  for (const signer of signers) {
    await signIn(page, demo(signer.account), PASSWORD, `${l.prefix}/signin`);
    await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
    await page.goto(`${l.prefix}/petitions/${id}`);
    // A malformed CIN is refused and not echoed back.
    await page.getByLabel(l.fullName).fill(`موقع ${signer.account}`);
    await page.getByLabel(l.idNumber).fill("123");
    await page.getByLabel(l.address).fill("دوار الزاوية");
    await page.getByLabel(l.resident).check();
    for (const declaration of l.declarations) await page.getByLabel(declaration).check();
    await page.getByRole("button", { name: l.sign }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expect(page.getByLabel(l.idNumber)).toHaveValue("");
    await expect(page.getByLabel(l.fullName)).toHaveValue(`موقع ${signer.account}`);
    await page.getByLabel(l.idNumber).fill(signer.cin);
    // The first signatory attaches the copy of their card (decree 2.16.403 art. 3).
    if (signer === signers[0]) await page.getByLabel(l.idCopy).setInputFiles({ name: "cin.pdf", mimeType: "application/pdf", buffer: makePdf([`CIN ${signer.cin}`]) });
    await page.getByLabel(l.resident).check();
    for (const declaration of l.declarations) await page.getByLabel(declaration).check();
    await page.getByRole("button", { name: l.sign }).click();
    await expect(page).toHaveURL(/done=signed$/);
    await expect(page.getByText(l.signed)).toBeVisible();
    await expectAccessible(page);
    // The page never shows the CIN, not even to the person who typed it.
    expect(await page.content()).not.toContain(signer.cin);
    await signOut(page);
  }
  return id;
}

async function bureauEntersPaperSheet(page: Page, l: Labels, id: number, cin: string) {
  await signIn(page, demo("bureau"), PASSWORD, `${l.prefix}/signin`);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`${l.prefix}/admin/petitions/${id}`);
  await page.locator("#paper-fullName").fill("موقع على الورق");
  await page.locator("#paper-idNumber").fill(cin);
  await page.locator("#paper-address").fill("أولاد قدور");
  await page.getByRole("button", { name: l.paperAdd }).click();
  await expect(page.getByText(l.paperAdded)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
}

async function mandataireFiles(page: Page, l: Labels, id: number): Promise<string> {
  await signIn(page, demo("citizen"), PASSWORD, `${l.prefix}/signin`);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`${l.prefix}/petitions/${id}`);
  await page.getByRole("button", { name: l.file }).click();
  await expect(page).toHaveURL(new RegExp(`/petitions/${id}/receipt$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.receiptTitle);
  const reference = (await page.getByTestId("receipt-reference").textContent())!.trim();
  expect(reference).toMatch(/^P-\d{4}-\d{4}$/);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("receipt-reference")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expectAccessible(page);
  await signOut(page);
  return reference;
}

async function bureauStartsReview(page: Page, l: Labels, id: number) {
  await signIn(page, demo("bureau"), PASSWORD, `${l.prefix}/signin`);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  await page.goto(`${l.prefix}/admin/petitions/${id}`);
  await page.getByRole("button", { name: l.startReview }).click();
  await expect(page).toHaveURL(/done=review$/);
}

test("Arabic: created, signed online and on paper, filed with a receipt, reviewed with an invalid signature, accepted onto the next ordinary session", async ({ page }) => {
  const subject = `ملعب للقرب بدوار أولاد قدور ${Date.now()}`;
  const id = await createAndCollect(page, AR, subject, [{ account: "editor", cin: "ZY100001" }, { account: "information-officer", cin: "ZY100002" }]);
  await bureauEntersPaperSheet(page, AR, id, "ZY100003");
  const reference = await mandataireFiles(page, AR, id);

  await bureauStartsReview(page, AR, id);
  // The bureau sees the CINs in full, here only, and the copy of the card where one was attached.
  await expect(page.getByRole("cell", { name: "ZY100003" })).toBeVisible();
  const copyLink = page.getByRole("link", { name: /^عرض النسخة/ });
  await expect(copyLink).toHaveCount(1);
  await expect(page.getByText("غير مرفقة")).toHaveCount(2);
  const copy = await page.request.get((await copyLink.getAttribute("href"))!);
  expect(copy.status()).toBe(200);
  expect(copy.headers()["content-type"]).toBe("application/pdf");
  expect(copy.headers()["cache-control"]).toBe("private, no-store");
  expect((await copy.body()).toString("latin1")).toContain("CIN ZY100001");
  await page.locator("#invalidate-signatureId").selectOption({ index: 0 });
  await page.getByLabel(AR.invalidReason).fill("ليس من سكان الجماعة ولا يزاول بها نشاطا");
  await page.getByRole("button", { name: AR.invalidate }).click();
  await expect(page).toHaveURL(/done=invalidated$/);
  await expect(page.getByText(/^غير صحيح: ليس من سكان الجماعة/)).toBeVisible();
  // With one signature invalid, 2 of 3 remain: accepting is refused as below the threshold.
  await page.getByLabel(AR.competence).check();
  await page.getByLabel(AR.constants).check();
  await page.getByLabel(AR.accept).check();
  await page.getByLabel(AR.decisionReasons).fill("يدخل في الاختصاصات الذاتية للجماعة.");
  await page.getByRole("button", { name: AR.decide }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("عدد التوقيعات الصحيحة أقل من العدد المطلوب");
  await setThreshold(id, 2);
  await page.reload();
  await page.getByLabel(AR.competence).check();
  await page.getByLabel(AR.constants).check();
  await page.getByLabel(AR.accept).check();
  await page.getByLabel(AR.decisionReasons).fill("يدخل في الاختصاصات الذاتية للجماعة.");
  await page.getByLabel(AR.committee).fill("لجنة المرافق العمومية والخدمات");
  await page.getByRole("button", { name: AR.decide }).click();
  await expect(page).toHaveURL(/done=accepted$/);
  await expectAccessible(page);
  await signOut(page);

  // The public page links to the session whose agenda lists the petition; no name, no CIN.
  await page.goto(`/petitions/${id}`);
  await expect(page.getByText(reference).first()).toBeVisible();
  const html = await page.content();
  for (const secret of ["ZY100001", "ZY100002", "ZY100003", "موقع على الورق", "موقع editor"]) expect(html).not.toContain(secret);
  await expectAccessible(page);
  await page.getByRole("link", { name: /^الدورة / }).click();
  await expect(page.getByTestId("agenda")).toContainText(subject);
  await expectAccessible(page);
});

test("French: a rejection with reasons reaches the mandataire by e-mail; the register and the statistics show it", async ({ page }) => {
  const subject = `Suppression d'une taxe nationale ${Date.now()}`;
  const id = await createAndCollect(page, FR, subject, [{ account: "committee-rapporteur", cin: "ZY200001" }]);
  await setThreshold(id, 1);
  await mandataireFiles(page, FR, id);
  await bureauStartsReview(page, FR, id);
  await page.getByLabel(FR.reject).check();
  await page.getByLabel(FR.decisionReasons).fill("L'objet ne relève pas des attributions du conseil de la commune.");
  await page.getByRole("button", { name: FR.decide }).click();
  await expect(page).toHaveURL(/done=rejected$/);
  await expectAccessible(page);
  await signOut(page);

  // The demo citizen reads Arabic: the e-mail links to the petition's page.
  await linkFromEmail(demo("citizen"), new RegExp(`/petitions/${id}(?!\\d)`));

  await page.goto(`/fr/petitions?status=REJECTED&q=${encodeURIComponent("taxe nationale")}`);
  await expect(page.getByRole("link", { name: subject })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/fr/petitions?status=ACCEPTED");
  await expect(page.getByTestId("results-count")).not.toHaveText("Aucune pétition");
  await page.goto("/fr/petitions/stats");
  await expect(page.getByTestId("stat-status-REJECTED")).not.toHaveText("0");
  await expect(page.getByTestId("stat-status-ACCEPTED")).not.toHaveText("0");
  await expectAccessible(page);
  const open = await page.request.get("/api/open/petitions?format=csv");
  expect(open.status()).toBe(200);
  const csv = await open.text();
  expect(csv).toContain(subject);
  expect(csv).not.toContain("ZY200001");
});

test("the printable form and signature sheets carry the date and subject atop every sheet, and a QR code", async ({ page }) => {
  await page.goto("/petitions?status=COLLECTING");
  await page.getByRole("link", { name: /ملعب رياضي للقرب/ }).first().click();
  await page.waitForURL(/\/petitions\/\d+$/);
  const id = petitionIdOf(page);
  await page.goto(`/petitions/${id}/print`);
  await expect(page.locator(".signature-sheet")).toHaveCount(3);
  await expect(page.getByRole("img", { name: "رمز الاستجابة السريعة إلى صفحة العريضة" })).toHaveCount(4);
  for (const sheet of await page.locator(".signature-sheet").all()) await expect(sheet).toContainText("ملعب رياضي للقرب");
  await expectAccessible(page);
  await page.goto(`/fr/petitions/${id}/print`);
  await expect(page.getByRole("columnheader", { name: "N° de CIN" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("no CIN in any petition page's HTML, whoever asks, except the bureau's review page", async ({ page }) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: number; reference: string | null; status: string }>("SELECT id, reference, status::text FROM petitions WHERE status <> 'draft' ORDER BY id");
  const copies = await client.query<{ id: number }>("SELECT id FROM petition_signatures WHERE id_copy_key IS NOT NULL");
  await client.end();
  expect(copies.rows.length).toBeGreaterThan(0);
  const paths = ["/petitions", "/petitions/stats", "/fr/petitions", "/api/open/petitions", "/api/open/petitions?format=csv", "/account/petitions", "/admin/petitions"];
  for (const { id, reference } of rows) {
    paths.push(`/petitions/${id}`, `/fr/petitions/${id}`, `/petitions/${id}/print`);
    if (reference) paths.push(`/petitions/${id}/receipt`);
  }
  // The seed's demo CINs are ZZ and six digits; the tests above use ZY… and ZX….
  const cin = /Z[XYZ]\d{6}/;
  for (const account of [null, "citizen", "association", "editor", "bureau", "admin"]) {
    await signOut(page);
    if (account) {
      await signIn(page, demo(account), PASSWORD);
      await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
    }
    for (const path of paths) {
      const response = await page.request.get(path);
      expect(await response.text(), `${account ?? "anonymous"} ${path}`).not.toMatch(cin);
    }
    // Copies of identity cards are for the bureau alone.
    if (account !== "bureau") for (const { id } of copies.rows) expect((await page.request.get(`/api/files/petition-id-copies/${id}`)).status(), `${account ?? "anonymous"} copy ${id}`).toBe(404);
  }
  // The bureau's review page is the one place with the numbers in full; the administrator may not open it.
  const underReview = rows.find((r) => r.status === "under_review");
  expect((await page.request.get(`/admin/petitions/${underReview!.id}`)).status()).toBe(403);
  await signOut(page);
  await signIn(page, demo("bureau"), PASSWORD);
  await page.waitForURL((url) => !url.pathname.endsWith("/signin"));
  expect(await (await page.request.get(`/admin/petitions/${underReview!.id}`)).text()).toMatch(cin);
});
