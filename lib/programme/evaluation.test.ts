// The pure part of the annual evaluation report (decree 2.16.301 art. 14): the figures of a year
// from the programme's projects and their progress updates.
import { describe, expect, it, vi } from "vitest";

// The module also holds the database functions; the pure part never touches them.
vi.mock("@/lib/db/client", () => ({ db: {} }));
vi.mock("@/lib/auth/session", () => ({ requirePermission: vi.fn() }));

const { buildEvaluationFigures, evaluationYears, moroccanYear, parseFigures, statusAsOf, yearError } = await import("./evaluation");
const { executionSummary } = await import("./rules");
type Row = import("./evaluation").EvaluationProjectRow;
type Update = import("./evaluation").EvaluationUpdateRow;

const PROGRAMME = { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" };
const AXIS_1 = { number: 1, titleAr: "المدخل 1", titleFr: "Axe 1" };
const AXIS_2 = { number: 2, titleAr: "المدخل 2", titleFr: "Axe 2" };

function project(id: number, overrides: Partial<Row> = {}): Row {
  return {
    id,
    code: `A1-0${id}`,
    titleAr: `مشروع ${id}`,
    titleFr: `Projet ${id}`,
    status: "IN_PROGRESS",
    statusReasonAr: null,
    statusReasonFr: null,
    constraintsAr: null,
    constraintsFr: null,
    solutionsAr: null,
    solutionsFr: null,
    estimatedCostMad: 100_000,
    startYear: 2022,
    isDemo: false,
    axis: AXIS_1,
    fundingLines: [],
    indicators: [],
    ...overrides,
  };
}

const update = (projectId: number, iso: string, physicalPercent: number, committedMad: number | null = null, spentMad: number | null = null): Update => ({
  projectId,
  recordedAt: new Date(iso),
  physicalPercent,
  committedMad,
  spentMad,
});

const build = (year: number, projects: Row[], updates: Update[], statusIsCurrent = false) =>
  buildEvaluationFigures({ programme: PROGRAMME, year, projects, updates, statusIsCurrent });

describe("buildEvaluationFigures", () => {
  it("takes each project's latest update on or before 31 December and ignores later ones", () => {
    const projects = [project(1), project(2, { estimatedCostMad: 300_000 })];
    const updates = [
      update(1, "2024-06-01T10:00:00Z", 20, 10_000, 5_000),
      update(1, "2024-12-20T10:00:00Z", 40, 30_000, 20_000),
      update(1, "2025-03-01T10:00:00Z", 90, 90_000, 80_000),
      update(2, "2025-02-01T10:00:00Z", 50, 100_000, 50_000),
    ];
    const figures = build(2024, projects, updates);
    expect(figures.summary).toMatchObject({ programmed: 2, completed: 0, committedMad: 30_000, spentMad: 20_000, projects: 2 });
    // 40 % of 100 000 and nothing of 300 000.
    expect(figures.summary.weightedProgress).toBeCloseTo(0.1);
    expect(figures.figuresAsOf).toBe("2024-12-20T10:00:00.000Z");
    // The same numbers as the execution summary of rules.ts over the figures as of that date.
    expect(figures.summary).toEqual({
      projects: 2,
      ...
      executionSummary([
        { status: "IN_PROGRESS", estimatedCostMad: 100_000, physicalPercent: 40, committedMad: 30_000, spentMad: 20_000 },
        { status: "IN_PROGRESS", estimatedCostMad: 300_000, physicalPercent: 0, committedMad: null, spentMad: null },
      ]),
    });
    expect(build(2025, projects, updates).summary).toMatchObject({ committedMad: 190_000, spentMad: 130_000 });
  });

  it("reads 31 December in Moroccan time: an update at 00:30 on 1 January belongs to the new year", () => {
    // 31 Dec 2024 23:30 UTC is 1 Jan 2025 00:30 in Morocco (UTC+1).
    expect(moroccanYear(new Date("2024-12-31T23:30:00Z"))).toBe(2025);
    const figures = build(2024, [project(1)], [update(1, "2024-12-31T23:30:00Z", 80)]);
    expect(figures.figuresAsOf).toBeNull();
    expect(figures.summary.weightedProgress).toBe(0);
  });

  it("leaves cancelled projects out of the completion rate but lists their reasons", () => {
    const projects = [
      project(1, { status: "COMPLETED" }),
      project(2),
      project(3, { status: "CANCELLED", statusReasonAr: "  تعذر العقار  ", statusReasonFr: "Foncier indisponible", estimatedCostMad: 900_000 }),
      project(4, { status: "DELAYED", statusReasonAr: "تأخر الصفقة", statusReasonFr: "Marché retardé", solutionsAr: "إعادة الإعلان", solutionsFr: null }),
    ];
    const figures = build(2025, projects, [update(1, "2024-05-01T10:00:00Z", 100)], true);
    expect(figures.summary).toMatchObject({ programmed: 3, completed: 1, cancelled: 1, projects: 4, programmedMad: 300_000 });
    expect(figures.summary.completionRate).toBeCloseTo(1 / 3);
    expect(figures.constraints).toEqual([
      expect.objectContaining({ projectCode: "A1-03", status: "CANCELLED", reasonAr: "تعذر العقار", reasonFr: "Foncier indisponible" }),
      expect.objectContaining({ projectCode: "A1-04", status: "DELAYED", reasonAr: "تأخر الصفقة", solutionsAr: "إعادة الإعلان", solutionsFr: null }),
    ]);
  });

  it("lists constraints and solutions recorded on projects, not projects without any", () => {
    const figures = build(2025, [project(1, { constraintsAr: "تباعد الدواوير", constraintsFr: "Dispersion", solutionsAr: "التناوب", solutionsFr: "Alternance" }), project(2, { constraintsAr: "  " })], []);
    expect(figures.constraints).toHaveLength(1);
    expect(figures.constraints[0]).toMatchObject({ projectCode: "A1-01", status: "IN_PROGRESS", reasonAr: null, constraintsFr: "Dispersion", solutionsAr: "التناوب" });
  });

  it("counts a project completed later as completed in a past year only when it had reached 100 % by then", () => {
    const projects = [project(1, { status: "COMPLETED" }), project(2, { status: "COMPLETED" }), project(3, { status: "COMPLETED" })];
    const updates = [update(1, "2023-10-01T10:00:00Z", 100), update(2, "2023-10-01T10:00:00Z", 60), update(2, "2024-04-01T10:00:00Z", 100)];
    const past = build(2023, projects, updates);
    expect(past.summary.completed).toBe(1);
    expect(statusAsOf("COMPLETED", updates[1], false)).toBe("IN_PROGRESS");
    expect(statusAsOf("COMPLETED", undefined, false)).toBe("PLANNED");
    // For the current year, the status is today's.
    expect(build(2024, projects, updates, true).summary.completed).toBe(3);
  });

  it("counts only projects programmed to start on or before the year", () => {
    const figures = build(2023, [project(1, { startYear: 2023 }), project(2, { startYear: 2026, constraintsAr: "إكراه" })], []);
    expect(figures.summary.projects).toBe(1);
    expect(figures.notYetStarted).toBe(1);
    expect(figures.constraints).toEqual([]);
  });

  it("gives each indicator its baseline, target and the value measured for the year", () => {
    const indicators = [
      { nameAr: "مستفيدون", nameFr: "Bénéficiaires", unitAr: "شخص", unitFr: "personnes", baseline: 0, target: 200, values: [{ year: 2024, value: 80 }, { year: 2025, value: 150 }] },
      // Meant to decrease: 75 → 60.
      { nameAr: "نسبة الهدر", nameFr: "Taux d'abandon", unitAr: "%", unitFr: "%", baseline: 75, target: 60, values: [{ year: 2024, value: 70 }] },
      { nameAr: "ثابت", nameFr: "Constant", unitAr: "وحدة", unitFr: "unité", baseline: 5, target: 5, values: [{ year: 2024, value: 5 }] },
    ];
    const figures = build(2024, [project(1, { indicators })], []);
    expect(figures.indicators.map((i) => [i.nameFr, i.baseline, i.target, i.value])).toEqual([
      ["Bénéficiaires", 0, 200, 80],
      ["Taux d'abandon", 75, 60, 70],
      ["Constant", 5, 5, 5],
    ]);
    expect(figures.indicators[0]!.achievement).toBeCloseTo(0.4);
    expect(figures.indicators[1]!.achievement).toBeCloseTo(1 / 3);
    expect(figures.indicators[2]!.achievement).toBeNull();
    const later = build(2026, [project(1, { indicators })], []);
    expect(later.indicators[0]).toMatchObject({ value: null, achievement: null, projectCode: "A1-01" });
  });

  it("sums funding by partner over the projects counted, cancelled ones left out", () => {
    const projects = [
      project(1, { fundingLines: [{ partner: "ميزانية الجماعة", amountMad: 30_000 }, { partner: "INDH", amountMad: 50_000 }] }),
      project(2, { fundingLines: [{ partner: "ميزانية الجماعة ", amountMad: 20_000 }, { partner: "ميزانية الجماعة", amountMad: 5_000 }] }),
      project(3, { status: "CANCELLED", statusReasonAr: "سبب", fundingLines: [{ partner: "INDH", amountMad: 500_000 }] }),
      project(4, { startYear: 2027, fundingLines: [{ partner: "INDH", amountMad: 70_000 }] }),
    ];
    const figures = build(2025, projects, []);
    expect(figures.funding).toEqual([
      { partner: "ميزانية الجماعة", amountMad: 55_000, projects: 2 },
      { partner: "INDH", amountMad: 50_000, projects: 1 },
    ]);
    expect(figures.fundingTotalMad).toBe(105_000);
  });

  it("gives per-axis completion in axis order", () => {
    const projects = [project(1, { axis: AXIS_2, status: "COMPLETED" }), project(2, { axis: AXIS_1 }), project(3, { axis: AXIS_2 })];
    const figures = build(2025, projects, [], true);
    expect(figures.perAxis.map((a) => [a.axisNumber, a.projects, a.completed, a.completionRate])).toEqual([
      [1, 1, 0, 0],
      [2, 2, 1, 0.5],
    ]);
  });

  it("round-trips through JSON and refuses other shapes", () => {
    const figures = build(2025, [project(1, { isDemo: true })], []);
    expect(figures.isDemo).toBe(true);
    expect(parseFigures(JSON.parse(JSON.stringify(figures)))).toEqual(figures);
    expect(parseFigures({ version: 99 })).toBeNull();
    expect(parseFigures(null)).toBeNull();
  });
});

describe("years of a report", () => {
  it("offers the programme's years up to the current one", () => {
    expect(evaluationYears(PROGRAMME, 2025)).toEqual([2022, 2023, 2024, 2025]);
    expect(evaluationYears(PROGRAMME, 2030)).toHaveLength(6);
    expect(evaluationYears(PROGRAMME, 2021)).toEqual([]);
  });

  it("refuses a year outside the programme or in the future", () => {
    expect(yearError(PROGRAMME, 2021, 2025)).toBe("yearOutsideProgramme");
    expect(yearError(PROGRAMME, 2028, 2030)).toBe("yearOutsideProgramme");
    expect(yearError(PROGRAMME, 2026, 2025)).toBe("yearInFuture");
    expect(yearError(PROGRAMME, 2025, 2025)).toBeNull();
    expect(yearError(PROGRAMME, 2024.5, 2025)).toBe("yearOutsideProgramme");
  });
});
