// Council sessions against the real database (lib/sessions): who may manage them, the dates'
// rules (arts. 33–34), the agenda → held → decisions steps with their audit events, what the
// public sees when (arts. 48, 273), linked library documents, the work queue, the iCalendar
// source, and an accepted petition landing exactly once on the next ordinary session (art. 38).
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getPublicPetition } from "@/lib/petitions/queries";
import { DecisionSchema as PetitionDecisionSchema, PetitionSchema, SignatureSchema } from "@/lib/petitions/schemas";
import { createPetition, decidePetition, filePetition, openForSignatures, signPetition, startReview } from "@/lib/petitions/service";
import { calendarSessions, getPublicSession, listPublicSessions, listSessionsForStaff } from "@/lib/sessions/queries";
import { unpublishedDecisionsQueue } from "@/lib/sessions/queue";
import { AgendaItemSchema, DecisionSchema, SessionSchema, SessionUpdateSchema } from "@/lib/sessions/schemas";
import { addAgendaItem, createSession, linkDocument, markHeld, publishAgenda, publishDecisions, recordDecision, updateSession } from "@/lib/sessions/service";
import { setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { asUser, createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const COMMUNE = {
  id: 1, code: "275.05.01", kind: "RURAL" as const, nameAr: "جماعة بني مطهر", nameFr: "Commune de Bni Mathar", provinceAr: "إقليم جرادة", provinceFr: "Province de Jerada",
  regionAr: "جهة الشرق", regionFr: "Région de l'Oriental", legalPopulation: 7089, censusYear: 2004, councilSize: 11, ordinarySessionMonths: [2, 5, 10],
  mandateStartYear: 2021, mandateEndYear: 2027, addressAr: "مقر الجماعة", addressFr: "Siège de la commune", phone: "+212 500 000 000", email: "contact@test.example",
};

let staff: TestUser;
let citizen: TestUser;

const sessionForm = (values: Record<string, string> = {}) =>
  SessionSchema.parse({ kind: "ORDINARY", startsOn: "02/02/2026", endsOn: "06/02/2026", placeAr: "قاعة الاجتماعات", placeFr: "Salle des réunions", ...values });

async function newSession(values: Record<string, string> = {}): Promise<number> {
  const result = await createSession(sessionForm(values), null);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function addItem(sessionId: number, values: Record<string, string> = {}): Promise<number> {
  const result = await addAgendaItem(AgendaItemSchema.parse({ sessionId: String(sessionId), origin: "PRESIDENT", titleAr: "دراسة مشروع الميزانية", titleFr: "Examen du projet de budget", referredCommittee: "لجنة الميزانية", ...values }), null);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const decision = (sessionId: number, itemId: number, values: Record<string, string> = {}) =>
  DecisionSchema.parse({ sessionId: String(sessionId), itemId: String(itemId), decisionText: "صادق المجلس بالأغلبية", votesFor: "8", votesAgainst: "2", votesAbstain: "1", ...values });

beforeAll(async () => {
  setFileStore(new LocalFileStore(await mkdtemp(path.join(tmpdir(), "musharaka-sessions-"))));
});

beforeEach(async () => {
  signOut();
  await db.$executeRawUnsafe("TRUNCATE TABLE petitions, petition_signatures, agenda_items, council_sessions, council_session_documents, documents, notifications, commune_settings RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: COMMUNE });
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  citizen = await createUser();
});

describe("permissions", () => {
  it("lets only staff with sessions.manage create and change sessions", async () => {
    await expect(createSession(sessionForm(), null)).rejects.toBeTruthy();
    await signInAs(citizen);
    await expect(createSession(sessionForm(), null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSessionsForStaff()).rejects.toBeInstanceOf(ForbiddenError);
    const bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });
    await signInAs(bureau);
    await expect(publishAgenda(1, null)).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
    await signInAs(admin);
    expect((await createSession(sessionForm(), null)).ok).toBe(true);
    expect(await db.councilSession.count()).toBe(1);
  });
});

describe("dates (arts. 33–34)", () => {
  it("refuses an ordinary session longer than 15 days, outside the first week or an ordinary month, and a second one for the same month", async () => {
    await signInAs(staff);
    expect(await createSession(sessionForm({ endsOn: "20/02/2026" }), null)).toEqual({ ok: false, fieldErrors: { endsOn: "tooLong" } });
    expect(await createSession(sessionForm({ startsOn: "09/02/2026", endsOn: "12/02/2026" }), null)).toEqual({ ok: false, fieldErrors: { startsOn: "notFirstWeek" } });
    expect(await createSession(sessionForm({ startsOn: "02/03/2026", endsOn: "05/03/2026" }), null)).toEqual({ ok: false, fieldErrors: { startsOn: "notOrdinaryMonth" } });
    const id = await newSession();
    expect(await createSession(sessionForm({ startsOn: "03/02/2026", endsOn: "04/02/2026" }), null)).toEqual({ ok: false, fieldErrors: { startsOn: "sessionExists" } });
    // An extraordinary session may take any dates; an ordinary one stays in its month when edited.
    expect((await createSession(sessionForm({ kind: "EXTRAORDINARY", startsOn: "20/03/2026", endsOn: "21/03/2026" }), null)).ok).toBe(true);
    const moved = SessionUpdateSchema.parse({ sessionId: String(id), startsOn: "04/05/2026", endsOn: "06/05/2026", placeAr: "قاعة", placeFr: "Salle" });
    expect(await updateSession(moved, null)).toEqual({ ok: false, fieldErrors: { startsOn: "notFirstWeek" } });
    const kept = SessionUpdateSchema.parse({ sessionId: String(id), startsOn: "03/02/2026", endsOn: "10/02/2026", placeAr: "قاعة", placeFr: "Salle" });
    expect(await updateSession(kept, null)).toEqual({ ok: true, data: { id, changed: true } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "session.updated" } });
    expect(audit.before).toMatchObject({ endsOn: "2026-02-06", placeAr: "قاعة الاجتماعات" });
    expect(audit.after).toMatchObject({ endsOn: "2026-02-10", placeAr: "قاعة" });
  });
});

describe("agenda → held → decisions (arts. 48, 273)", () => {
  it("publishes the agenda, then the decisions and votes, each step audited, the public seeing each only once published", async () => {
    await signInAs(staff);
    const id = await newSession();
    expect(await publishAgenda(id, null)).toEqual({ ok: false, formError: "agendaEmpty" });
    const itemId = await addItem(id);
    await addItem(id, { origin: "EVALUATION_REPORT", titleAr: "تقرير تقييم برنامج العمل", titleFr: "Rapport d'évaluation du programme", referredCommittee: "" });

    // Before publication the public sees the session, not its agenda.
    let view = await getPublicSession(id);
    expect(view?.agendaItems).toEqual([]);
    expect(await markHeld(id, null)).toEqual({ ok: false, formError: "agendaNotPublished" });

    const publishedAt = new Date("2026-01-20T10:00:00Z");
    expect((await publishAgenda(id, null, publishedAt)).ok).toBe(true);
    expect(await publishAgenda(id, null)).toEqual({ ok: false, formError: "agendaAlreadyPublished" });
    view = await getPublicSession(id);
    expect(view?.agendaPublishedAt).toEqual(publishedAt);
    expect(view?.agendaItems.map((i) => i.origin)).toEqual(["PRESIDENT", "EVALUATION_REPORT"]);

    // Held only once it has opened; decisions only after it is held.
    expect(await markHeld(id, null, new Date("2026-01-30T10:00:00Z"))).toEqual({ ok: false, formError: "notOpenedYet" });
    expect(await recordDecision(decision(id, itemId), null)).toEqual({ ok: false, formError: "notHeldYet" });
    expect((await markHeld(id, null, new Date("2026-02-02T10:00:00Z"))).ok).toBe(true);
    expect(await addItem(id).catch((e: Error) => e.message)).toContain("alreadyHeld");

    expect((await recordDecision(decision(id, itemId), null)).ok).toBe(true);
    expect(await publishDecisions(id, null)).toEqual({ ok: false, formError: "decisionsMissing" });
    const second = (await db.agendaItem.findMany({ where: { sessionId: id }, orderBy: { id: "asc" } }))[1]!;
    expect((await recordDecision(decision(id, second.id, { decisionText: "أخذ المجلس علما بالتقرير", votesFor: "11", votesAgainst: "0", votesAbstain: "0" }), null)).ok).toBe(true);

    // Recorded but unpublished decisions stay private.
    view = await getPublicSession(id);
    expect(view?.agendaItems.every((i) => i.decisionText === null && i.votesFor === null)).toBe(true);

    const decidedAt = new Date("2026-02-10T10:00:00Z");
    expect((await publishDecisions(id, null, decidedAt)).ok).toBe(true);
    view = await getPublicSession(id);
    expect(view?.status).toBe("DECISIONS_PUBLISHED");
    expect(view?.decisionsPublishedAt).toEqual(decidedAt);
    expect(view?.agendaItems[0]).toMatchObject({ decisionText: "صادق المجلس بالأغلبية", votesFor: 8, votesAgainst: 2, votesAbstain: 1 });
    expect(await recordDecision(decision(id, itemId), null)).toEqual({ ok: false, formError: "decisionsAlreadyPublished" });

    const actions = (await db.auditEvent.findMany({ where: { actorId: staff.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual([
      "session.created", "session.agenda_item_added", "session.agenda_item_added", "session.agenda_published", "session.held",
      "session.decision_recorded", "session.decision_recorded", "session.decisions_published",
    ]);
  });

  it("lists held sessions with unpublished decisions in the work queue, due eight days after the end", async () => {
    await signInAs(staff);
    const id = await newSession();
    await addItem(id);
    await publishAgenda(id, null);
    await markHeld(id, null, new Date("2026-02-03T10:00:00Z"));
    const queue = await unpublishedDecisionsQueue.load({ locale: "fr-MA", now: new Date("2026-02-20T10:00:00Z"), limit: 5 });
    expect(queue.total).toBe(1);
    expect(queue.overdue).toBe(1);
    expect(queue.items[0]).toMatchObject({ href: `/admin/sessions/${id}`, dueAt: new Date("2026-02-14T00:00:00Z") });
    expect(queue.items[0]?.title).toContain("2/2026");
  });

  it("links only published library documents, once, and lists sessions upcoming and past", async () => {
    await signInAs(staff);
    const id = await newSession();
    const doc = (status: "PUBLISHED" | "DRAFT") =>
      db.document.create({
        data: {
          category: "COUNCIL_DECISIONS", titleAr: "محضر الدورة", titleFr: "Procès-verbal de la session", summaryAr: "-", summaryFr: "-", documentDate: new Date("2026-02-10"),
          sourceServiceAr: "الكتابة العامة", sourceServiceFr: "Secrétariat général", status, createdById: staff.id,
          ...(status === "PUBLISHED" ? { publishedAt: new Date(), privacyCheckedAt: new Date(), privacyCheckedById: staff.id } : {}),
        },
      });
    const [published, draft] = [await doc("PUBLISHED"), await doc("DRAFT")];
    expect(await linkDocument({ sessionId: id, documentId: draft.id }, null)).toEqual({ ok: false, fieldErrors: { documentId: "documentNotPublished" } });
    expect((await linkDocument({ sessionId: id, documentId: published.id }, null)).ok).toBe(true);
    expect((await linkDocument({ sessionId: id, documentId: published.id }, null)).ok).toBe(true);
    expect((await getPublicSession(id))?.documents.map((d) => d.id)).toEqual([published.id]);
    expect(await db.auditEvent.count({ where: { action: "session.document_linked" } })).toBe(1);

    await newSession({ startsOn: "03/02/2027", endsOn: "05/02/2027" });
    const { upcoming, past } = await listPublicSessions(new Date("2026-11-29T12:00:00Z"));
    expect(upcoming.map((s) => s.year)).toEqual([2027]);
    expect(past.map((s) => s.year)).toEqual([2026]);
    expect((await calendarSessions(new Date("2026-11-29T12:00:00Z"))).length).toBe(2);
  });
});

describe("accepted petitions (art. 38)", () => {
  async function acceptedPetition(decidedAt: Date): Promise<number> {
    const mandataire = await createUser();
    const bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });
    await signInAs(mandataire);
    const created = await createPetition(PetitionSchema.parse({ kind: "CITIZENS", subject: "إنارة الطريق", reasons: "الطريق مظلم", objectives: "تركيب أعمدة الإنارة", declaredAdmissible: "on" }), []);
    if (!created.ok) throw new Error("petition not created");
    const petitionId = created.data.id;
    await db.petition.update({ where: { id: petitionId }, data: { threshold: 1 } });
    expect((await openForSignatures(petitionId)).ok).toBe(true);
    const signer = await createUser();
    const signature = SignatureSchema.parse({
      petitionId: String(petitionId), fullName: "موقع", idNumber: "ZZ000001", address: "دوار الزاوية", basis: "RESIDENT", declaredBasis: "on", declaredElectoral: "on", declaredInterest: "on",
    });
    expect((await asUser(signer, () => signPetition(signature, null))).ok).toBe(true);
    expect((await filePetition(petitionId, null, new Date(decidedAt.getTime() - 86_400_000))).ok).toBe(true);
    await signInAs(bureau);
    expect((await startReview(petitionId, null, decidedAt)).ok).toBe(true);
    const input = PetitionDecisionSchema.parse({ petitionId: String(petitionId), decision: "ACCEPTED", checkCompetence: "on", checkConstants: "on", reasons: "من اختصاص الجماعة", referredCommittee: "لجنة المرافق" });
    // Two decisions at once (a double click): one agenda item.
    const results = await Promise.all([decidePetition(input, null, decidedAt), decidePetition(input, null, decidedAt)]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    return petitionId;
  }

  it("puts the petition on the next ordinary session's agenda exactly once, shown publicly before the agenda's publication, and the petition links to it", async () => {
    // The February session already exists (staff planned it); a decision in December goes to it.
    await signInAs(staff);
    const february = await newSession({ startsOn: "01/02/2027", endsOn: "05/02/2027" });
    const petitionId = await acceptedPetition(new Date("2026-12-10T10:00:00Z"));
    const items = await db.agendaItem.findMany({ where: { petitionId } });
    expect(items).toHaveLength(1);
    expect(items[0]?.sessionId).toBe(february);
    expect(await db.councilSession.count({ where: { kind: "ORDINARY" } })).toBe(1);

    const view = await getPublicSession(february);
    expect(view?.agendaPublic).toBe(false);
    expect(view?.agendaItems.filter((i) => i.petition?.id === petitionId)).toHaveLength(1);
    expect(view?.agendaItems[0]?.origin).toBe("PETITION");
    expect((await getPublicPetition(petitionId))?.agendaItem?.session.id).toBe(february);

    // Staff items stay private until published; then the petition is still there once.
    await signInAs(staff);
    await addItem(february);
    expect((await getPublicSession(february))?.agendaItems).toHaveLength(1);
    await publishAgenda(february, null);
    const published = await getPublicSession(february);
    expect(published?.agendaItems).toHaveLength(2);
    expect(published?.agendaItems.filter((i) => i.origin === "PETITION")).toHaveLength(1);
  });
});
