// The demo seed against a real, migrated PostgreSQL: idempotent, complete, and never in production.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { Role } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_ASSOCIATION, DEMO_PASSWORD, demoAccount } from "@/prisma/seed/accounts";
import { DOUARS } from "@/prisma/seed/commune";
import { seed } from "@/prisma/seed/index";
import { PLAN_AXES } from "@/prisma/seed/plan";

let db: Db;

beforeAll(() => {
  db = createPrismaClient();
});

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(async () => {
  // Everything the seed writes, plus what hangs off users (tokens, audit events) through CASCADE.
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE commune_settings, douars, plan_activities, plan_axes, associations, user_roles, users RESTART IDENTITY CASCADE",
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

describe("prisma/seed", () => {
  const savedPortalEnv = process.env.PORTAL_ENV;
  afterEach(() => {
    if (savedPortalEnv === undefined) delete process.env.PORTAL_ENV;
    else process.env.PORTAL_ENV = savedPortalEnv;
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
});
