// Demo data for the Bni Mathar portal: the commune's settings and douars, its citizen-participation
// action plan, one demo account per role, one demo association, and a demo action programme
// 2022–2027 with one (fictional) project per activity of the plan (programme.ts).
//
//   npx tsx prisma/seed/index.ts        (DATABASE_URL must point at a migrated database)
//
// Idempotent: everything is keyed on a natural key (commune id 1, douar slug, axis number,
// (axis, position), user e-mail, association name + receipt number, programme start year, project
// code), so running it again creates nothing twice. Reference data (douars, plan text) is brought back to the seed's version; things
// people may change afterwards (commune settings, demo users and their passwords, the association,
// the programme and its projects, their progress history) are only created when missing. Refuses to run when PORTAL_ENV=production.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db, type Tx } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_ASSOCIATION, DEMO_PASSWORD } from "./accounts";
import { COMMUNE_SETTINGS, DOUARS } from "./commune";
import { PLAN_AXES } from "./plan";
import { seedBudget } from "./budget";
import { seedDocuments } from "./documents";
import { seedEquality } from "./equality";
import { seedForum } from "./forum";
import { seedMeetings } from "./meetings";
import { seedPetitions } from "./petitions";
import { seedProgramme } from "./programme";
import { seedSessions } from "./sessions";
import { seedYouth } from "./youth";
import { seedHolidays } from "./holidays";

export interface SeedSummary {
  douars: number;
  demoDouars: number;
  axes: number;
  activities: number;
  demoAccounts: number;
  createdAccounts: number;
  associations: number;
  programmes: number;
  projects: number;
  createdProjects: number;
  createdProgressUpdates: number;
}

export function assertSeedAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (env.PORTAL_ENV === "production") {
    throw new Error(
      "Refusing to seed: PORTAL_ENV is \"production\". The seed writes demo accounts with a public password and fictional data; it is for development and demonstration databases only.",
    );
  }
}

export async function seed(db: Db): Promise<SeedSummary> {
  assertSeedAllowed();

  // Argon2 is slow on purpose: hash the shared demo password once, and only if an account is missing.
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const existing = await db.user.count({ where: { email: { in: emails } } });
  const demoPasswordHash = existing < emails.length ? await hashPassword(DEMO_PASSWORD) : null;

  return db.$transaction(
    async (tx) => {
      await seedCommune(tx);
      await seedDouars(tx);
      const activities = await seedPlan(tx);
      const { createdAccounts, representativeId } = await seedAccounts(tx, demoPasswordHash);
      await seedAssociation(tx, representativeId);
      const programme = await seedProgramme(tx);
      await seedMeetings(tx);
      await seedHolidays(tx);
      await seedForum(tx);
      await seedPetitions(tx);
      await seedSessions(tx);
      await seedEquality(tx);
      await seedBudget(tx);
      await seedDocuments(tx);
      await seedYouth(tx);
      return {
        douars: DOUARS.length,
        demoDouars: DOUARS.filter((d) => d.isDemo).length,
        axes: PLAN_AXES.length,
        activities,
        demoAccounts: DEMO_ACCOUNTS.length,
        createdAccounts,
        associations: 1,
        programmes: 1,
        projects: programme.projects,
        createdProjects: programme.createdProjects,
        createdProgressUpdates: programme.createdUpdates,
      };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function seedCommune(tx: Tx): Promise<void> {
  const { id, ordinarySessionMonths, ...settings } = COMMUNE_SETTINGS;
  // Editable by an administrator afterwards: create it once, never overwrite it.
  await tx.communeSettings.upsert({
    where: { id },
    create: { id, ...settings, ordinarySessionMonths: [...ordinarySessionMonths] },
    update: {},
  });
}

async function seedDouars(tx: Tx): Promise<void> {
  for (const { slug, nameAr, nameFr, isDemo } of DOUARS) {
    await tx.douar.upsert({
      where: { slug },
      create: { slug, nameAr, nameFr, isDemo },
      update: { nameAr, nameFr, isDemo },
    });
  }
}

/**
 * Writes the adopted plan text as it is in plan.ts; returns the number of activities. An axis's
 * title and note are written once: staff may edit them afterwards (admin/programme/adoption).
 */
async function seedPlan(tx: Tx): Promise<number> {
  let total = 0;
  for (const axis of PLAN_AXES) {
    const fields = {
      titleAr: axis.titleAr,
      titleFr: axis.titleFr,
      noteAr: axis.noteAr ?? null,
      noteFr: axis.noteFr ?? null,
    };
    const { id: axisId } = await tx.planAxis.upsert({
      where: { number: axis.number },
      create: { number: axis.number, ...fields },
      update: {},
      select: { id: true },
    });
    for (const [index, { textAr, textFr }] of axis.activities.entries()) {
      const position = index + 1;
      await tx.planActivity.upsert({
        where: { axisId_position: { axisId, position } },
        create: { axisId, position, textAr, textFr },
        update: { textAr, textFr },
      });
    }
    // An activity the adopted text does not have (left by an older seed) would misstate the plan.
    await tx.planActivity.deleteMany({ where: { axisId, position: { gt: axis.activities.length } } });
    total += axis.activities.length;
  }
  return total;
}

async function seedAccounts(
  tx: Tx,
  demoPasswordHash: string | null,
): Promise<{ createdAccounts: number; representativeId: string }> {
  let createdAccounts = 0;
  let representativeId: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    // Only missing accounts are created: an existing one keeps its password, roles and status.
    let user = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!user) {
      if (!demoPasswordHash) throw new Error(`Demo account ${account.email} appeared missing too late to hash its password`);
      user = await tx.user.create({
        data: {
          email: account.email,
          name: account.name,
          passwordHash: demoPasswordHash,
          emailVerifiedAt: new Date(),
          roles: { create: account.roles.map((role) => ({ role })) },
        },
        select: { id: true },
      });
      createdAccounts += 1;
    }
    if (account.role === DEMO_ASSOCIATION.representativeRole) representativeId = user.id;
  }
  if (!representativeId) throw new Error("No demo account holds the association representative role");
  return { createdAccounts, representativeId };
}

async function seedAssociation(tx: Tx, representativeId: string): Promise<void> {
  const { name, receiptNumber, receiptDate, foundedOn, seatAddress, hasBranchInCommune, domain } = DEMO_ASSOCIATION;
  const found = await tx.association.findFirst({ where: { name, receiptNumber }, select: { id: true } });
  if (found) return;
  await tx.association.create({
    data: {
      name,
      receiptNumber,
      receiptDate,
      foundedOn,
      seatAddress,
      hasBranchInCommune,
      domain,
      verifiedAt: new Date(),
      representativeId,
    },
  });
}

function formatSummary(s: SeedSummary): string {
  return (
    `Seeded Bni Mathar demo data: commune settings, ${s.douars} douars (${s.demoDouars} demo), ` +
    `${s.axes} plan axes / ${s.activities} activities, ${s.demoAccounts} demo accounts ` +
    `(${s.createdAccounts} new), ${s.associations} demo association, ${s.programmes} demo action programme ` +
    `with ${s.projects} projects (${s.createdProjects} new, ${s.createdProgressUpdates} new progress updates).`
  );
}

async function main(): Promise<void> {
  assertSeedAllowed();
  const db = createPrismaClient();
  try {
    console.log(formatSummary(await seed(db)));
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
