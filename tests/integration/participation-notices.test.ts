// Notices of the participation calendar against the real database (lib/participation): people who
// follow sessions hear of a published agenda and of posted decisions; people who follow
// consultations hear of an opening, a closing (announced once by the maintenance run) and a
// synthesis, as do those who answered it — one notice each, never twice; nobody else hears.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ConsultationSchema, ResponseSchema, SynthesisSchema } from "@/lib/consultations/schemas";
import { openConsultation, publishSynthesis, submitResponse } from "@/lib/consultations/service";
import { renderNotice } from "@/lib/notifications/registry";
import { followState, setFollow } from "@/lib/participation/follows";
import { announceClosedConsultations } from "@/lib/participation/notify";
import { AgendaItemSchema, DecisionSchema, SessionSchema } from "@/lib/sessions/schemas";
import { addAgendaItem, createSession, markHeld, publishAgenda, publishDecisions, recordDecision } from "@/lib/sessions/service";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const COMMUNE = {
  id: 1, code: "275.05.01", kind: "RURAL" as const, nameAr: "جماعة بني مطهر", nameFr: "Commune de Bni Mathar", provinceAr: "إقليم جرادة", provinceFr: "Province de Jerada",
  regionAr: "جهة الشرق", regionFr: "Région de l'Oriental", legalPopulation: 7089, censusYear: 2004, councilSize: 11, ordinarySessionMonths: [2, 5, 10],
  mandateStartYear: 2021, mandateEndYear: 2027, addressAr: "مقر الجماعة", addressFr: "Siège de la commune", phone: "+212 500 000 000", email: "contact@test.example",
};

let staff: TestUser;
let sessionFollower: TestUser;
let consultationFollower: TestUser;
let participant: TestUser;
let bystander: TestUser;

const noticesOf = async (user: TestUser) => (await db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" }, select: { kind: true, payload: true } })).map((n) => n.kind);

beforeEach(async () => {
  signOut();
  await db.$executeRawUnsafe("TRUNCATE TABLE agenda_items, council_sessions, consultations, consultation_responses, notifications, outbox_messages, participation_follows, commune_settings RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: COMMUNE });
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  sessionFollower = await createUser({ name: "Follower of sessions" });
  consultationFollower = await createUser({ name: "Follower of consultations" });
  participant = await createUser({ name: "Participant" });
  bystander = await createUser({ name: "Bystander" });
  await asUser(sessionFollower, () => setFollow("SESSIONS", true));
  await asUser(consultationFollower, () => setFollow("CONSULTATIONS", true));
  await asUser(consultationFollower, () => setFollow("CONSULTATIONS", true)); // twice is once
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("following", () => {
  it("is per person and topic, and can be stopped", async () => {
    expect(await asUser(consultationFollower, () => followState("CONSULTATIONS"))).toBe(true);
    expect(await asUser(consultationFollower, () => followState("SESSIONS"))).toBe(false);
    expect(await followState("SESSIONS")).toBeNull();
    await asUser(consultationFollower, () => setFollow("CONSULTATIONS", false));
    expect(await db.participationFollow.count()).toBe(1);
  });
});

describe("council sessions", () => {
  it("followers hear of the published agenda and of the decisions; others hear nothing", async () => {
    const sessionId = await asUser(staff, async () => {
      const created = await createSession(SessionSchema.parse({ kind: "ORDINARY", startsOn: "02/02/2026", endsOn: "06/02/2026", placeAr: "قاعة الاجتماعات", placeFr: "Salle des réunions" }), null);
      if (!created.ok) throw new Error(JSON.stringify(created));
      const item = await addAgendaItem(AgendaItemSchema.parse({ sessionId: String(created.data.id), origin: "PRESIDENT", titleAr: "الميزانية", titleFr: "Le budget", referredCommittee: "لجنة الميزانية" }), null);
      if (!item.ok) throw new Error(JSON.stringify(item));
      expect((await publishAgenda(created.data.id, null, new Date("2026-01-20T10:00:00Z"))).ok).toBe(true);
      expect((await markHeld(created.data.id, null, new Date("2026-02-03T10:00:00Z"))).ok).toBe(true);
      expect((await recordDecision(DecisionSchema.parse({ sessionId: String(created.data.id), itemId: String(item.data.id), decisionText: "صادق المجلس", votesFor: "8", votesAgainst: "2", votesAbstain: "1" }), null)).ok).toBe(true);
      expect((await publishDecisions(created.data.id, null, new Date("2026-02-08T10:00:00Z"))).ok).toBe(true);
      return created.data.id;
    });
    expect(await noticesOf(sessionFollower)).toEqual(["participation.session_agenda", "participation.session_decisions"]);
    for (const other of [consultationFollower, participant, bystander, staff]) expect(await noticesOf(other)).toEqual([]);
    expect(await db.outboxMessage.count({ where: { toAddress: sessionFollower.email } })).toBe(2);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: sessionFollower.id, kind: "participation.session_agenda" } });
    const fr = renderNotice("fr-MA", notice.kind, notice.payload);
    expect(fr).toMatchObject({ href: `/sessions/${sessionId}` });
    expect(fr?.summary).toContain("Session ordinaire");
    expect(renderNotice("ar-MA", notice.kind, notice.payload)?.summary).toContain("جدول أعمال");
  });
});

describe("consultations", () => {
  it("followers hear of the opening; followers and participants of the closing (once) and of the synthesis", async () => {
    const NOW = new Date("2026-11-29T12:00:00Z");
    const opened = await asUser(staff, () => openConsultation(ConsultationSchema.parse({
      titleAr: "تحيين برنامج العمل", titleFr: "Mise à jour du programme", descriptionAr: "مشروع", descriptionFr: "Projet", audience: "RESIDENTS", closesOn: "31/12/2026",
      q1Kind: "FREE_TEXT", q1PromptAr: "اقتراحاتكم", q1PromptFr: "Vos propositions",
    }), null, NOW));
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const id = opened.data.id;
    expect(await noticesOf(consultationFollower)).toEqual(["participation.consultation_opened"]);
    const question = await db.consultationQuestion.findFirstOrThrow({ where: { consultationId: id } });
    for (const who of [participant, consultationFollower]) {
      const answered = await asUser(who, () => submitResponse({ ...ResponseSchema.parse({ consultationId: String(id) }), answers: { [question.id]: "الماء أولا" } }, NOW));
      expect(answered.ok).toBe(true);
    }
    expect(await noticesOf(participant)).toEqual([]);

    // Not closed yet: nothing to announce. Then announced once, even if the run repeats.
    expect(await announceClosedConsultations(db, NOW)).toBe(0);
    const AFTER = new Date("2027-01-02T12:00:00Z");
    expect(await announceClosedConsultations(db, AFTER)).toBe(1);
    expect(await announceClosedConsultations(db, AFTER)).toBe(0);

    const synthesis = await asUser(staff, () => publishSynthesis(SynthesisSchema.parse({ consultationId: String(id), heardAr: "سمعنا", heardFr: "Nous avons entendu", decidedAr: "قررنا", decidedFr: "Nous avons décidé" }), null, AFTER));
    expect(synthesis.ok).toBe(true);
    expect(await noticesOf(consultationFollower)).toEqual(["participation.consultation_opened", "participation.consultation_closed", "participation.consultation_synthesis"]);
    expect(await noticesOf(participant)).toEqual(["participation.consultation_closed", "participation.consultation_synthesis"]);
    for (const other of [sessionFollower, bystander]) expect(await noticesOf(other)).toEqual([]);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: participant.id, kind: "participation.consultation_synthesis" } });
    expect(renderNotice("fr-MA", notice.kind, notice.payload)).toMatchObject({ href: `/consultations/${id}` });
    expect(renderNotice("fr-MA", notice.kind, notice.payload)?.summary).toContain("Mise à jour du programme");
  });
});
