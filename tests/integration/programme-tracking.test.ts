// Staff edits of a project's tracking data (lib/programme/tracking.ts) against the real database:
// each change writes its row and one audit event; years outside the programme and negative
// amounts are refused; a citizen is refused and nothing is written.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import {
  addFundingLine,
  addIndicator,
  addMilestone,
  removeFundingLine,
  setIndicatorValue,
  updateMilestone,
} from "@/lib/programme/tracking";
import {
  FundingAddSchema,
  IndicatorAddSchema,
  IndicatorValueSchema,
  MilestoneAddSchema,
  MilestoneEditSchema,
} from "@/lib/programme/tracking-schemas";
import { createUser, resetDatabase, signInAs, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.55";
let projectId: number;
let indicatorId: number;
let staff: TestUser;
let citizen: TestUser;

async function resetProgramme(): Promise<void> {
  await db.$executeRawUnsafe("TRUNCATE TABLE programmes, plan_axes, projects, audit_events RESTART IDENTITY CASCADE");
}

async function audits() {
  return db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, actorId: true, targetId: true, before: true, after: true, ip: true } });
}

beforeAll(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
  citizen = await createUser({ roles: ["CITIZEN"] });
});

beforeEach(async () => {
  await resetProgramme();
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج 2022-2027", titleFr: "Programme 2022-2027" } });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "المحور الأول", titleFr: "Premier axe" } });
  const project = await db.project.create({
    data: {
      programmeId: programme.id, axisId: axis.id, code: "T-02", titleAr: "مشروع", titleFr: "Projet",
      descriptionAr: "وصف", descriptionFr: "Description", competence: "OWN", startYear: 2023, endYear: 2025,
    },
  });
  projectId = project.id;
  const indicator = await db.indicator.create({
    data: { projectId, nameAr: "عدد المستفيدين", nameFr: "Bénéficiaires", unitAr: "شخص", unitFr: "personnes", baseline: 0, target: 100 },
  });
  indicatorId = indicator.id;
  await signInAs(staff);
});

describe("milestones", () => {
  it("adds milestones in order and edits one, each with one audit event", async () => {
    const first = await addMilestone(MilestoneAddSchema.parse({ projectId: String(projectId), titleAr: "الدراسة", titleFr: "Étude", dueOn: "2024-03-31", doneOn: "" }), IP);
    expect(first).toEqual({ ok: true, data: { code: "T-02" } });
    await addMilestone(MilestoneAddSchema.parse({ projectId: String(projectId), titleAr: "الأشغال", titleFr: "Travaux", dueOn: "٢٠٢٥-٠٦-٣٠" }), IP);
    const milestones = await db.milestone.findMany({ where: { projectId }, orderBy: { position: "asc" } });
    expect(milestones.map((m) => [m.position, m.titleAr, m.dueOn?.toISOString().slice(0, 10), m.doneOn])).toEqual([
      [1, "الدراسة", "2024-03-31", null],
      [2, "الأشغال", "2025-06-30", null],
    ]);
    let events = await audits();
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ action: "milestone.added", actorId: staff.id, targetId: String(projectId), ip: IP, after: { position: 1, titleAr: "الدراسة", dueOn: "2024-03-31" } });

    const edited = await updateMilestone(
      MilestoneEditSchema.parse({ milestoneId: String(milestones[0]!.id), titleAr: "الدراسة", titleFr: "Étude", dueOn: "2024-03-31", doneOn: "2024-04-10" }),
      IP,
    );
    expect(edited.ok).toBe(true);
    expect((await db.milestone.findUniqueOrThrow({ where: { id: milestones[0]!.id } })).doneOn?.toISOString().slice(0, 10)).toBe("2024-04-10");
    events = await audits();
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({ action: "milestone.updated", before: { milestoneId: milestones[0]!.id, doneOn: null }, after: { doneOn: "2024-04-10" } });
  });

  it("refuses a due or done date outside the programme's years, adding and editing, and writes nothing", async () => {
    const added = await addMilestone(MilestoneAddSchema.parse({ projectId: String(projectId), titleAr: "الدراسة", titleFr: "Étude", dueOn: "2028-01-15" }), IP);
    expect(added).toEqual({ ok: false, fieldErrors: { dueOn: "dateOutsideProgramme" } });
    expect(await db.milestone.count({ where: { projectId } })).toBe(0);

    await addMilestone(MilestoneAddSchema.parse({ projectId: String(projectId), titleAr: "الدراسة", titleFr: "Étude", dueOn: "2024-03-31" }), IP);
    const milestone = await db.milestone.findFirstOrThrow({ where: { projectId } });
    const edited = await updateMilestone(
      MilestoneEditSchema.parse({ milestoneId: String(milestone.id), titleAr: "الدراسة", titleFr: "Étude", dueOn: "2024-03-31", doneOn: "2021-12-31" }),
      IP,
    );
    expect(edited).toEqual({ ok: false, fieldErrors: { doneOn: "dateOutsideProgramme" } });
    expect((await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).doneOn).toBeNull();
    expect(await audits()).toHaveLength(1);
  });

  it("refuses a date that does not exist", () => {
    const parsed = MilestoneAddSchema.safeParse({ projectId: "1", titleAr: "أ", titleFr: "a", dueOn: "2024-02-30" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("dateFormat");
  });
});

describe("indicators and their values", () => {
  it("adds an indicator with one audit event", async () => {
    const result = await addIndicator(
      IndicatorAddSchema.parse({ projectId: String(projectId), nameAr: "طول الطريق", nameFr: "Longueur de route", unitAr: "كلم", unitFr: "km", baseline: "0", target: "12,5" }),
      IP,
    );
    expect(result.ok).toBe(true);
    const created = await db.indicator.findFirstOrThrow({ where: { projectId, nameFr: "Longueur de route" } });
    expect(created.target).toBe(12.5);
    const events = await audits();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "indicator.added", after: { indicatorId: created.id, target: 12.5 } });
  });

  it("sets and then changes a value for a year, each with one audit event", async () => {
    expect((await setIndicatorValue(IndicatorValueSchema.parse({ indicatorId: String(indicatorId), year: "2024", value: "40" }), IP)).ok).toBe(true);
    expect((await setIndicatorValue(IndicatorValueSchema.parse({ indicatorId: String(indicatorId), year: "٢٠٢٤", value: "55" }), IP)).ok).toBe(true);
    expect(await db.indicatorValue.findMany({ where: { indicatorId }, select: { year: true, value: true } })).toEqual([{ year: 2024, value: 55 }]);
    const events = await audits();
    expect(events.map((e) => e.action)).toEqual(["indicator.value_set", "indicator.value_set"]);
    expect(events[1]).toMatchObject({ before: { year: 2024, value: 40 }, after: { year: 2024, value: 55 } });
  });

  it("refuses a year outside the programme and writes nothing", async () => {
    const result = await setIndicatorValue(IndicatorValueSchema.parse({ indicatorId: String(indicatorId), year: "2028", value: "10" }), IP);
    expect(result).toEqual({ ok: false, fieldErrors: { year: "outsideProgramme" } });
    expect(await db.indicatorValue.count()).toBe(0);
    expect(await audits()).toEqual([]);
  });
});

describe("funding lines", () => {
  it("adds and removes a funding line, each with one audit event", async () => {
    const result = await addFundingLine(
      FundingAddSchema.parse({ projectId: String(projectId), partner: "المجلس الإقليمي", amountMad: "1 200 000", agreementRef: "CV-2024/07" }),
      IP,
    );
    expect(result.ok).toBe(true);
    const line = await db.fundingLine.findFirstOrThrow({ where: { projectId } });
    expect(line).toMatchObject({ partner: "المجلس الإقليمي", amountMad: 1_200_000, agreementRef: "CV-2024/07" });
    expect((await removeFundingLine({ fundingLineId: line.id }, IP)).ok).toBe(true);
    expect(await db.fundingLine.count()).toBe(0);
    const events = await audits();
    expect(events.map((e) => e.action)).toEqual(["funding.added", "funding.removed"]);
    expect(events[1]).toMatchObject({ before: { fundingLineId: line.id, amountMad: 1_200_000 } });
  });

  it("refuses a negative amount", () => {
    const parsed = FundingAddSchema.safeParse({ projectId: String(projectId), partner: "شريك", amountMad: "-5" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["amountMad", "amountRange"]]);
  });
});

describe("permissions", () => {
  it("refuses a citizen with ForbiddenError and writes nothing", async () => {
    await signInAs(citizen);
    const milestone = MilestoneAddSchema.parse({ projectId: String(projectId), titleAr: "أ", titleFr: "a" });
    await expect(addMilestone(milestone, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addIndicator(IndicatorAddSchema.parse({ projectId: String(projectId), nameAr: "أ", nameFr: "a", unitAr: "أ", unitFr: "a", baseline: "0", target: "1" }), IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setIndicatorValue({ indicatorId, year: 2024, value: 1 }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addFundingLine({ projectId, partner: "x", amountMad: 1, agreementRef: null }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.milestone.count()).toBe(0);
    expect(await db.indicator.count()).toBe(1);
    expect(await db.indicatorValue.count()).toBe(0);
    expect(await db.fundingLine.count()).toBe(0);
    expect(await audits()).toEqual([]);
  });
});
