// Petitions against the real database (lib/petitions/service.ts, queries.ts): the signing
// constraint under concurrency, the lifecycle with its receipt and deadline, paper entry, the
// bureau's review and decision with its agenda item and notices, and where CINs may appear.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { petitionReviewQueue } from "@/lib/petitions/queue";
import { getPetitionForReview, getPetitionStatistics, getPublicPetition, getSignatureIdCopy, listOpenPetitions, listPublicPetitions } from "@/lib/petitions/queries";
import { purgeExpiredSignatoryData } from "@/lib/petitions/retention";
import { DecisionSchema, PaperSignatureSchema, PetitionSchema, SignatureSchema } from "@/lib/petitions/schemas";
import {
  addPaperSignature,
  createPetition,
  decidePetition,
  filePetition,
  invalidateSignature,
  openForSignatures,
  PETITIONS_PER_DAY,
  recordCouncilDecision,
  signPetition,
  startReview,
  withdrawSignature,
} from "@/lib/petitions/service";
import { fileStore, setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { makePdf } from "../support/pdf";
import { asUser, createUser, resetDatabase, signInAs, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const COMMUNE = {
  id: 1, code: "275.05.01", kind: "RURAL" as const, nameAr: "جماعة بني مطهر", nameFr: "Commune de Bni Mathar", provinceAr: "إقليم جرادة", provinceFr: "Province de Jerada",
  regionAr: "جهة الشرق", regionFr: "Région de l'Oriental", legalPopulation: 7089, censusYear: 2004, councilSize: 11, ordinarySessionMonths: [2, 5, 10],
  mandateStartYear: 2021, mandateEndYear: 2027, addressAr: "مقر الجماعة", addressFr: "Siège de la commune", phone: "+212 500 000 000", email: "contact@test.example",
};

async function resetPetitions(): Promise<void> {
  await db.$executeRawUnsafe("TRUNCATE TABLE petitions, petition_signatures, petition_follows, petition_attachments, agenda_items, council_sessions, notifications, commune_settings, associations RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: COMMUNE });
}

let mandataire: TestUser;
let bureau: TestUser;

function cinOf(n: number): string {
  return `ZZ${String(n).padStart(6, "0")}`;
}

function signature(petitionId: number, n: number, values: Record<string, string> = {}) {
  return SignatureSchema.parse({
    petitionId: String(petitionId), fullName: `موقع ${n}`, idNumber: cinOf(n), address: "دوار الزاوية", basis: "RESIDENT",
    declaredBasis: "on", declaredElectoral: "on", declaredInterest: "on", ...values,
  });
}

async function collectingPetition(threshold = 100): Promise<number> {
  await signInAs(mandataire);
  const created = await createPetition(PetitionSchema.parse({ kind: "CITIZENS", subject: "ملعب للقرب", reasons: "لا يوجد فضاء", objectives: "تهيئة ملعب", declaredAdmissible: "on" }), []);
  if (!created.ok) throw new Error("petition not created");
  await db.petition.update({ where: { id: created.data.id }, data: { threshold } });
  const opened = await openForSignatures(created.data.id);
  expect(opened.ok).toBe(true);
  return created.data.id;
}

let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "musharaka-petitions-"));
  setFileStore(new LocalFileStore(uploadDir));
  await resetPetitions();
});

beforeEach(async () => {
  await resetPetitions();
  mandataire = await createUser({ name: "وكيل العريضة" });
  bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"], name: "عضو المكتب" });
});

afterAll(async () => {
  await resetPetitions();
  setFileStore(undefined);
  await rm(uploadDir, { recursive: true, force: true });
});

describe("signing under concurrency (art. 123: one signature per person per petition)", () => {
  it("stores exactly the distinct signers among 200 simultaneous attempts with duplicates, and refuses the rest only as 'already signed'", async () => {
    const petitionId = await collectingPetition();
    const signers = await Promise.all(Array.from({ length: 120 }, (_, i) => createUser({ name: `موقع ${i}` })));
    // Every signer once, 60 of them a second time (double clicks, retries), and 20 other accounts typing a CIN already used.
    const strangers = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    const attempts = [
      ...signers.map((user, i) => () => asUser(user, () => signPetition(signature(petitionId, i), null))),
      ...signers.slice(0, 60).map((user, i) => () => asUser(user, () => signPetition(signature(petitionId, i), null))),
      ...strangers.map((user, i) => () => asUser(user, () => signPetition(signature(petitionId, i * 3), null))),
    ];
    expect(attempts).toHaveLength(200);
    const results = await Promise.all(attempts.sort(() => Math.random() - 0.5).map((attempt) => attempt()));

    const stored = await db.petitionSignature.count({ where: { petitionId } });
    expect(stored).toBe(120);
    const signed = results.filter((r) => r.ok && "signed" in r.data).length;
    expect(signed).toBe(120);
    const refusals = results.filter((r) => !(r.ok && "signed" in r.data));
    expect(refusals).toHaveLength(80);
    for (const refusal of refusals) {
      if (refusal.ok) expect(refusal.data).toEqual({ alreadySigned: true });
      else expect(refusal.fieldErrors).toEqual({ idNumber: "cinAlreadySigned" });
    }
    // The count the public sees is the stored count.
    const page = await getPublicPetition(petitionId);
    expect(page?.signatures).toBe(120);
  }, 60_000);

  it("treats a CIN typed differently ('zz 000 007') as the same person", async () => {
    const petitionId = await collectingPetition();
    const [a, b] = await Promise.all([createUser(), createUser()]);
    expect((await asUser(a, () => signPetition(signature(petitionId, 7), null))).ok).toBe(true);
    const again = await asUser(b, () => signPetition(signature(petitionId, 7, { idNumber: "zz 000 007" }), null));
    expect(again).toEqual({ ok: false, fieldErrors: { idNumber: "cinAlreadySigned" } });
  });

  it("refuses an account whose e-mail is not verified, and a petition that does not collect", async () => {
    const petitionId = await collectingPetition();
    const unverified = await createUser({ verified: false });
    expect(await asUser(unverified, () => signPetition(signature(petitionId, 1), null))).toEqual({ ok: false, formError: "emailNotVerified" });
    const draft = await db.petition.create({ data: { kind: "CITIZENS", subject: "s", reasons: "r", objectives: "o", ownerId: mandataire.id, threshold: 100 } });
    const signer = await createUser();
    expect(await asUser(signer, () => signPetition(signature(draft.id, 2), null))).toEqual({ ok: false, formError: "notCollecting" });
    expect(await asUser(signer, () => signPetition(signature(999_999, 2), null))).toEqual({ ok: false, formError: "notFound" });
    expect(await db.petitionSignature.count()).toBe(0);
  });

  it("lets a signatory withdraw until filing, and then no more", async () => {
    const petitionId = await collectingPetition(1);
    const signer = await createUser();
    await asUser(signer, () => signPetition(signature(petitionId, 1), null));
    expect(await asUser(signer, () => withdrawSignature(petitionId))).toEqual({ ok: true, data: { withdrawn: true } });
    expect(await db.petitionSignature.count({ where: { petitionId } })).toBe(0);
    await asUser(signer, () => signPetition(signature(petitionId, 1), null));
    await signInAs(mandataire);
    expect((await filePetition(petitionId, null)).ok).toBe(true);
    expect(await asUser(signer, () => withdrawSignature(petitionId))).toEqual({ ok: false, formError: "notCollecting" });
    expect(await db.petitionSignature.count({ where: { petitionId } })).toBe(1);
  });
});

describe("the lifecycle (arts. 123–125, 38)", () => {
  it("files only at the threshold, with a receipt and a three-month deadline; the bureau invalidates, then accepts onto the next ordinary session", async () => {
    const petitionId = await collectingPetition(3);
    const signers = await Promise.all([createUser(), createUser()]);
    for (const [i, user] of signers.entries()) await asUser(user, () => signPetition(signature(petitionId, i), null));

    await signInAs(mandataire);
    expect(await filePetition(petitionId, null)).toEqual({ ok: false, formError: "belowThreshold" });

    // Paper: the bureau types a sheet in; an online CIN on paper is refused by the same constraint.
    await signInAs(bureau);
    const paper = (n: number) => PaperSignatureSchema.parse({ petitionId: String(petitionId), fullName: `ورقي ${n}`, idNumber: cinOf(n), address: "أولاد قدور", basis: "ACTIVITY" });
    expect(await addPaperSignature(paper(0), null)).toEqual({ ok: false, fieldErrors: { idNumber: "cinAlreadySigned" } });
    expect((await addPaperSignature(paper(50), null)).ok).toBe(true);
    expect((await addPaperSignature(paper(51), null)).ok).toBe(true);
    expect(await db.petitionSignature.count({ where: { petitionId, channel: "PAPER" } })).toBe(2);

    await signInAs(mandataire);
    const filedAt = new Date("2026-11-30T10:00:00Z");
    const filed = await filePetition(petitionId, null, filedAt);
    expect(filed).toEqual({ ok: true, data: { id: petitionId, reference: `P-2026-${String(petitionId).padStart(4, "0")}` } });
    const row = await db.petition.findUniqueOrThrow({ where: { id: petitionId } });
    expect(row.status).toBe("FILED");
    expect(row.answerDueOn?.toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(await addPaperSignature(paper(52), null).catch((e) => e)).toBeInstanceOf(ForbiddenError);

    // A citizen is not the bureau.
    await expect(startReview(petitionId, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPetitionForReview(petitionId)).rejects.toBeInstanceOf(ForbiddenError);

    await signInAs(bureau);
    expect((await startReview(petitionId, null)).ok).toBe(true);
    const review = await getPetitionForReview(petitionId);
    expect(review?.signatures.map((s) => s.idNumber).sort()).toEqual([cinOf(0), cinOf(1), cinOf(50), cinOf(51)]);
    const first = review!.signatures[0]!;
    expect((await invalidateSignature({ petitionId, signatureId: first.id, reason: "ليس من سكان الجماعة" }, null)).ok).toBe(true);

    const decision = (values: Record<string, string>) =>
      DecisionSchema.parse({ petitionId: String(petitionId), decision: "ACCEPTED", checkCompetence: "on", checkConstants: "on", reasons: "يدخل في الاختصاصات الذاتية", ...values });
    expect(await decidePetition(decision({ checkConstants: "" }), null)).toEqual({ ok: false, formError: "checklistIncomplete" });
    const decidedAt = new Date("2027-02-01T09:00:00Z");
    const accepted = await decidePetition(decision({ referredCommittee: "لجنة المرافق العمومية" }), null, decidedAt);
    expect(accepted.ok).toBe(true);
    const item = await db.agendaItem.findUniqueOrThrow({ where: { petitionId }, include: { session: true } });
    // Decided on 1 February: the February session has begun, so it goes to May (arts. 33, 38).
    expect(item.session).toMatchObject({ kind: "ORDINARY", year: 2027, month: 5 });
    expect(item.referredCommittee).toBe("لجنة المرافق العمومية");

    // After the committee's study, the council's deliberation and decision are recorded and public.
    expect((await recordCouncilDecision({ petitionId, decision: "صادق المجلس على برمجة الملعب في ميزانية 2028" }, null)).ok).toBe(true);
    expect((await getPublicPetition(petitionId))?.agendaItem?.decisionText).toBe("صادق المجلس على برمجة الملعب في ميزانية 2028");

    // The mandataire got an in-app notice and an e-mail at each step.
    const notices = await db.notification.findMany({ where: { userId: mandataire.id }, orderBy: { id: "asc" } });
    expect(notices.map((n) => n.kind)).toEqual(["petitions.filed", "petitions.under_review", "petitions.accepted", "petitions.council_decision"]);
    expect(await db.outboxMessage.count({ where: { toAddress: mandataire.email } })).toBe(4);
    // No CIN in any audit event.
    const audits = JSON.stringify(await db.auditEvent.findMany({ where: { targetType: "petition" }, select: { before: true, after: true } }));
    for (const n of [0, 1, 50, 51]) expect(audits).not.toContain(cinOf(n));
  });

  it("rejects with reasons, notifying the mandataire by e-mail, and counts the decision in the statistics", async () => {
    const petitionId = await collectingPetition(1);
    const signer = await createUser();
    await asUser(signer, () => signPetition(signature(petitionId, 1), null));
    await signInAs(mandataire);
    await filePetition(petitionId, null, new Date("2026-06-01T10:00:00Z"));
    await signInAs(bureau);
    await startReview(petitionId, null);
    const rejected = await decidePetition(
      DecisionSchema.parse({ petitionId: String(petitionId), decision: "REJECTED", reasons: "لا يدخل في اختصاصات المجلس" }),
      null,
      new Date("2026-09-02T10:00:00Z"),
    );
    expect(rejected).toEqual({ ok: true, data: { id: petitionId, sessionId: null } });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: mandataire.email, kind: "petitions.rejected" } });
    expect(mail.text).toContain("لا يدخل في اختصاصات المجلس");
    const stats = await getPetitionStatistics();
    // Filed 1 June, due 1 September, decided 2 September: late (art. 125).
    expect(stats).toMatchObject({ decided: 1, acceptedShare: 0, onTime: 0, late: 1, medianDays: 93 });
  });
});

describe("abuse brakes", () => {
  it("limits petition creation per account per day, with the wait to tell", async () => {
    await signInAs(mandataire);
    const input = PetitionSchema.parse({ kind: "CITIZENS", subject: "s", reasons: "r", objectives: "o", declaredAdmissible: "on" });
    for (let i = 0; i < PETITIONS_PER_DAY; i += 1) expect((await createPetition(input, [])).ok).toBe(true);
    const refused = await createPetition(input, []);
    expect(refused).toMatchObject({ ok: false, formError: "rateLimited" });
    expect(await db.petition.count()).toBe(PETITIONS_PER_DAY);
  });
});

describe("a petition grown from a forum topic (issue 6)", () => {
  it("stays linked to the topic it came from; a hidden topic cannot start one", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE forum_categories, forum_topics RESTART IDENTITY CASCADE");
    const category = await db.forumCategory.create({ data: { slug: "sports", nameAr: "ملاعب", nameFr: "Terrains" } });
    const topic = await db.forumTopic.create({ data: { categoryId: category.id, title: "لا يوجد ملعب قرب المدرسة", body: "الأطفال يلعبون في الطريق" } });
    const hidden = await db.forumTopic.create({ data: { categoryId: category.id, title: "مخفي", body: "x", hiddenAt: new Date(), hiddenReason: "سب" } });
    await signInAs(mandataire);
    const input = (forumTopicId: number) =>
      PetitionSchema.parse({ kind: "CITIZENS", subject: "ملعب للقرب", reasons: "الأطفال يلعبون في الطريق", objectives: "تهيئة ملعب", declaredAdmissible: "on", forumTopicId: String(forumTopicId) });

    const created = await createPetition(input(topic.id), []);
    expect(created.ok).toBe(true);
    expect(await db.petition.findFirstOrThrow({ where: { forumTopicId: topic.id } })).toMatchObject({ status: "DRAFT", subject: "ملعب للقرب" });
    expect(await createPetition(input(hidden.id), [])).toEqual({ ok: false, formError: "topicUnavailable" });
    expect(await db.petition.count({ where: { forumTopicId: hidden.id } })).toBe(0);
  });
});

describe("association petitions (art. 124; decree 2.16.403 art. 4)", () => {
  const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const files = ["FINAL_RECEIPT", "STATUTES", "MANDATE"].map((kind) => ({ kind: kind as "FINAL_RECEIPT", name: `${kind}.pdf`, bytes: PDF }));
  const input = () =>
    PetitionSchema.parse({ kind: "ASSOCIATION", subject: "جمع النفايات بعد السوق", reasons: "تراكم النفايات", objectives: "برنامج أسبوعي", declaredAdmissible: "on", declaredGoodStanding: "on", declaredRelatedActivity: "on" });

  async function association(foundedOn: string, verified = true) {
    const representative = await createUser({ roles: ["CITIZEN", "ASSOCIATION_REP"] });
    await db.association.create({
      data: { name: "جمعية تجريبية", receiptNumber: "T-1", receiptDate: new Date(foundedOn), foundedOn: new Date(foundedOn), seatAddress: "الزاوية", domain: "البيئة", verifiedAt: verified ? new Date() : null, representativeId: representative.id },
    });
    await signInAs(representative);
    return representative;
  }

  it("is filed straight from the draft by the representative of a verified association founded more than three years before", async () => {
    await association("2020-02-29");
    expect(await createPetition(input(), files, new Date("2023-02-28T12:00:00Z"))).toEqual({ ok: false, formError: "associationAge" });
    const created = await createPetition(input(), files, new Date("2023-03-01T12:00:00Z"));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : 0;
    expect(await db.petitionAttachment.count({ where: { petitionId: id } })).toBe(3);
    expect(await openForSignatures(id)).toEqual({ ok: false, formError: "statusTransition" });
    const filed = await filePetition(id, null, new Date("2023-03-02T12:00:00Z"));
    expect(filed.ok).toBe(true);
    expect((await db.petition.findUniqueOrThrow({ where: { id } })).threshold).toBe(0);
  });

  it("needs the declarations and the three documents, and refuses an unverified association or a plain citizen", async () => {
    await association("2010-01-01", false);
    expect(await createPetition(input(), files)).toEqual({ ok: false, formError: "associationVerified" });
    await association("2010-01-01");
    const missing = await createPetition({ ...input(), declaredGoodStanding: false }, files.slice(0, 2));
    expect(missing).toEqual({ ok: false, fieldErrors: { declaredGoodStanding: "declarationRequired", file_MANDATE: "attachmentsRequired" } });
    const notPdf = await createPetition(input(), [...files.slice(0, 2), { kind: "MANDATE" as "FINAL_RECEIPT", name: "mandate.pdf", bytes: new TextEncoder().encode("<script>") }]);
    expect(notPdf).toEqual({ ok: false, fieldErrors: { file_MANDATE: "fileTypeRefused" } });
    await signInAs(mandataire);
    expect(await createPetition(input(), files)).toEqual({ ok: false, fieldErrors: { kind: "associationRequired" } });
    expect(await db.petition.count()).toBe(0);
  });
});

describe("the bureau's work queue (art. 125 deadline)", () => {
  it("lists filed petitions by answer date, counts the overdue ones, and renders the petition's notices", async () => {
    const early = await collectingPetition(0);
    const late = await collectingPetition(0);
    await signInAs(mandataire);
    await filePetition(late, null, new Date("2026-01-10T10:00:00Z"));
    await filePetition(early, null, new Date("2026-03-10T10:00:00Z"));
    const queue = await petitionReviewQueue.load({ locale: "fr-MA", now: new Date("2026-05-01T10:00:00Z"), limit: 5 });
    expect(queue).toMatchObject({ key: "petitions.review", total: 2, overdue: 1, moreHref: "/admin/petitions" });
    expect(queue.items.map((i) => i.href)).toEqual([`/admin/petitions/${late}`, `/admin/petitions/${early}`]);
    expect(queue.items[0]!.dueAt!.toISOString().slice(0, 10)).toBe("2026-04-10");
    const notice = await db.notification.findFirstOrThrow({ where: { userId: mandataire.id, kind: "petitions.filed" } });
    const { renderNotice } = await import("@/lib/notifications/registry");
    expect(renderNotice("fr-MA", notice.kind, notice.payload)?.href).toMatch(/^\/petitions\/\d+$/);
  });
});

describe("personal data in public reads (design.md §6)", () => {
  it("never puts a CIN, a signatory's name or address in the register, the petition page or open data", async () => {
    const petitionId = await collectingPetition(1);
    const signer = await createUser();
    await asUser(signer, () => signPetition(signature(petitionId, 4242, { fullName: "اسم سري", address: "عنوان سري" }), null));
    const encrypted = (await db.petitionSignature.findFirstOrThrow({ where: { petitionId } })).idNumberEncrypted;
    expect(encrypted).not.toContain(cinOf(4242));
    const reads = JSON.stringify([
      await listPublicPetitions({ page: 1 }),
      await asUser(signer, () => getPublicPetition(petitionId)),
      await listOpenPetitions(),
    ]);
    for (const secret of [cinOf(4242), "اسم سري", "عنوان سري", encrypted, signer.id]) expect(reads).not.toContain(secret);
  });
});

describe("copies of identity cards (decree 2.16.403 art. 3)", () => {
  it("stores the signatory's copy encrypted, shows it to the bureau only, and drops it when the signature is refused", async () => {
    const petitionId = await collectingPetition(5);
    const signer = await createUser();
    const card = makePdf(["CIN ZZ004343 copie"]);
    expect((await asUser(signer, () => signPetition(signature(petitionId, 4343), null, { name: "cin.pdf", bytes: card }))).ok).toBe(true);
    const row = await db.petitionSignature.findFirstOrThrow({ where: { petitionId }, select: { id: true, idCopyKey: true, idCopyMimeType: true } });
    expect(row.idCopyMimeType).toBe("application/pdf");
    // At rest, the file store holds ciphertext, not the PDF.
    const stored = await fileStore().get(row.idCopyKey!);
    expect(stored!.bytes.includes(Buffer.from("ZZ004343"))).toBe(false);
    expect(stored!.bytes.subarray(0, 5).toString()).not.toBe("%PDF-");

    expect(await asUser(signer, () => getSignatureIdCopy(row.id))).toBeNull();
    const forBureau = await asUser(bureau, () => getSignatureIdCopy(row.id));
    expect(forBureau!.bytes.equals(card)).toBe(true);
    expect((await asUser(bureau, () => getPetitionForReview(petitionId)))!.signatures[0]).toMatchObject({ hasIdCopy: true });

    // The same CIN again from another account: refused, and its copy is not left behind.
    const other = await createUser();
    const storedFiles = async () => (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
    const before = await storedFiles();
    const again = await asUser(other, () => signPetition(signature(petitionId, 4343), null, { name: "cin.pdf", bytes: card }));
    expect(again).toEqual({ ok: false, fieldErrors: { idNumber: "cinAlreadySigned" } });
    expect(await storedFiles()).toBe(before);

    // A file that is not a photo or a PDF is refused with a message on the field, and nothing is signed.
    const third = await createUser();
    const refused = await asUser(third, () => signPetition(signature(petitionId, 4444), null, { name: "cin.pdf", bytes: Buffer.from("MZ not a pdf") }));
    expect(refused).toEqual({ ok: false, fieldErrors: { idCopy: "fileTypeRefused" } });
    expect(await db.petitionSignature.count({ where: { petitionId } })).toBe(1);
  });

  it("lets the bureau attach the copy of a paper signatory", async () => {
    const petitionId = await collectingPetition(5);
    const added = await asUser(bureau, () => addPaperSignature(PaperSignatureSchema.parse({ petitionId: String(petitionId), fullName: "موقع ورقي", idNumber: cinOf(77), address: "الزاوية", basis: "RESIDENT" }), null, { name: "scan.pdf", bytes: makePdf(["scan"]) }));
    expect(added.ok).toBe(true);
    expect(await db.petitionSignature.count({ where: { petitionId, channel: "PAPER", idCopyKey: { not: null } } })).toBe(1);
  });
});

describe("anonymisation of signatories after the retention period (law 09-08 art. 3)", () => {
  async function rejectedPetition(decidedAt: Date): Promise<{ petitionId: number; copyKey: string }> {
    const petitionId = await collectingPetition(1);
    const signer = await createUser();
    await asUser(signer, () => signPetition(signature(petitionId, 9090, { fullName: "اسم يمحى", address: "عنوان يمحى" }), null, { name: "cin.pdf", bytes: makePdf(["cin"]) }));
    await asUser(bureau, () => addPaperSignature(PaperSignatureSchema.parse({ petitionId: String(petitionId), fullName: "موقع ورقي", idNumber: cinOf(9091), address: "الزاوية", basis: "RESIDENT" }), null));
    await asUser(mandataire, () => filePetition(petitionId, null, new Date(decidedAt.getTime() - 30 * 86_400_000)));
    await asUser(bureau, () => startReview(petitionId, null));
    await asUser(bureau, () => decidePetition(DecisionSchema.parse({ petitionId: String(petitionId), decision: "REJECTED", reasons: "خارج الاختصاص" }), null, decidedAt));
    const { idCopyKey } = await db.petitionSignature.findFirstOrThrow({ where: { petitionId, channel: "ONLINE" }, select: { idCopyKey: true } });
    return { petitionId, copyKey: idCopyKey! };
  }

  it("keeps everything until the period has passed, then erases names, numbers, addresses, accounts and copies, keeping the counts", async () => {
    await db.communeSettings.update({ where: { id: 1 }, data: { signatoryDataRetentionMonths: 3 } });
    const { petitionId, copyKey } = await rejectedPetition(new Date("2026-03-10T10:00:00Z"));

    expect(await purgeExpiredSignatoryData(db, new Date("2026-06-09T12:00:00Z"))).toBe(0);
    expect(await db.petitionSignature.count({ where: { petitionId, fullName: "اسم يمحى" } })).toBe(1);

    expect(await purgeExpiredSignatoryData(db, new Date("2026-06-10T08:00:00Z"))).toBe(1);
    const rows = await db.petitionSignature.findMany({ where: { petitionId } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ fullName: "", address: "", idNumberEncrypted: "", userId: null, idCopyKey: null });
      expect(row.idNumberHash).toBe(`anonymised:${row.id}`);
    }
    expect(await fileStore().get(copyKey)).toBeNull();
    const review = await asUser(bureau, () => getPetitionForReview(petitionId));
    expect(review!.signatures.map((s) => s.idNumber)).toEqual([null, null]);
    expect(review!.personalDataPurgedAt).not.toBeNull();
    expect((await getPublicPetition(petitionId))!.signatures).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "petition.signatories_anonymised", targetId: String(petitionId) } })).toBe(1);
    // Once done, a later run has nothing left to do.
    expect(await purgeExpiredSignatoryData(db, new Date("2027-01-01T08:00:00Z"))).toBe(0);
  });

  it("waits for the council's decision on an accepted petition before counting the period", async () => {
    const petitionId = await collectingPetition(1);
    const signer = await createUser();
    await asUser(signer, () => signPetition(signature(petitionId, 5151), null));
    await asUser(mandataire, () => filePetition(petitionId, null, new Date("2026-01-05T10:00:00Z")));
    await asUser(bureau, () => startReview(petitionId, null));
    await asUser(bureau, () => decidePetition(DecisionSchema.parse({ petitionId: String(petitionId), decision: "ACCEPTED", checkCompetence: "on", checkConstants: "on", reasons: "مقبولة" }), null, new Date("2026-01-20T10:00:00Z")));
    expect(await purgeExpiredSignatoryData(db, new Date("2027-06-01T08:00:00Z"))).toBe(0);
    await asUser(bureau, () => recordCouncilDecision({ petitionId, decision: "وافق المجلس" }, null));
    const { councilDecidedAt } = await db.petition.findUniqueOrThrow({ where: { id: petitionId }, select: { councilDecidedAt: true } });
    expect(councilDecidedAt).not.toBeNull();
    await db.petition.update({ where: { id: petitionId }, data: { councilDecidedAt: new Date("2026-05-10T10:00:00Z") } });
    expect(await purgeExpiredSignatoryData(db, new Date("2026-11-09T08:00:00Z"))).toBe(0);
    expect(await purgeExpiredSignatoryData(db, new Date("2026-11-10T08:00:00Z"))).toBe(1);
  });
});
