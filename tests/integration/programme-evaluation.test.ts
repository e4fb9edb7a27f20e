// The annual evaluation report (decree 2.16.301 arts. 14–15) against a real, migrated PostgreSQL
// with the demo seed: the figures of a year agree with rules.ts's executionSummary over the
// projects as they stood on 31 December, regenerating keeps the text, publishing needs an Arabic
// summary and is audited, the public reads only published reports, and only staff may write.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The app's client with query events (counting-db.ts), so that the test can count the statements issued.
vi.mock("@/lib/db/client", async () => ({ db: (await import("./counting-db")).db }));
vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const { db } = await import("@/lib/db/client");
const { statementsOf } = await import("./counting-db");
const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors");
const { executionSummary } = await import("@/lib/programme/rules");
const { seed } = await import("@/prisma/seed/index");
const evaluation = await import("@/lib/programme/evaluation");
const { createUser, signInAs, signOut } = await import("./helpers");
type TestUser = import("./helpers").TestUser;

const YEAR = 2025;
const IP = "192.0.2.10";
let editor: TestUser;
let citizen: TestUser;

beforeAll(async () => {
  await db.$executeRawUnsafe(
    `TRUNCATE TABLE commune_settings, douars, plan_activities, plan_axes, associations, user_roles, users, programmes,
       annual_evaluations, audit_events RESTART IDENTITY CASCADE`,
  );
  await seed(db);
  const row = await db.user.findUniqueOrThrow({
    where: { email: "editor@demo.bni-mathar.example" },
    select: { id: true, name: true, email: true, sessionVersion: true, roles: { select: { role: true } } },
  });
  editor = { ...row, roles: row.roles.map((r) => r.role), password: "" };
  citizen = await createUser({ roles: ["CITIZEN"] });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE annual_evaluations, audit_events RESTART IDENTITY");
  signOut();
});

afterAll(async () => {
  await db.$disconnect();
});


/** The execution summary of rules.ts over the seeded projects as they stood on 31 December, read another way. */
async function expectedSummary(year: number) {
  const projects = await db.project.findMany({
    where: { startYear: { lte: year } },
    select: {
      status: true,
      estimatedCostMad: true,
      updates: {
        // Midnight on 1 January in Morocco (UTC+1) is 23:00 UTC on 31 December.
        where: { recordedAt: { lt: new Date(`${year}-12-31T23:00:00Z`) } },
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { physicalPercent: true, committedMad: true, spentMad: true },
      },
    },
  });
  const pastYear = year < Number(new Intl.DateTimeFormat("en", { timeZone: "Africa/Casablanca", year: "numeric" }).format(new Date()));
  return executionSummary(
    projects.map((p) => {
      const latest = p.updates[0];
      // A project completed since then counts as completed only if it had reached 100 % by 31 December.
      const status = pastYear && p.status === "COMPLETED" && (latest?.physicalPercent ?? 0) < 100 ? (latest ? "IN_PROGRESS" : "PLANNED") : p.status;
      return { status, estimatedCostMad: p.estimatedCostMad, physicalPercent: latest?.physicalPercent ?? 0, committedMad: latest?.committedMad ?? null, spentMad: latest?.spentMad ?? null };
    }),
  );
}

describe("the figures of a year", () => {
  it("agree with executionSummary over the projects as of 31 December, in a fixed number of statements", async () => {
    const figures = await evaluation.computeEvaluationFigures(YEAR);
    expect(figures).not.toBeNull();
    const { projects, ...summary } = figures!.summary;
    expect(summary).toEqual(await expectedSummary(YEAR));
    expect(projects).toBe(await db.project.count({ where: { startYear: { lte: YEAR } } }));
    expect(summary.programmed).toBeGreaterThan(0);
    expect(figures!.isDemo).toBe(true);
    // Per axis adds up to the whole.
    expect(figures!.perAxis.reduce((n, a) => n + a.projects, 0)).toBe(projects);
    // The seeded cancelled project is listed with its reason.
    const cancelled = await db.project.findFirst({ where: { status: "CANCELLED", startYear: { lte: YEAR } }, select: { code: true, statusReasonAr: true } });
    if (cancelled) expect(figures!.constraints).toContainEqual(expect.objectContaining({ projectCode: cancelled.code, status: "CANCELLED", reasonAr: cancelled.statusReasonAr }));
    // Indicator values are the year's.
    const value = await db.indicatorValue.findFirst({ where: { year: YEAR }, select: { value: true, indicator: { select: { nameFr: true } } } });
    expect(figures!.indicators).toContainEqual(expect.objectContaining({ nameFr: value!.indicator.nameFr, value: value!.value }));
    // Funding by partner adds up to the funding lines of the non-cancelled projects counted.
    const lines = await db.fundingLine.aggregate({ _sum: { amountMad: true }, where: { project: { startYear: { lte: YEAR }, status: { not: "CANCELLED" } } } });
    expect(figures!.fundingTotalMad).toBe(lines._sum.amountMad ?? 0);

    const first = await statementsOf(() => evaluation.computeEvaluationFigures(2023));
    const second = await statementsOf(() => evaluation.computeEvaluationFigures(YEAR));
    expect(first).toBe(second);
    expect(first).toBeLessThanOrEqual(8);
  });

  it("ignores updates recorded after the year", async () => {
    const before = await evaluation.computeEvaluationFigures(2023);
    const project = await db.project.findFirstOrThrow({ where: { status: "IN_PROGRESS", startYear: { lte: 2023 } }, select: { id: true } });
    await db.progressUpdate.create({ data: { projectId: project.id, recordedAt: new Date("2024-01-01T00:30:00+01:00"), physicalPercent: 99, financialPercent: 99, committedMad: 9_999_999, spentMad: 9_999_999 } });
    const after = await evaluation.computeEvaluationFigures(2023);
    expect(after!.summary).toEqual(before!.summary);
  });

  it("is null for a year outside the programme", async () => {
    expect(await evaluation.computeEvaluationFigures(2019)).toBeNull();
  });
});

describe("generating, writing and publishing", () => {
  it("generates the report, and regenerating keeps the narrative and summary", async () => {
    await signInAs(editor);
    const created = await evaluation.generateEvaluation(YEAR, IP);
    expect(created).toEqual({ ok: true, data: { year: YEAR, created: true } });
    const stored = await evaluation.getEvaluationForStaff(YEAR);
    expect(stored!.figures!.summary).toEqual((await evaluation.computeEvaluationFigures(YEAR))!.summary);

    const text = { year: YEAR, narrativeAr: "عرض التقرير", narrativeFr: "Exposé", summaryAr: "ملخص التقرير", summaryFr: "Synthèse" };
    expect(await evaluation.saveEvaluationText(text, IP)).toEqual({ ok: true, data: { year: YEAR } });
    expect(await evaluation.generateEvaluation(YEAR, IP)).toEqual({ ok: true, data: { year: YEAR, created: false } });
    const again = await evaluation.getEvaluationForStaff(YEAR);
    expect(again).toMatchObject({ narrativeAr: "عرض التقرير", narrativeFr: "Exposé", summaryAr: "ملخص التقرير", summaryFr: "Synthèse" });
    expect(again!.generatedAt.getTime()).toBeGreaterThanOrEqual(stored!.generatedAt.getTime());
    expect(await db.annualEvaluation.count()).toBe(1);

    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, actorId: true, targetType: true, targetId: true, ip: true } });
    expect(events.map((e) => e.action)).toEqual(["evaluation.generated", "evaluation.text_saved", "evaluation.regenerated"]);
    expect(events.every((e) => e.actorId === editor.id && e.targetType === "annual_evaluation" && e.ip === IP)).toBe(true);
  });

  it("refuses a year in the future or outside the programme", async () => {
    await signInAs(editor);
    const programme = await db.programme.findFirstOrThrow({ select: { startYear: true, endYear: true } });
    const current = Number(new Intl.DateTimeFormat("en", { timeZone: "Africa/Casablanca", year: "numeric" }).format(new Date()));
    if (current + 1 <= programme.endYear) {
      expect(await evaluation.generateEvaluation(current + 1, IP)).toEqual({ ok: false, fieldErrors: { year: "yearInFuture" } });
    }
    expect(await evaluation.generateEvaluation(programme.startYear - 1, IP)).toEqual({ ok: false, fieldErrors: { year: "yearOutsideProgramme" } });
    expect(await evaluation.generateEvaluation(programme.endYear + 1, IP)).toEqual({ ok: false, fieldErrors: { year: "yearOutsideProgramme" } });
    expect(await db.annualEvaluation.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("publishes only with an Arabic summary, audited; unpublishes; a published report is not regenerated", async () => {
    await signInAs(editor);
    expect(await evaluation.publishEvaluation(YEAR, IP)).toEqual({ ok: false, formError: "notGenerated" });
    await evaluation.generateEvaluation(YEAR, IP);
    await evaluation.saveEvaluationText({ year: YEAR, narrativeAr: "عرض", narrativeFr: "", summaryAr: "   ", summaryFr: "Synthèse seule" }, IP);
    expect(await evaluation.publishEvaluation(YEAR, IP)).toEqual({ ok: false, formError: "summaryRequired" });
    expect((await evaluation.getEvaluationForStaff(YEAR))!.publishedAt).toBeNull();

    await evaluation.saveEvaluationText({ year: YEAR, narrativeAr: "عرض", narrativeFr: "", summaryAr: "تقدم البرنامج بانتظام.", summaryFr: "" }, IP);
    expect(await evaluation.publishEvaluation(YEAR, IP)).toEqual({ ok: true, data: { year: YEAR } });
    const published = await evaluation.getEvaluationForStaff(YEAR);
    expect(published!.publishedAt).toBeInstanceOf(Date);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evaluation.published" } });
    expect(event).toMatchObject({ actorId: editor.id, targetType: "annual_evaluation", ip: IP });

    // While published: the summary cannot be emptied, and the figures are not regenerated.
    expect(await evaluation.saveEvaluationText({ year: YEAR, narrativeAr: "", narrativeFr: "", summaryAr: "", summaryFr: "" }, IP)).toEqual({
      ok: false,
      fieldErrors: { summaryAr: "summaryRequired" },
    });
    expect(await evaluation.generateEvaluation(YEAR, IP)).toEqual({ ok: false, formError: "unpublishFirst" });

    expect(await evaluation.unpublishEvaluation(YEAR, IP)).toEqual({ ok: true, data: { year: YEAR } });
    expect((await evaluation.getEvaluationForStaff(YEAR))!.publishedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "evaluation.unpublished" } })).toBe(1);
  });

  it("lets the public read only published reports, never the narrative", async () => {
    await signInAs(editor);
    await evaluation.generateEvaluation(2024, IP);
    await evaluation.generateEvaluation(YEAR, IP);
    await evaluation.saveEvaluationText({ year: YEAR, narrativeAr: "عرض داخلي", narrativeFr: "", summaryAr: "ملخص منشور", summaryFr: "Synthèse publiée" }, IP);
    await evaluation.publishEvaluation(YEAR, IP);
    signOut();

    const list = await evaluation.listPublishedEvaluations();
    expect(list.map((e) => e.year)).toEqual([YEAR]);
    expect(list[0]).not.toHaveProperty("narrativeAr");
    expect(list[0]).toMatchObject({ summaryAr: "ملخص منشور", summaryFr: "Synthèse publiée" });
    expect(list[0]!.figures!.year).toBe(YEAR);
    expect(await evaluation.getPublishedEvaluation(2024)).toBeNull();
    expect((await evaluation.getPublishedEvaluation(YEAR))!.summaryAr).toBe("ملخص منشور");
  });

  it("is refused to a citizen (ForbiddenError) and to anonymous visitors, and nothing is written", async () => {
    await signInAs(editor);
    await evaluation.generateEvaluation(YEAR, IP);
    await signInAs(citizen);
    await expect(evaluation.generateEvaluation(YEAR, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluation.saveEvaluationText({ year: YEAR, narrativeAr: "", narrativeFr: "", summaryAr: "x", summaryFr: "" }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluation.publishEvaluation(YEAR, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluation.unpublishEvaluation(YEAR, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluation.getEvaluationForStaff(YEAR)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(evaluation.listEvaluationsForStaff()).rejects.toBeInstanceOf(ForbiddenError);
    signOut();
    await expect(evaluation.generateEvaluation(YEAR, IP)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.auditEvent.count()).toBe(1);
    expect((await db.annualEvaluation.findFirstOrThrow()).summaryAr).toBe("");
  });
});
