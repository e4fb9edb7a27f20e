// The demo seed against a real, migrated PostgreSQL: idempotent, complete, and never in production.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { Role } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_ASSOCIATION, DEMO_PASSWORD, demoAccount } from "@/prisma/seed/accounts";
import { DOUARS } from "@/prisma/seed/commune";
import { seed } from "@/prisma/seed/index";
import { PLAN_AXES } from "@/prisma/seed/plan";
import { projectCode, PROJECTS } from "@/prisma/seed/programme";
import { statusNeedsReason } from "@/lib/programme/rules";

let db: Db;

beforeAll(() => {
  db = createPrismaClient();
});

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(async () => {
  // Everything the seed writes, plus what hangs off users (tokens, audit events) and the plan
  // (projects and their rows) through CASCADE.
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE commune_settings, douars, plan_activities, plan_axes, associations, user_roles, users, programmes RESTART IDENTITY CASCADE",
  );
});

async function counts() {
  const [commune, douars, axes, activities, users, userRoles, associations] = await Promise.all([
    db.communeSettings.count(),
    db.douar.count(),
    db.planAxis.count(),
    db.planActivity.count(),
    db.user.count(),
    db.userRole.count(),
    db.association.count(),
  ]);
  return { commune, douars, axes, activities, users, userRoles, associations };
}

async function programmeCounts() {
  const [programmes, consultations, projects, updates, milestones, indicators, indicatorValues, fundingLines, projectDouars, partners] =
    await Promise.all([
      db.programme.count(),
      db.programmeConsultation.count(),
      // The programme's own demo projects; the participatory budget's funded one is seeded by prisma/seed/budget.ts.
      db.project.count({ where: { budgetProposal: null } }),
      db.progressUpdate.count(),
      db.milestone.count(),
      db.indicator.count(),
      db.indicatorValue.count(),
      db.fundingLine.count(),
      db.projectDouar.count(),
      db.projectPartner.count(),
    ]);
  return { programmes, consultations, projects, updates, milestones, indicators, indicatorValues, fundingLines, projectDouars, partners };
}

// Decision to prepare posted within 15 days (decree 2.16.301 art. 5); draft before the committees
// at least 30 days before the session (art. 10); governor's visa within 20 days (OL 113.14 art. 118).
const DECISION_POSTING_DAYS = 15;
const COMMITTEE_LEAD_DAYS = 30;
const GOVERNOR_VISA_DAYS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;

describe("prisma/seed", () => {
  const savedPortalEnv = process.env.PORTAL_ENV;
  afterEach(() => {
    if (savedPortalEnv === undefined) delete process.env.PORTAL_ENV;
    else process.env.PORTAL_ENV = savedPortalEnv;
  });

  it("publishes the demo library (decisions linked to their sessions), an audit report with its follow-up and one archived request, once", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE council_sessions RESTART IDENTITY CASCADE");
    await seed(db);
    await seed(db);
    expect(await db.document.count({ where: { status: "PUBLISHED" } })).toBe(7);
    expect(await db.documentVersion.count({ where: { format: "PDF", extractedText: { contains: "démonstration" } } })).toBe(7);
    expect(await db.councilSessionDocument.count({ where: { document: { category: "COUNCIL_DECISIONS" } } })).toBe(3);
    const report = await db.auditReport.findFirstOrThrow({ include: { recommendations: true, document: true } });
    expect(report.document?.category).toBe("AUDIT_REPORTS");
    expect(report.recommendations.map((r) => r.status).sort()).toEqual(["IMPLEMENTED", "IN_PROGRESS", "OPEN"]);
    expect(await db.informationRequest.count({ where: { archiveStatus: "PUBLISHED" } })).toBe(1);
  });

  it("is idempotent: seeding twice leaves the same rows", async () => {
    const first = await seed(db);
    const afterFirst = await counts();
    const second = await seed(db);
    const afterSecond = await counts();

    expect(afterSecond).toEqual(afterFirst);
    expect(afterFirst).toEqual({
      commune: 1,
      douars: DOUARS.length,
      axes: 7,
      activities: PLAN_AXES.reduce((n, axis) => n + axis.activities.length, 0),
      users: Object.values(Role).length,
      // CITIZEN alone for the citizen; CITIZEN + own role for everyone else.
      userRoles: 2 * Object.values(Role).length - 1,
      associations: 1,
    });
    expect(first.createdAccounts).toBe(DEMO_ACCOUNTS.length);
    expect(second.createdAccounts).toBe(0);

    const commune = await db.communeSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(commune).toMatchObject({
      code: "275.05.01",
      kind: "RURAL",
      nameAr: "جماعة بني مطهر",
      legalPopulation: 7089,
      censusYear: 2004,
      councilSize: 11,
      ordinarySessionMonths: [2, 5, 10],
    });
    expect(commune.email.endsWith(".example")).toBe(true);

    const real = await db.douar.findMany({ where: { isDemo: false }, orderBy: { slug: "asc" } });
    expect(real.map((d) => d.nameAr)).toEqual(["الزاوية", "أولاد قدور"]);
    expect(await db.douar.count({ where: { isDemo: true } })).toBeGreaterThanOrEqual(3);
  });

  it("writes the seven axes of the plan with every activity, in order", async () => {
    await seed(db);
    const axes = await db.planAxis.findMany({
      orderBy: { number: "asc" },
      include: { activities: { orderBy: { position: "asc" } } },
    });

    expect(axes.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(axes.map((a) => a.activities.length)).toEqual([3, 5, 2, 1, 3, 3, 3]);
    for (const [i, axis] of axes.entries()) {
      expect(axis.activities.map((a) => a.position)).toEqual(axis.activities.map((_, j) => j + 1));
      expect(axis.activities.map((a) => a.textAr)).toEqual(PLAN_AXES[i]!.activities.map((a) => a.textAr));
      for (const activity of axis.activities) expect(activity.textFr.length).toBeGreaterThan(0);
    }

    // The source's sentence, word for word (its line fragments reassembled).
    expect(axes[0]!.activities[0]!.textAr).toBe(
      "نشر برنامج عمل الجماعة بكافة الوسائل الممكنة ورقية او رقمية و اتاحة الاطلاع عليه للفاعلين الجماعيين والجمعويين والمواطنين",
    );
    expect(axes[2]!.titleAr).toBe("المدخل 3: دعم دينامية هيئة المساواة وتكافؤ الفرص ومقاربة النوع الاجتماعي");
    expect(axes[3]!.activities[0]!.textAr).toBe(
      "اشراك المجلس الجماعي للفعاليات النشطة والجادة والاستفادة من تجربتها",
    );
    // Axis 5 has no title in the adopted text, and says so.
    expect(axes[4]).toMatchObject({ titleAr: "المدخل 5", titleFr: "Axe 5" });
    expect(axes[4]!.noteAr).toBeTruthy();
    expect(axes[4]!.noteFr).toBeTruthy();
    expect(axes[6]!.titleAr).not.toMatch(/48|49/);
  });

  it("keeps an axis's title as staff edited it when it runs again", async () => {
    await seed(db);
    await db.planAxis.update({ where: { number: 5 }, data: { titleFr: "Axe 5 : jeunesse et enfance" } });
    await seed(db);
    expect((await db.planAxis.findUniqueOrThrow({ where: { number: 5 } })).titleFr).toBe("Axe 5 : jeunesse et enfance");
  });

  it("creates a verified demo account for every role, whose password is the demo password", async () => {
    await seed(db);
    for (const role of Object.values(Role)) {
      const account = demoAccount(role);
      const user = await db.user.findUnique({
        where: { email: account.email },
        select: { passwordHash: true, emailVerifiedAt: true, roles: { select: { role: true } } },
      });
      expect(user, role).not.toBeNull();
      expect(user!.emailVerifiedAt, role).not.toBeNull();
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD), role).toBe(true);
      const roles = user!.roles.map((r) => r.role).sort();
      expect(roles, role).toEqual(role === Role.CITIZEN ? [Role.CITIZEN] : [Role.CITIZEN, role].sort());
    }

    const association = await db.association.findFirstOrThrow({
      where: { name: DEMO_ASSOCIATION.name },
      include: { representative: { select: { email: true } } },
    });
    expect(association.verifiedAt).not.toBeNull();
    expect(association.foundedOn.getUTCFullYear()).toBe(2015);
    expect(association.representative?.email).toBe(demoAccount(Role.ASSOCIATION_REP).email);
  });

  it("refuses to run when PORTAL_ENV is production", async () => {
    process.env.PORTAL_ENV = "production";
    await expect(seed(db)).rejects.toThrow(/production/);
    expect(await counts()).toEqual({
      commune: 0,
      douars: 0,
      axes: 0,
      activities: 0,
      users: 0,
      userRoles: 0,
      associations: 0,
    });
    expect(await db.programme.count()).toBe(0);
  });

  it("does not reset a demo user's changed password when seeding again", async () => {
    await seed(db);
    const email = demoAccount(Role.CITIZEN).email;
    const newPassword = "a-new-password-chosen-by-the-user";
    await db.user.update({ where: { email }, data: { passwordHash: await hashPassword(newPassword) } });

    await seed(db);

    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(await verifyPassword(passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(passwordHash, DEMO_PASSWORD)).toBe(false);
  });

  describe("the demo action programme", () => {
    it("seeds one programme 2022–2027 with a plausible adoption record and its consultations", async () => {
      await seed(db);
      const programmes = await db.programme.findMany({ include: { consultations: true } });
      expect(programmes).toHaveLength(1);
      const programme = programmes[0]!;
      expect(programme).toMatchObject({
        startYear: 2022,
        endYear: 2027,
        titleAr: "برنامج عمل جماعة بني مطهر 2022–2027",
        titleFr: "Programme d'action de la commune de Bni Mathar 2022-2027",
      });

      // Decision early in 2022 (first year of the mandate), posted within 15 days, committee review
      // at least 30 days before the vote, governor's visa within 20 days.
      const { decisionToPrepareOn, decisionPostedOn, committeeReviewOn, councilVoteOn, governorVisaOn } = programme;
      expect(decisionToPrepareOn!.getUTCFullYear()).toBe(2022);
      expect(decisionToPrepareOn!.getUTCMonth()).toBeLessThan(3);
      expect(daysBetween(decisionToPrepareOn!, decisionPostedOn!)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(decisionToPrepareOn!, decisionPostedOn!)).toBeLessThanOrEqual(DECISION_POSTING_DAYS);
      expect(daysBetween(committeeReviewOn!, councilVoteOn!)).toBeGreaterThanOrEqual(COMMITTEE_LEAD_DAYS);
      expect(daysBetween(councilVoteOn!, governorVisaOn!)).toBeGreaterThan(0);
      expect(daysBetween(councilVoteOn!, governorVisaOn!)).toBeLessThanOrEqual(GOVERNOR_VISA_DAYS);

      const council = (await db.communeSettings.findUniqueOrThrow({ where: { id: 1 } })).councilSize;
      const votes = programme.votesFor! + programme.votesAgainst! + programme.votesAbstaining!;
      expect(votes).toBeLessThanOrEqual(council);
      // Absolute majority of the members in office (OL 113.14 art. 43).
      expect(programme.votesFor!).toBeGreaterThan(council / 2);

      expect(programme.consultations.length).toBeGreaterThanOrEqual(3);
      expect(programme.consultations.length).toBeLessThanOrEqual(4);
      expect(new Set(programme.consultations.map((c) => c.kind))).toEqual(
        new Set(["DOUAR_WORKSHOP", "ASSOCIATIONS", "EQUALITY_COMMITTEE"]),
      );
      for (const c of programme.consultations) {
        expect(c.participantsWomen).toBeGreaterThan(0);
        expect(c.participantsMen).toBeGreaterThan(0);
        expect(c.heldOn > decisionToPrepareOn! && c.heldOn < committeeReviewOn!).toBe(true);
      }
    });

    it("creates exactly one demo project per plan activity, coded by axis and position", async () => {
      await seed(db);
      const activities = await db.planActivity.findMany({
        include: { axis: { select: { number: true } }, project: true },
        orderBy: [{ axis: { number: "asc" } }, { position: "asc" }],
      });
      expect(activities).toHaveLength(20);
      expect(await db.project.count({ where: { budgetProposal: null } })).toBe(activities.length);

      for (const activity of activities) {
        const project = activity.project;
        const code = projectCode(activity.axis.number, activity.position);
        expect(project, code).not.toBeNull();
        expect(project!.code).toBe(code);
        expect(project!.axisId).toBe(activity.axisId);
        expect(project!.isDemo).toBe(true);
        expect(project!.descriptionAr).toBe(activity.textAr);
        expect(project!.descriptionFr).toBe(activity.textFr);
        expect(project!.titleAr.length).toBeGreaterThan(0);
        expect(project!.titleFr.length).toBeGreaterThan(0);
        expect(project!.startYear).toBeGreaterThanOrEqual(2022);
        expect(project!.endYear).toBeLessThanOrEqual(2027);
      }
      expect(activities.map((a) => a.project!.code)[0]).toBe("A1-01");
      expect(await db.evidence.count()).toBe(0);
    });

    it("gives the projects consistent, varied figures", async () => {
      await seed(db);
      const editor = await db.user.findUniqueOrThrow({ where: { email: demoAccount(Role.STAFF_EDITOR).email } });
      const projects = await db.project.findMany({
        where: { budgetProposal: null },
        include: {
          fundingLines: true,
          partners: true,
          douars: { include: { douar: true } },
          milestones: { orderBy: { position: "asc" } },
          indicators: { include: { values: true } },
          updates: { orderBy: { recordedAt: "asc" } },
        },
        orderBy: { code: "asc" },
      });

      const statuses = projects.map((p) => p.status);
      expect(statuses).toContain("PLANNED");
      expect(statuses).toContain("DELAYED");
      expect(statuses).toContain("CANCELLED");
      expect(statuses.filter((s) => s === "IN_PROGRESS" || s === "COMPLETED").length).toBeGreaterThan(projects.length / 2);
      expect(projects.filter((p) => p.estimatedCostMad === null)).toHaveLength(2);
      expect(projects.filter((p) => p.partners.length > 0).length).toBeGreaterThanOrEqual(2);
      expect(projects.filter((p) => p.partners.length > 0).length).toBeLessThanOrEqual(3);
      expect(projects.some((p) => p.genderTag === "TARGETED")).toBe(true);

      const douarSlugs = new Set(projects.flatMap((p) => p.douars.map((d) => d.douar.slug)));
      expect(douarSlugs).toContain("ez-zaouia");
      expect(douarSlugs).toContain("ouled-kaddour");
      expect([...douarSlugs].some((slug) => slug.startsWith("demo-"))).toBe(true);

      for (const p of projects) {
        expect(p.wholeCommune, p.code).toBe(p.douars.length === 0);
        const funded = p.fundingLines.reduce((sum, f) => sum + f.amountMad, 0);
        expect(funded, p.code).toBeLessThanOrEqual(p.estimatedCostMad ?? 0);
        expect(p.milestones.length, p.code).toBeGreaterThanOrEqual(2);
        expect(p.milestones.length, p.code).toBeLessThanOrEqual(4);
        for (const i of p.indicators) for (const v of i.values) expect(v.year, p.code).toBeLessThanOrEqual(2026);

        if (p.status === "PLANNED") {
          expect(p.updates, p.code).toHaveLength(0);
          continue;
        }
        expect(p.updates.length, p.code).toBeGreaterThanOrEqual(1);
        expect(p.updates.length, p.code).toBeLessThanOrEqual(4);
        for (const [i, u] of p.updates.entries()) {
          expect(u.authorId, p.code).toBe(editor.id);
          expect(u.noteAr && u.noteFr, p.code).toBeTruthy();
          expect(u.recordedAt.getUTCFullYear(), p.code).toBeGreaterThanOrEqual(2022);
          expect(u.recordedAt.getUTCFullYear(), p.code).toBeLessThanOrEqual(2026);
          if (p.estimatedCostMad === null) {
            expect(u.committedMad, p.code).toBeNull();
            expect(u.spentMad, p.code).toBeNull();
          } else {
            expect(u.spentMad!, p.code).toBeLessThanOrEqual(u.committedMad!);
            expect(u.committedMad!, p.code).toBeLessThanOrEqual(p.estimatedCostMad);
          }
          const previous = p.updates[i - 1];
          if (previous) {
            expect(u.recordedAt > previous.recordedAt, p.code).toBe(true);
            expect(u.physicalPercent, p.code).toBeGreaterThanOrEqual(previous.physicalPercent);
            expect(u.financialPercent, p.code).toBeGreaterThanOrEqual(previous.financialPercent);
          }
        }
        if (p.status === "COMPLETED") expect(p.updates.at(-1)!.physicalPercent, p.code).toBe(100);
      }
    });

    it("gives every delayed or cancelled project a reason, in both languages", async () => {
      await seed(db);
      const projects = await db.project.findMany({ where: { status: { in: ["DELAYED", "CANCELLED"] } } });
      expect(projects.length).toBeGreaterThanOrEqual(2);
      for (const p of projects) {
        expect(statusNeedsReason(p.status)).toBe(true);
        expect(p.statusReasonAr, p.code).toBeTruthy();
        expect(p.statusReasonFr, p.code).toBeTruthy();
      }
    });

    it("changes no programme counts when seeding again", async () => {
      const first = await seed(db);
      const afterFirst = await programmeCounts();
      const second = await seed(db);
      expect(await programmeCounts()).toEqual(afterFirst);

      expect(afterFirst.programmes).toBe(1);
      expect(afterFirst.projects).toBe(PROJECTS.length);
      expect(afterFirst.updates).toBe(PROJECTS.reduce((n, p) => n + (p.updates?.length ?? 0), 0));
      expect(afterFirst.milestones).toBe(PROJECTS.reduce((n, p) => n + p.milestones.length, 0));
      expect(afterFirst.indicators).toBe(PROJECTS.reduce((n, p) => n + (p.indicators?.length ?? 0), 0));
      expect(afterFirst.fundingLines).toBe(PROJECTS.reduce((n, p) => n + (p.funding?.length ?? 0), 0));
      expect(first).toMatchObject({ createdProjects: PROJECTS.length, createdProgressUpdates: afterFirst.updates });
      expect(second).toMatchObject({ createdProjects: 0, createdProgressUpdates: 0 });
    });

    it("keeps what staff recorded after the first seed", async () => {
      await seed(db);
      const editor = await db.user.findUniqueOrThrow({ where: { email: demoAccount(Role.STAFF_EDITOR).email } });
      const inProgress = await db.project.findUniqueOrThrow({ where: { code: "A5-02" }, include: { updates: true } });
      const planned = await db.project.findUniqueOrThrow({ where: { code: "A2-05" } });
      const before = inProgress.updates.length;

      const added = await db.progressUpdate.create({
        data: {
          projectId: inProgress.id,
          recordedAt: new Date("2026-11-20T09:00:00Z"),
          physicalPercent: 72,
          financialPercent: 55,
          committedMad: 1_950_000,
          spentMad: 1_320_000,
          noteAr: "تحديث سجله المحرر بعد الزرع.",
          noteFr: "Mise à jour saisie par l'éditeur après le seed.",
          authorId: editor.id,
        },
      });
      // A planned project that starts, with its first update, and a milestone marked done.
      await db.project.update({ where: { id: planned.id }, data: { status: "IN_PROGRESS", estimatedCostMad: 50_000 } });
      await db.progressUpdate.create({
        data: { projectId: planned.id, physicalPercent: 5, financialPercent: 0, authorId: editor.id },
      });
      const milestone = await db.milestone.findFirstOrThrow({ where: { projectId: inProgress.id, doneOn: null } });
      await db.milestone.update({ where: { id: milestone.id }, data: { doneOn: new Date("2026-11-15T00:00:00Z") } });
      const afterEdits = await programmeCounts();

      const again = await seed(db);

      expect(again).toMatchObject({ createdProjects: 0, createdProgressUpdates: 0 });
      expect(await programmeCounts()).toEqual(afterEdits);
      const updates = await db.progressUpdate.findMany({ where: { projectId: inProgress.id } });
      expect(updates).toHaveLength(before + 1);
      expect(updates.find((u) => u.id === added.id)).toMatchObject({ physicalPercent: 72, noteFr: added.noteFr });
      expect(await db.progressUpdate.count({ where: { projectId: planned.id } })).toBe(1);
      expect(await db.project.findUniqueOrThrow({ where: { id: planned.id } })).toMatchObject({
        status: "IN_PROGRESS",
        estimatedCostMad: 50_000,
      });
      expect((await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).doneOn).not.toBeNull();
    });
  });
});

describe("prisma/seed: meetings with civil society", () => {
  it("shows a past meeting with published minutes and tracked decisions, and an upcoming one, without duplicating them", async () => {
    await seed(db);
    await seed(db);
    const meetings = await db.civilSocietyMeeting.findMany({
      orderBy: { scheduledAt: "asc" },
      select: { minutesPublishedAt: true, decisions: { select: { doneAt: true } }, invitations: { select: { confirmedAt: true } } },
    });
    expect(meetings).toHaveLength(2);
    const [past, upcoming] = meetings;
    expect(past!.minutesPublishedAt).not.toBeNull();
    expect(past!.decisions.map((d) => d.doneAt !== null)).toEqual([true, false]);
    expect(past!.invitations.every((i) => i.confirmedAt !== null)).toBe(true);
    expect(upcoming!.minutesPublishedAt).toBeNull();
  });
});
