// Public consultations against the real database (lib/consultations): who may open them and
// publish a synthesis, one answer per person (also under concurrent submissions) changeable until
// closing, associations-only consultations, a closed consultation refusing answers, and results
// as aggregates by declared gender and douar. Only "next/headers" is replaced (see helpers.ts).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getPublicConsultation, listPublicConsultations } from "@/lib/consultations/queries";
import { ConsultationSchema, MeetingLinkSchema, ResponseSchema, SynthesisSchema } from "@/lib/consultations/schemas";
import { linkMeeting, openConsultation, publishSynthesis, submitResponse } from "@/lib/consultations/service";
import { asUser, createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

let staff: TestUser;
let resident: TestUser;
let douarId: number;
const NOW = new Date("2026-11-29T12:00:00Z");
const LATER = new Date("2027-01-10T12:00:00Z");

const form = (values: Record<string, string> = {}) =>
  ConsultationSchema.parse({
    titleAr: "تحيين برنامج عمل الجماعة", titleFr: "Mise à jour du programme d'action", descriptionAr: "نعرض عليكم مشروع التحيين.", descriptionFr: "Nous vous soumettons le projet de mise à jour.",
    audience: "RESIDENTS", closesOn: "31/12/2026",
    q1Kind: "SINGLE_CHOICE", q1PromptAr: "ما الأولوية؟", q1PromptFr: "Quelle priorité ?", q1OptionsAr: "الماء\nالطرق", q1OptionsFr: "L'eau\nLes routes",
    q2Kind: "FREE_TEXT", q2PromptAr: "اقتراحاتكم", q2PromptFr: "Vos propositions",
    ...values,
  });

async function open(values: Record<string, string> = {}): Promise<{ id: number; choice: number; text: number }> {
  await signInAs(staff);
  const result = await openConsultation(form(values), null, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const questions = await db.consultationQuestion.findMany({ where: { consultationId: result.data.id }, orderBy: { position: "asc" } });
  return { id: result.data.id, choice: questions[0]!.id, text: questions[1]?.id ?? 0 };
}

const answer = (consultationId: number, answers: Record<number, string>, values: Record<string, string> = {}) => ({
  ...ResponseSchema.parse({ consultationId: String(consultationId), ...values }),
  answers,
});

beforeEach(async () => {
  signOut();
  await db.$executeRawUnsafe("TRUNCATE TABLE consultations, consultation_responses, documents, douars, associations, programmes, civil_society_meetings RESTART IDENTITY CASCADE");
  await resetDatabase();
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  resident = await createUser();
  douarId = (await db.douar.create({ data: { slug: "douar-test", nameAr: "دوار تجريبي", nameFr: "Douar test", isDemo: true } })).id;
});

describe("opening and synthesis", () => {
  it("lets only staff open a consultation, with its questions, and audits it; checks the form", async () => {
    await signInAs(resident);
    await expect(openConsultation(form(), null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await open();
    const row = await db.consultation.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(row.questions.map((q) => [q.kind, q.optionsFr])).toEqual([["SINGLE_CHOICE", ["L'eau", "Les routes"]], ["FREE_TEXT", []]]);
    expect(await db.auditEvent.count({ where: { action: "consultation.opened", targetId: String(id) } })).toBe(1);
    expect(await openConsultation(form({ closesOn: "01/01/2026" }), null, NOW)).toEqual({ ok: false, fieldErrors: { closesOn: "closingPast" } });
    expect(await openConsultation(form({ documentIds: "99" }), null, NOW)).toEqual({ ok: false, fieldErrors: { documentIds: "documentNotPublished" } });
    const raw = { titleAr: "أ", titleFr: "A", descriptionAr: "أ", descriptionFr: "A", audience: "RESIDENTS", closesOn: "31/12/2026", q1Kind: "SINGLE_CHOICE", q1PromptAr: "س", q1PromptFr: "Q", q1OptionsAr: "واحد", q1OptionsFr: "Un" };
    expect(ConsultationSchema.safeParse(raw).error?.issues[0]).toMatchObject({ path: ["q1OptionsAr"], message: "optionsCount" });
  });

  it("publishes the synthesis only after closing, once, and the public then reads it with the results", async () => {
    const { id, choice } = await open();
    await asUser(resident, () => submitResponse(answer(id, { [choice]: "0" }, { gender: "FEMALE", douarId: String(douarId) }), NOW));
    await signInAs(staff);
    const synthesis = SynthesisSchema.parse({ consultationId: String(id), heardAr: "طالب السكان بالماء", heardFr: "Les habitants demandent l'eau", decidedAr: "برمجة مشروع الماء", decidedFr: "Le projet d'eau est programmé" });
    expect(await publishSynthesis(synthesis, null, NOW)).toEqual({ ok: false, formError: "stillOpen" });
    await signInAs(resident);
    await expect(publishSynthesis(synthesis, null, LATER)).rejects.toBeInstanceOf(ForbiddenError);
    await signInAs(staff);
    expect((await publishSynthesis(synthesis, null, LATER)).ok).toBe(true);
    expect(await publishSynthesis(synthesis, null, LATER)).toEqual({ ok: false, formError: "synthesisPublished" });
    signOut();
    const view = await getPublicConsultation(id, LATER);
    expect(view?.heardFr).toBe("Les habitants demandent l'eau");
    expect(view?.results?.participants.byGender).toEqual({ FEMALE: 1, MALE: 0, UNDECLARED: 0 });
    expect(view?.results?.douars).toEqual([{ douar: { id: douarId, nameAr: "دوار تجريبي", nameFr: "Douar test" }, count: 1 }]);
    expect(view?.results?.byQuestion.get(choice)?.options.map((o) => o.total)).toEqual([1, 0]);
    // While open, nobody sees results.
    expect((await getPublicConsultation(id, NOW))?.results).toBeNull();
    expect((await listPublicConsultations(LATER)).closed.map((c) => c.id)).toEqual([id]);
  });
});

describe("answers", () => {
  it("keeps one answer per person, changeable until closing, and refuses it after", async () => {
    const { id, choice, text } = await open();
    expect(await asUser(resident, () => submitResponse(answer(id, { [choice]: "0", [text]: "حفر بئر" }), NOW))).toEqual({ ok: true, data: { id, updated: false } });
    expect(await asUser(resident, () => submitResponse(answer(id, { [choice]: "1" }, { gender: "MALE" }), NOW))).toEqual({ ok: true, data: { id, updated: true } });
    const rows = await db.consultationResponse.findMany({ where: { consultationId: id }, include: { answers: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.gender).toBe("MALE");
    expect(rows[0]?.answers.map((a) => [a.questionId, a.choice, a.text])).toEqual([[choice, 1, null]]);
    expect(await asUser(resident, () => submitResponse(answer(id, { [choice]: "7" }), NOW))).toEqual({ ok: false, fieldErrors: { [`q${choice}`]: "invalidChoice" } });
    expect(await asUser(resident, () => submitResponse(answer(id, {}), NOW))).toEqual({ ok: false, formError: "emptyResponse" });
    expect(await asUser(resident, () => submitResponse(answer(id, { [choice]: "0" }), LATER))).toEqual({ ok: false, formError: "closed" });
    expect((await db.consultationAnswer.findFirstOrThrow({ where: { questionId: choice } })).choice).toBe(1);
    // Answers are personal: never in the audit log.
    expect(await db.auditEvent.count({ where: { targetType: "consultation_response" } })).toBe(0);
  });

  it("stores one answer when the same person submits many times at once", async () => {
    const { id, choice } = await open();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => asUser(resident, () => submitResponse(answer(id, { [choice]: String(i % 2) }), NOW))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.data.updated)).toHaveLength(1);
    expect(await db.consultationResponse.count({ where: { consultationId: id } })).toBe(1);
    expect(await db.consultationAnswer.count({ where: { questionId: choice } })).toBe(1);
  });

  it("lets only a verified association's representative answer an associations-only consultation", async () => {
    const { id, choice } = await open({ audience: "ASSOCIATIONS" });
    expect(await asUser(resident, () => submitResponse(answer(id, { [choice]: "0" }), NOW))).toEqual({ ok: false, formError: "associationsOnly" });
    const rep = await createUser({ roles: ["CITIZEN", "ASSOCIATION_REP"] });
    const association = await db.association.create({
      data: { name: "جمعية الأمل", receiptNumber: "R-1", receiptDate: new Date("2020-01-01"), foundedOn: new Date("2019-06-01"), seatAddress: "بني مطهر", domain: "تنمية", representativeId: rep.id },
    });
    expect(await asUser(rep, () => submitResponse(answer(id, { [choice]: "0" }), NOW))).toEqual({ ok: false, formError: "associationsOnly" });
    await db.association.update({ where: { id: association.id }, data: { verifiedAt: new Date() } });
    expect((await asUser(rep, () => submitResponse(answer(id, { [choice]: "0" }), NOW))).ok).toBe(true);
  });

  it("needs a signed-in account", async () => {
    const { id, choice } = await open();
    signOut();
    await expect(submitResponse(answer(id, { [choice]: "0" }), NOW)).rejects.toBeTruthy();
  });
});

describe("in-person meetings (the programme's civil-society meetings, reused)", () => {
  it("links a civil-society meeting with its participants by gender and category; staff only; shown on the consultation", async () => {
    const { id } = await open();
    const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
    const meeting = await db.civilSocietyMeeting.create({
      data: { programmeId: programme.id, scheduledAt: new Date("2026-12-05T10:00:00Z"), placeAr: "دار الشباب", placeFr: "Maison des jeunes", agendaAr: "التحيين", agendaFr: "La mise à jour" },
    });
    const link = (values: Record<string, string>) => MeetingLinkSchema.parse({ consultationId: String(id), meetingId: String(meeting.id), women: "12", men: "9", categories: "6 جمعيات، 15 من السكان", ...values });
    await signInAs(resident);
    await expect(linkMeeting(link({}), null)).rejects.toBeInstanceOf(ForbiddenError);
    await signInAs(staff);
    expect(await linkMeeting(link({ meetingId: "999" }), null)).toEqual({ ok: false, fieldErrors: { meetingId: "meetingNotFound" } });
    expect((await linkMeeting(link({}), null)).ok).toBe(true);
    expect((await linkMeeting(link({ women: "13" }), null)).ok).toBe(true);
    const view = await getPublicConsultation(id, NOW);
    expect(view?.meetings).toEqual([{ women: 13, men: 9, categories: "6 جمعيات، 15 من السكان", meeting: expect.objectContaining({ id: meeting.id, placeFr: "Maison des jeunes" }) }]);
    expect(await db.auditEvent.count({ where: { action: "consultation.meeting_linked" } })).toBe(2);
  });
});
