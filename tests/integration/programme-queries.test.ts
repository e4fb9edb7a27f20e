// The public programme queries against a real, migrated PostgreSQL: filters, search in Arabic and
// French, a project's current figures (its latest update), what the public may see, and a fixed
// number of SQL statements whatever the number of projects.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// The app's client with query events (counting-db.ts), so that the tests can count the statements
// the queries issue.
vi.mock("@/lib/db/client", async () => ({ db: (await import("./counting-db")).db }));

const { db } = await import("@/lib/db/client");
const { statementsOf } = await import("./counting-db");
const { getCurrentProgramme, getOpenDataProjects, getProgrammeOverview, getProjectByCode, listProjects, PROJECTS_PAGE_SIZE } = await import(
  "@/lib/programme/queries"
);
const { parseProjectFilters } = await import("@/lib/programme/filters");

afterAll(async () => {
  await db.$disconnect();
});


const ids = { programme: 0, axis1: 0, axis2: 0, douarA: 0, douarB: 0, association: 0 };

beforeEach(async () => {
  await db.$executeRawUnsafe(
    `TRUNCATE TABLE programmes, programme_consultations, projects, project_douars, funding_lines, project_partners,
       milestones, indicators, indicator_values, progress_updates, evidence, project_follows, project_comments,
       difficulties, plan_activities, plan_axes, douars, associations RESTART IDENTITY CASCADE`,
  );
  const [axis1, axis2] = await Promise.all([
    db.planAxis.create({ data: { number: 1, titleAr: "المدخل 1: تعزيز المشاركة", titleFr: "Axe 1 : renforcer la participation" }, select: { id: true } }),
    db.planAxis.create({ data: { number: 2, titleAr: "المدخل 2: أدوات التشاور", titleFr: "Axe 2 : outils de concertation" }, select: { id: true } }),
  ]);
  const [douarA, douarB] = await Promise.all([
    db.douar.create({ data: { slug: "test-douar-a", nameAr: "دوار الاختبار", nameFr: "Douar Essai" }, select: { id: true } }),
    db.douar.create({ data: { slug: "test-douar-b", nameAr: "دوار النخيل", nameFr: "Douar Palmiers" }, select: { id: true } }),
  ]);
  const association = await db.association.create({
    data: {
      name: "جمعية الأمل",
      receiptNumber: "R-1",
      receiptDate: new Date("2015-01-01"),
      foundedOn: new Date("2014-06-01"),
      seatAddress: "عنوان",
      domain: "تنمية",
    },
    select: { id: true },
  });
  const programme = await db.programme.create({
    data: { startYear: 2022, endYear: 2027, titleAr: "برنامج عمل الجماعة 2022–2027", titleFr: "Programme d'action 2022-2027" },
    select: { id: true },
  });
  Object.assign(ids, { programme: programme.id, axis1: axis1.id, axis2: axis2.id, douarA: douarA.id, douarB: douarB.id, association: association.id });

  // T1-01: in progress, shared competence, 2023–2025, douar A, three updates (one entered late, dated earlier).
  const school = await db.project.create({
    data: {
      programmeId: programme.id,
      axisId: axis1.id,
      code: "T1-01",
      titleAr: "تهيئة المدرسة الابتدائية",
      titleFr: "Aménagement de l'école primaire",
      descriptionAr: "إصلاح الأقسام وبناء مرافق صحية.",
      descriptionFr: "Réfection des classes et construction de sanitaires.",
      wholeCommune: false,
      competence: "SHARED",
      startYear: 2023,
      endYear: 2025,
      estimatedCostMad: 1_000_000,
      status: "IN_PROGRESS",
      douars: { create: [{ douarId: douarA.id }] },
      fundingLines: { create: [{ partner: "INDH", amountMad: 600_000 }, { partner: "الجماعة", amountMad: 400_000 }] },
      partners: { create: [{ associationId: association.id }] },
      milestones: { create: [{ position: 1, titleAr: "الدراسة", titleFr: "Étude", dueOn: new Date("2023-06-30"), doneOn: new Date("2023-06-01") }] },
      indicators: {
        create: [{ nameAr: "أقسام مؤهلة", nameFr: "Classes réhabilitées", unitAr: "قسم", unitFr: "classes", baseline: 0, target: 6, values: { create: [{ year: 2024, value: 2 }, { year: 2025, value: 4 }] } }],
      },
    },
    select: { id: true },
  });
  await db.progressUpdate.create({ data: { projectId: school.id, recordedAt: new Date("2024-01-15T10:00:00Z"), physicalPercent: 20, financialPercent: 10, committedMad: 300_000, spentMad: 100_000 } });
  const latest = await db.progressUpdate.create({
    data: { projectId: school.id, recordedAt: new Date("2025-06-30T10:00:00Z"), physicalPercent: 60, financialPercent: 45, committedMad: 800_000, spentMad: 450_000, noteAr: "تقدم الأشغال", noteFr: "Travaux avancés" },
    select: { id: true },
  });
  // Entered after the others, but dated before them: the latest update is the latest by date.
  await db.progressUpdate.create({ data: { projectId: school.id, recordedAt: new Date("2023-09-01T10:00:00Z"), physicalPercent: 5, financialPercent: 0, committedMad: 0, spentMad: 0 } });
  await db.evidence.create({ data: { updateId: latest.id, kind: "PHOTO", storageKey: "evidence/secret-key.jpg", mimeType: "image/jpeg", bytes: 120_000, captionAr: "الأقسام", captionFr: "Les classes" } });

  // T1-02: completed, own competence, 2022–2023, douar B.
  const well = await db.project.create({
    data: {
      programmeId: programme.id,
      axisId: axis1.id,
      code: "T1-02",
      titleAr: "حفر بئر للماء الصالح للشرب",
      titleFr: "Forage d'un puits d'eau potable",
      descriptionAr: "بئر بدوار النخيل.",
      descriptionFr: "Puits au douar Palmiers.",
      wholeCommune: false,
      competence: "OWN",
      startYear: 2022,
      endYear: 2023,
      estimatedCostMad: 500_000,
      status: "COMPLETED",
      douars: { create: [{ douarId: douarB.id }] },
    },
    select: { id: true },
  });
  await db.progressUpdate.create({ data: { projectId: well.id, recordedAt: new Date("2023-12-01T10:00:00Z"), physicalPercent: 100, financialPercent: 98, committedMad: 500_000, spentMad: 490_000 } });

  // T2-01: delayed, transferred, 2026–2027, whole commune, no cost yet, no update.
  await db.project.create({
    data: {
      programmeId: programme.id,
      axisId: axis2.id,
      code: "T2-01",
      titleAr: "تهيئة الطريق القروية",
      titleFr: "Aménagement de la piste rurale",
      descriptionAr: "طريق تربط الدواوير.",
      descriptionFr: "Piste reliant les douars.",
      competence: "TRANSFERRED",
      startYear: 2026,
      endYear: 2027,
      status: "DELAYED",
      statusReasonAr: "انتظار التمويل",
      statusReasonFr: "Financement attendu",
    },
  });

  // T2-02: cancelled, own, 2024.
  await db.project.create({
    data: {
      programmeId: programme.id,
      axisId: axis2.id,
      code: "T2-02",
      titleAr: "ملعب القرب",
      titleFr: "Terrain de proximité",
      descriptionAr: "ملعب 100% معشوشب.",
      descriptionFr: "Terrain gazonné.",
      competence: "OWN",
      startYear: 2024,
      endYear: 2024,
      estimatedCostMad: 200_000,
      status: "CANCELLED",
      statusReasonAr: "العقار غير متوفر",
      statusReasonFr: "Terrain indisponible",
    },
  });
});

async function codes(query: Record<string, string>) {
  const list = await listProjects(parseProjectFilters(query));
  return list!.items.map((p) => p.code);
}

describe("the project list", () => {
  it("lists every project of the current programme, by axis then code", async () => {
    const list = await listProjects(parseProjectFilters({}));
    expect(list!.items.map((p) => p.code)).toEqual(["T1-01", "T1-02", "T2-01", "T2-02"]);
    expect(list!.total).toBe(4);
    expect(list!.options.axes.map((a) => a.number)).toEqual([1, 2]);
    expect(list!.options.douars.map((d) => d.slug)).toEqual(["test-douar-a", "test-douar-b"]);
    expect(list!.options.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it("filters by axis, douar, status, year and competence, alone and together", async () => {
    expect(await codes({ axis: "2" })).toEqual(["T2-01", "T2-02"]);
    expect(await codes({ douar: "test-douar-a" })).toEqual(["T1-01"]);
    expect(await codes({ status: "COMPLETED" })).toEqual(["T1-02"]);
    expect(await codes({ year: "2024" })).toEqual(["T1-01", "T2-02"]);
    expect(await codes({ year: "2026" })).toEqual(["T2-01"]);
    expect(await codes({ competence: "SHARED" })).toEqual(["T1-01"]);
    expect(await codes({ axis: "1", status: "IN_PROGRESS", year: "2025", douar: "test-douar-a" })).toEqual(["T1-01"]);
    expect(await codes({ axis: "1", status: "DELAYED" })).toEqual([]);
    expect(await codes({ axis: "9" })).toEqual([]);
    expect(await codes({ douar: "no-such-douar" })).toEqual([]);
  });

  it("ignores odd parameters instead of failing", async () => {
    expect(await codes({ axis: "one", status: "DONE", year: "soon", douar: "'; DROP TABLE projects; --" })).toEqual(["T1-01", "T1-02", "T2-01", "T2-02"]);
  });

  it("searches titles, descriptions, codes and douar names in Arabic, whatever the hamza, taa marbuta or vowels", async () => {
    expect(await codes({ q: "المدرسة" })).toEqual(["T1-01"]);
    expect(await codes({ q: "مدرسه" })).toEqual(["T1-01"]);
    expect(await codes({ q: "بِئْر" })).toEqual(["T1-02"]);
    expect(await codes({ q: "تهيئة" })).toEqual(["T1-01", "T2-01"]);
    expect(await codes({ q: "تهيئه" })).toEqual(["T1-01", "T2-01"]);
    expect(await codes({ q: "تهيئة الطريق" })).toEqual(["T2-01"]);
    expect(await codes({ q: "دوار الاختبار" })).toEqual(["T1-01"]);
    expect(await codes({ q: "مستشفى" })).toEqual([]);
  });

  it("searches in French without regard to case or accents", async () => {
    expect(await codes({ q: "ECOLE" })).toEqual(["T1-01"]);
    expect(await codes({ q: "forage puits" })).toEqual(["T1-02"]);
    expect(await codes({ q: "piste" })).toEqual(["T2-01"]);
    expect(await codes({ q: "palmiers" })).toEqual(["T1-02"]);
    expect(await codes({ q: "t1-0" })).toEqual(["T1-01", "T1-02"]);
  });

  it("takes search wildcards literally", async () => {
    expect(await codes({ q: "100%" })).toEqual(["T2-02"]);
    expect(await codes({ q: "%" })).toEqual(["T2-02"]);
    expect(await codes({ q: "_" })).toEqual([]);
  });

  it("combines search and filters", async () => {
    expect(await codes({ q: "تهيئة", axis: "2" })).toEqual(["T2-01"]);
    expect(await codes({ q: "تهيئة", status: "COMPLETED" })).toEqual([]);
  });

  it("gives each project its latest update's figures, by date, or none", async () => {
    const list = await listProjects(parseProjectFilters({}));
    const [school, well, road] = list!.items;
    expect(school!.latest).toMatchObject({ physicalPercent: 60, financialPercent: 45, committedMad: 800_000, spentMad: 450_000 });
    expect(school!.latest!.recordedAt.toISOString()).toBe("2025-06-30T10:00:00.000Z");
    expect(well!.latest).toMatchObject({ physicalPercent: 100 });
    expect(road!.latest).toBeNull();
    expect(school!.douars).toEqual([{ slug: "test-douar-a", nameAr: "دوار الاختبار", nameFr: "Douar Essai", isDemo: false }]);
  });

  it("pages, and shows the last page for a page past the end", async () => {
    await addProjects(PROJECTS_PAGE_SIZE);
    const total = 4 + PROJECTS_PAGE_SIZE;
    const first = await listProjects(parseProjectFilters({}));
    expect(first).toMatchObject({ total, page: 1, pages: 2 });
    expect(first!.items).toHaveLength(PROJECTS_PAGE_SIZE);
    const second = await listProjects(parseProjectFilters({ page: "2" }));
    expect(second!.items).toHaveLength(4);
    const past = await listProjects(parseProjectFilters({ page: "40" }));
    expect(past).toMatchObject({ page: 2 });
    expect(past!.items.map((p) => p.code)).toEqual(second!.items.map((p) => p.code));
  });
});

describe("the programme overview", () => {
  it("computes the execution figures with rules.ts from each project's latest update", async () => {
    const overview = (await getProgrammeOverview())!;
    expect(overview.programme).toMatchObject({ startYear: 2022, endYear: 2027 });
    expect(overview.summary).toMatchObject({ projects: 4, programmed: 3, completed: 1, cancelled: 1, programmedMad: 1_500_000, committedMad: 1_300_000, spentMad: 940_000 });
    expect(overview.summary.completionRate).toBeCloseTo(1 / 3);
    // The road has no cost: it weighs the average cost of the others, (1,000,000 + 500,000) / 2.
    expect(overview.summary.weightedProgress).toBeCloseTo((1_000_000 * 0.6 + 500_000 * 1 + 750_000 * 0) / 2_250_000);
    expect(overview.figuresAsOf!.toISOString()).toBe("2025-06-30T10:00:00.000Z");
  });

  it("gives the figures per axis, per douar and for the whole commune", async () => {
    const overview = (await getProgrammeOverview())!;
    expect(overview.perAxis.map((a) => [a.axis.number, a.figures.projects, a.figures.programmed, a.figures.completed])).toEqual([
      [1, 2, 2, 1],
      [2, 2, 1, 0],
    ]);
    expect(overview.perAxis[0]!.figures.weightedProgress).toBeCloseTo((600_000 + 500_000) / 1_500_000);
    expect(overview.perDouar.map((d) => [d.douar.slug, d.figures.projects, d.figures.completionRate])).toEqual([
      ["test-douar-a", 1, 0],
      ["test-douar-b", 1, 1],
    ]);
    expect(overview.wholeCommune).toMatchObject({ projects: 2, programmed: 1 });
  });

  it("is empty (null) when no programme exists", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE programmes RESTART IDENTITY CASCADE");
    expect(await getProgrammeOverview()).toBeNull();
    expect(await listProjects(parseProjectFilters({}))).toBeNull();
    expect(await getOpenDataProjects()).toBeNull();
  });

  it("shows the programme already started rather than one being prepared for later", async () => {
    await db.programme.create({ data: { startYear: 2099, endYear: 2104, titleAr: "لاحق", titleFr: "Suivant" } });
    expect((await getCurrentProgramme())!.startYear).toBe(2022);
  });
});

describe("a project's page", () => {
  it("finds a project by its code, in any case, with everything public about it", async () => {
    const project = (await getProjectByCode("t1-01"))!;
    expect(project.code).toBe("T1-01");
    expect(project.latest).toMatchObject({ physicalPercent: 60, spentMad: 450_000 });
    expect(project.updates.map((u) => u.physicalPercent)).toEqual([60, 20, 5]);
    expect(project.updates[0]!.evidence).toEqual([
      { id: expect.any(Number), kind: "PHOTO", mimeType: "image/jpeg", bytes: 120_000, captionAr: "الأقسام", captionFr: "Les classes", withdrawnAt: null, withdrawnReason: null },
    ]);
    expect(project.indicators[0]!.values).toEqual([{ year: 2024, value: 2 }, { year: 2025, value: 4 }]);
    expect(project.milestones).toHaveLength(1);
    expect(project.fundingLines.map((f) => f.amountMad)).toEqual([600_000, 400_000]);
    expect(project.partners.map((p) => p.association.name)).toEqual(["جمعية الأمل"]);
  });

  it("shows nobody's personal data and no file's storage key", async () => {
    const text = JSON.stringify(await getProjectByCode("T1-01"));
    expect(text).not.toContain("secret-key");
    expect(text).not.toMatch(/author|storageKey|email|representative|receipt/i);
  });

  it("answers null for an unknown or malformed code", async () => {
    expect(await getProjectByCode("T9-99")).toBeNull();
    expect(await getProjectByCode("../etc")).toBeNull();
    expect(await getProjectByCode("%E0%A4%A")).toBeNull();
    expect(await getProjectByCode("x".repeat(300))).toBeNull();
  });
});

describe("the open data", () => {
  it("has every project with its current figures and its funding", async () => {
    const data = (await getOpenDataProjects())!;
    expect(data.projects.map((p) => p.code)).toEqual(["T1-01", "T1-02", "T2-01", "T2-02"]);
    expect(data.projects[0]).toMatchObject({ latest: { physicalPercent: 60 }, fundingLines: [{ partner: "INDH", amountMad: 600_000 }, { partner: "الجماعة", amountMad: 400_000 }] });
    expect(JSON.stringify(data)).not.toMatch(/author|storageKey|email/i);
  });
});

/** Adds `count` projects with douars, funding lines and two updates each. */
async function addProjects(count: number, offset = 0) {
  for (let i = 0; i < count; i++) {
    const n = offset + i + 1;
    const project = await db.project.create({
      data: {
        programmeId: ids.programme,
        axisId: n % 2 ? ids.axis1 : ids.axis2,
        code: `X${String(n).padStart(3, "0")}`,
        titleAr: `تهيئة مشروع إضافي ${n}`,
        titleFr: `Projet supplémentaire ${n}`,
        descriptionAr: "وصف",
        descriptionFr: "Description",
        wholeCommune: false,
        competence: "OWN",
        startYear: 2024,
        endYear: 2026,
        estimatedCostMad: 100_000 * n,
        status: "IN_PROGRESS",
        douars: { create: [{ douarId: ids.douarA }, { douarId: ids.douarB }] },
        fundingLines: { create: [{ partner: "INDH", amountMad: 50_000 }] },
        partners: { create: [{ associationId: ids.association }] },
      },
      select: { id: true },
    });
    await db.progressUpdate.createMany({
      data: [
        { projectId: project.id, recordedAt: new Date("2025-01-01T10:00:00Z"), physicalPercent: 10, financialPercent: 5 },
        { projectId: project.id, recordedAt: new Date("2026-01-01T10:00:00Z"), physicalPercent: 30, financialPercent: 20 },
      ],
    });
  }
}

describe("the number of SQL statements", () => {
  it("does not grow with the number of projects", async () => {
    const measure = async () => ({
      overview: await statementsOf(() => getProgrammeOverview()),
      list: await statementsOf(() => listProjects(parseProjectFilters({}))),
      // Matches T1-01 before the projects are added, and many more after.
      filtered: await statementsOf(() => listProjects(parseProjectFilters({ q: "تهيئة", axis: "1", douar: "test-douar-a", year: "2025" }))),
      openData: await statementsOf(() => getOpenDataProjects()),
      project: await statementsOf(() => getProjectByCode("T1-01")),
    });
    const few = await measure();
    await addProjects(30);
    const many = await measure();
    expect(many).toEqual(few);
    // And they are small: one statement per relation level, whatever the programme's size.
    expect(many.overview).toBeLessThanOrEqual(8);
    expect(many.list).toBeLessThanOrEqual(10);
    expect(many.project).toBeLessThanOrEqual(16);
  });
});
