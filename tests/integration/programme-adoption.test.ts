// The programme's adoption record, consultations and axes (lib/programme/adoption.ts) against the
// real database: each change is saved with one audit event holding what changed; steps dated out
// of order and more votes than the council has members are refused with nothing written; a
// citizen is refused.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { COMMUNE_SETTINGS } from "@/prisma/seed/commune";
import { addConsultation, removeConsultation, updateAdoptionRecord, updateAxis, updateConsultation } from "@/lib/programme/adoption";
import {
  AdoptionRecordSchema,
  AxisSchema,
  ConsultationAddSchema,
  ConsultationEditSchema,
  ConsultationRemoveSchema,
} from "@/lib/programme/adoption-schemas";
import { createUser, resetDatabase, signInAs, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.61";
let programmeId: number;
let axisId: number;
let staff: TestUser;
let citizen: TestUser;

const audits = () => db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, targetId: true, before: true, after: true, ip: true } });

function record(values: Record<string, string> = {}) {
  return AdoptionRecordSchema.parse({
    programmeId: String(programmeId), titleAr: "برنامج عمل الجماعة 2022-2027", titleFr: "Programme d'action 2022-2027",
    decisionToPrepareOn: "2022-01-24", decisionPostedOn: "2022-02-03", committeeReviewOn: "2022-08-09", councilVoteOn: "2022-09-15",
    votesFor: "8", votesAgainst: "1", votesAbstaining: "2", governorVisaOn: "2022-09-29", ...values,
  });
}

const consultation = (values: Record<string, string> = {}) => ({
  kind: "EQUALITY_COMMITTEE", heldOn: "2022-06-14", participantsWomen: "7", participantsMen: "4",
  summaryAr: "رأي الهيئة في مشروع البرنامج", summaryFr: "Avis de l'instance sur le projet", ...values,
});

beforeAll(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  citizen = await createUser({ roles: ["CITIZEN"] });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE programmes, plan_axes, audit_events, commune_settings RESTART IDENTITY CASCADE");
  const { id, ordinarySessionMonths, ...settings } = COMMUNE_SETTINGS;
  await db.communeSettings.create({ data: { id, ...settings, councilSize: 11, ordinarySessionMonths: [...ordinarySessionMonths] } });
  ({ id: programmeId } = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } }));
  ({ id: axisId } = await db.planAxis.create({ data: { number: 5, titleAr: "المحور الخامس", titleFr: "Cinquième axe" } }));
  await signInAs(staff);
});

describe("the adoption record", () => {
  it("saves the steps and the votes, and audits only what changed", async () => {
    expect(await updateAdoptionRecord(record(), IP)).toEqual({ ok: true, data: undefined });
    const saved = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
    expect(saved.decisionPostedOn?.toISOString().slice(0, 10)).toBe("2022-02-03");
    expect([saved.votesFor, saved.votesAgainst, saved.votesAbstaining]).toEqual([8, 1, 2]);

    await updateAdoptionRecord(record({ governorVisaOn: "2022-10-01" }), IP);
    const events = await audits();
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      action: "programme.adoption_updated", targetId: String(programmeId), ip: IP,
      before: { governorVisaOn: "2022-09-29" }, after: { governorVisaOn: "2022-10-01" },
    });
    // Saving the same values again is not a change.
    await updateAdoptionRecord(record({ governorVisaOn: "2022-10-01" }), IP);
    expect(await audits()).toHaveLength(2);
  });

  it("refuses a step dated before the one it follows, naming the field, and writes nothing", async () => {
    const result = await updateAdoptionRecord(record({ councilVoteOn: "2022-08-01" }), IP);
    expect(result).toEqual({ ok: false, fieldErrors: { councilVoteOn: "outOfOrder" } });
    expect((await db.programme.findUniqueOrThrow({ where: { id: programmeId } })).councilVoteOn).toBeNull();
    expect(await audits()).toHaveLength(0);
  });

  it("refuses more votes than the council has members", async () => {
    const result = await updateAdoptionRecord(record({ votesFor: "9", votesAgainst: "2", votesAbstaining: "1" }), IP);
    expect(result).toEqual({ ok: false, fieldErrors: { votesFor: "votesExceedCouncil" } });
    expect(await audits()).toHaveLength(0);
  });

  it("accepts Arabic-Indic digits and leaves unknown steps empty", async () => {
    await updateAdoptionRecord(record({ councilVoteOn: "", governorVisaOn: "", votesFor: "٨", votesAgainst: "", votesAbstaining: "" }), IP);
    const saved = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
    expect([saved.councilVoteOn, saved.governorVisaOn, saved.votesFor, saved.votesAgainst]).toEqual([null, null, 8, null]);
  });
});

describe("consultations", () => {
  it("are added, edited and removed, each with one audit event that keeps their content", async () => {
    await addConsultation(ConsultationAddSchema.parse({ programmeId: String(programmeId), ...consultation() }), IP);
    const [added] = await db.programmeConsultation.findMany({ where: { programmeId } });
    expect(added).toMatchObject({ kind: "EQUALITY_COMMITTEE", participantsWomen: 7, participantsMen: 4 });

    await updateConsultation(ConsultationEditSchema.parse({ consultationId: String(added!.id), ...consultation({ participantsWomen: "9" }) }), IP);
    expect((await db.programmeConsultation.findUniqueOrThrow({ where: { id: added!.id } })).participantsWomen).toBe(9);

    await removeConsultation(ConsultationRemoveSchema.parse({ consultationId: String(added!.id) }), IP);
    expect(await db.programmeConsultation.count()).toBe(0);

    const events = await audits();
    expect(events.map((e) => e.action)).toEqual(["programme.consultation_added", "programme.consultation_updated", "programme.consultation_removed"]);
    expect(events[1]).toMatchObject({ before: { participantsWomen: 7 }, after: { participantsWomen: 9 } });
    expect(events[2]!.before).toMatchObject({ kind: "EQUALITY_COMMITTEE", heldOn: "2022-06-14", summaryFr: "Avis de l'instance sur le projet" });
  });

  it("need a kind, a real date and both summaries", () => {
    const parsed = ConsultationAddSchema.safeParse({ programmeId: "1", ...consultation({ kind: "PARTY", heldOn: "2022-02-30", summaryFr: " " }) });
    expect(parsed.success).toBe(false);
    const errors = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(errors).toMatchObject({ kind: "required", heldOn: "dateFormat", summaryFr: "required" });
  });
});

describe("axes", () => {
  it("change their titles with one audit event", async () => {
    await updateAxis(AxisSchema.parse({ axisId: String(axisId), titleAr: "الانفتاح على الشباب", titleFr: "Ouverture sur les jeunes", noteAr: "", noteFr: "" }), IP);
    expect(await db.planAxis.findUniqueOrThrow({ where: { id: axisId } })).toMatchObject({ titleAr: "الانفتاح على الشباب", noteAr: null });
    expect(await audits()).toEqual([
      { action: "plan_axis.updated", targetId: String(axisId), ip: IP, before: { titleAr: "المحور الخامس", titleFr: "Cinquième axe" }, after: { titleAr: "الانفتاح على الشباب", titleFr: "Ouverture sur les jeunes" } },
    ]);
  });
});

describe("permissions", () => {
  it("refuse a citizen and write nothing", async () => {
    await signInAs(citizen);
    await expect(updateAdoptionRecord(record(), IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addConsultation(ConsultationAddSchema.parse({ programmeId: String(programmeId), ...consultation() }), IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAxis(AxisSchema.parse({ axisId: String(axisId), titleAr: "س", titleFr: "x" }), IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await audits()).toHaveLength(0);
  });
});
