// Staff edit the participation calendar before it is public or closed, audited: an agenda item
// until the agenda is published, a consultation until it closes. And closed consultations as open
// data: counts by douar and by declared gender, nothing about any person, CSV streamed.
import { NextRequest } from "next/server";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as openConsultationsRoute } from "@/app/api/open/consultations/route";
import { consultationOpenRows } from "@/lib/consultations/open-data";
import { ConsultationSchema, ConsultationUpdateSchema, ResponseSchema } from "@/lib/consultations/schemas";
import { openConsultation, submitResponse, updateConsultation } from "@/lib/consultations/service";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { AgendaItemSchema, AgendaItemUpdateSchema, SessionSchema } from "@/lib/sessions/schemas";
import { addAgendaItem, createSession, publishAgenda, updateAgendaItem } from "@/lib/sessions/service";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const COMMUNE = {
  id: 1, code: "275.05.01", kind: "RURAL" as const, nameAr: "جماعة بني مطهر", nameFr: "Commune de Bni Mathar", provinceAr: "إقليم جرادة", provinceFr: "Province de Jerada",
  regionAr: "جهة الشرق", regionFr: "Région de l'Oriental", legalPopulation: 7089, censusYear: 2004, councilSize: 11, ordinarySessionMonths: [2, 5, 10],
  mandateStartYear: 2021, mandateEndYear: 2027, addressAr: "مقر الجماعة", addressFr: "Siège de la commune", phone: "+212 500 000 000", email: "contact@test.example",
};
const NOW = new Date("2026-11-29T12:00:00Z");
let staff: TestUser;
let citizen: TestUser;

beforeEach(async () => {
  signOut();
  await db.$executeRawUnsafe("TRUNCATE TABLE agenda_items, council_sessions, consultations, consultation_responses, douars, commune_settings RESTART IDENTITY CASCADE");
  await resetDatabase();
  await db.communeSettings.create({ data: COMMUNE });
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  citizen = await createUser();
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("editing an agenda item", () => {
  it("staff edit an item until the agenda is published, audited; others may not", async () => {
    const { sessionId, itemId } = await asUser(staff, async () => {
      const s = await createSession(SessionSchema.parse({ kind: "ORDINARY", startsOn: "02/02/2026", endsOn: "06/02/2026", placeAr: "قاعة الاجتماعات", placeFr: "Salle des réunions" }), null);
      if (!s.ok) throw new Error(JSON.stringify(s));
      const i = await addAgendaItem(AgendaItemSchema.parse({ sessionId: String(s.data.id), origin: "PRESIDENT", titleAr: "الميزانية", titleFr: "Le budget", referredCommittee: "" }), null);
      if (!i.ok) throw new Error(JSON.stringify(i));
      return { sessionId: s.data.id, itemId: i.data.id };
    });
    const edit = (values: Record<string, string> = {}) => AgendaItemUpdateSchema.parse({ sessionId: String(sessionId), itemId: String(itemId), origin: "MEMBERS", titleAr: "الميزانية المعدلة", titleFr: "Le budget rectificatif", referredCommittee: "لجنة الميزانية", ...values });
    await expect(asUser(citizen, () => updateAgendaItem(edit(), null))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await asUser(staff, () => updateAgendaItem(edit(), null))).ok).toBe(true);
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ origin: "MEMBERS", titleFr: "Le budget rectificatif", referredCommittee: "لجنة الميزانية" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "session.agenda_item_updated", targetId: String(itemId) } });
    expect(audit.before).toEqual({ origin: "PRESIDENT", titleAr: "الميزانية", titleFr: "Le budget", referredCommittee: null });
    // The same values again change nothing and write no second event.
    expect((await asUser(staff, () => updateAgendaItem(edit(), null))).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "session.agenda_item_updated" } })).toBe(1);
    expect((await asUser(staff, () => publishAgenda(sessionId, null, new Date("2026-01-20T10:00:00Z")))).ok).toBe(true);
    expect(await asUser(staff, () => updateAgendaItem(edit({ titleFr: "Autre" }), null))).toEqual({ ok: false, formError: "agendaAlreadyPublished" });
    expect(await asUser(staff, () => updateAgendaItem(edit({ itemId: "999" }), null))).toEqual({ ok: false, formError: "agendaAlreadyPublished" });
  });
});

async function openOne() {
  const opened = await asUser(staff, () => openConsultation(ConsultationSchema.parse({
    titleAr: "تحيين برنامج العمل", titleFr: "Mise à jour du programme", descriptionAr: "مشروع", descriptionFr: "Projet", audience: "RESIDENTS", closesOn: "31/12/2026",
    q1Kind: "SINGLE_CHOICE", q1PromptAr: "ما الأولوية؟", q1PromptFr: "Quelle priorité ?", q1OptionsAr: "الماء\nالطرق", q1OptionsFr: "L'eau\nLes routes",
    q2Kind: "FREE_TEXT", q2PromptAr: "اقتراحاتكم", q2PromptFr: "Vos propositions",
  }), null, NOW));
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return opened.data.id;
}

describe("editing a consultation", () => {
  it("staff edit texts and the closing day while it is open, audited; not a past closing, not once closed", async () => {
    const id = await openOne();
    const edit = (values: Record<string, string> = {}) => ConsultationUpdateSchema.parse({ consultationId: String(id), titleAr: "تحيين برنامج عمل الجماعة", titleFr: "Mise à jour du programme d'action", descriptionAr: "مشروع", descriptionFr: "Projet", closesOn: "2027-01-15", ...values });
    await expect(asUser(citizen, () => updateConsultation(edit(), null, NOW))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await asUser(staff, () => updateConsultation(edit(), null, NOW))).ok).toBe(true);
    const row = await db.consultation.findUniqueOrThrow({ where: { id } });
    expect(row.titleFr).toBe("Mise à jour du programme d'action");
    expect(row.closesAt.toISOString()).toBe("2027-01-15T22:59:00.000Z");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "consultation.updated" } });
    expect(Object.keys(audit.after as object).sort()).toEqual(["closesAt", "titleAr", "titleFr"]);
    expect(await asUser(staff, () => updateConsultation(edit({ closesOn: "2026-11-01" }), null, NOW))).toEqual({ ok: false, fieldErrors: { closesOn: "closingPast" } });
    expect(await asUser(staff, () => updateConsultation(edit({ closesOn: "2027-03-01" }), null, new Date("2027-02-01T12:00:00Z")))).toEqual({ ok: false, formError: "closedNoEdit" });
  });
});

describe("consultations as open data", () => {
  it("publishes, once closed, counts by douar and by declared gender — no person, no free text — as JSON and streamed CSV", async () => {
    const id = await openOne();
    const douar = await db.douar.create({ data: { slug: "douar-ouled-test", nameAr: "دوار أولاد", nameFr: "Douar Ouled", isDemo: true } });
    const question = await db.consultationQuestion.findFirstOrThrow({ where: { consultationId: id, kind: "SINGLE_CHOICE" } });
    const free = await db.consultationQuestion.findFirstOrThrow({ where: { consultationId: id, kind: "FREE_TEXT" } });
    const people = [await createUser({ name: "Secret Name One" }), await createUser({ name: "Secret Name Two" }), await createUser({ name: "Secret Name Three" })];
    const answers = [["0", "FEMALE", String(douar.id)], ["0", "MALE", String(douar.id)], ["1", "", ""]] as const;
    for (const [i, person] of people.entries()) {
      const [choice, gender, douarId] = answers[i]!;
      const r = await asUser(person, () => submitResponse({ ...ResponseSchema.parse({ consultationId: String(id), gender, douarId, comment: "commentaire privé" }), answers: { [question.id]: choice, [free.id]: "texte libre privé" } }, NOW));
      expect(r.ok).toBe(true);
    }
    // Still open: nothing published.
    const collect = async (now: Date) => { const rows = []; for await (const row of consultationOpenRows(now)) rows.push(row); return rows; };
    expect(await collect(NOW)).toEqual([]);
    const rows = await collect(new Date("2027-01-05T00:00:00Z"));
    const find = (measure: string, breakdown: string, key: Record<string, unknown>) => rows.filter((r) => r.measure === measure && r.breakdown === breakdown && Object.entries(key).every(([k, v]) => r[k as keyof typeof r] === v));
    expect(find("participants", "douar", { douar_slug: "douar-ouled-test" })[0]?.count).toBe(2);
    expect(find("participants", "douar", { douar_slug: "undeclared" })[0]?.count).toBe(1);
    expect(find("participants", "gender", { gender: "female" })[0]?.count).toBe(1);
    expect(find("participants", "gender", { gender: "undeclared" })[0]?.count).toBe(1);
    expect(find("answers", "douar", { option_position: 1, douar_slug: "douar-ouled-test" })[0]).toMatchObject({ count: 2, option_fr: "L'eau", question_position: 1 });
    expect(find("answers", "gender", { option_position: 2, gender: "undeclared" })[0]?.count).toBe(1);
    const dump = JSON.stringify(rows);
    for (const secret of ["Secret Name", "privé", ...people.map((p) => p.id), ...people.map((p) => p.email)]) expect(dump).not.toContain(secret);

    vi.useFakeTimers({ now: new Date("2027-01-05T00:00:00Z"), toFake: ["Date"] });
    try {
      const csv = await openConsultationsRoute(new NextRequest("http://portal.test/api/open/consultations?format=csv"));
      expect(csv.headers.get("content-type")).toContain("text/csv");
      const text = Buffer.from(await csv.arrayBuffer()).toString("utf8");
      expect(text.startsWith("\uFEFFconsultation_id,title_ar,title_fr,closed_at,measure")).toBe(true);
      expect(text.trimEnd().split("\r\n")).toHaveLength(rows.length + 1);
      const json = await (await openConsultationsRoute(new NextRequest("http://portal.test/api/open/consultations"))).json();
      expect(json.rows).toHaveLength(rows.length);
      expect((await openConsultationsRoute(new NextRequest("http://portal.test/api/open/consultations?format=xml"))).status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });
});
