// Work per page (issue 11, targets.md): the SQL statements behind the petitions register, a
// petition's page, the forum's list and a topic's page, counted on the real database before and
// after their lists grow tenfold. The count must not grow with a list (no N+1) and stays small.
// The programme's pages have the same check in programme-queries.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db/client", async () => ({ db: (await import("./counting-db")).db }));
vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const { db } = await import("@/lib/db/client");
const { statementsOf } = await import("./counting-db");
const { createUser, resetDatabase } = await import("./helpers");
const { listPublicPetitions, getPublicPetition, parseRegisterFilters } = await import("@/lib/petitions/queries");
const { listTopics, getTopic, parseTopicFilters } = await import("@/lib/forum/queries");

let ownerId = "";
let categoryId = 0;
let douarId = 0;

async function addPetitions(count: number) {
  await db.petition.createMany({
    data: Array.from({ length: count }, (_, i) => ({ kind: "CITIZENS" as const, status: "COLLECTING" as const, subject: `إصلاح الطريق ${i}`, reasons: "-", objectives: "-", ownerId, threshold: 200 })),
  });
}

async function addTopics(count: number) {
  for (let i = 0; i < count; i++) {
    const topic = await db.forumTopic.create({ data: { categoryId, douarId, title: `مطرح النفايات ${i}`, body: "..." } });
    await db.forumPost.createMany({ data: Array.from({ length: 3 }, () => ({ topicId: topic.id, body: "نفس المشكل عندنا", authorId: ownerId })) });
  }
}

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE petitions, forum_categories, forum_topics RESTART IDENTITY CASCADE");
  ownerId = (await createUser({ roles: ["CITIZEN"] })).id;
  categoryId = (await db.forumCategory.create({ data: { slug: "waste", nameAr: "النفايات", nameFr: "Déchets" } })).id;
  douarId = (await db.douar.create({ data: { slug: "douar-statements", nameAr: "دوار", nameFr: "Douar", isDemo: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the number of SQL statements per key page", () => {
  it("does not grow with the petitions register or a list of forum topics", async () => {
    await addPetitions(3);
    await addTopics(3);
    const measure = async () => ({
      register: await statementsOf(() => listPublicPetitions(parseRegisterFilters({}))),
      petition: await statementsOf(() => getPublicPetition(1)),
      forum: await statementsOf(() => listTopics(parseTopicFilters({}))),
      topic: await statementsOf(() => getTopic(1)),
    });
    const few = await measure();
    await addPetitions(30);
    await addTopics(30);
    const many = await measure();
    expect(many).toEqual(few);
    console.log(`statements per page: ${JSON.stringify(many)}`);
    // targets.md: at most 6 statements for a key page's data. Relations load with SQL joins
    // (Prisma's relationJoins), so a topic with its photos, replies, petitions and meetings is one
    // statement, plus the signed-in viewer's support and follow.
    expect(many.register).toBeLessThanOrEqual(6);
    expect(many.petition).toBeLessThanOrEqual(6);
    expect(many.forum).toBeLessThanOrEqual(6);
    expect(many.topic).toBeLessThanOrEqual(6);
  });
});
