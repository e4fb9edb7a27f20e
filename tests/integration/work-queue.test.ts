// The staff home's work queues (lib/work-queue/registry.ts) against the real database: each staff
// member sees the queues of their roles only, with the count and the oldest items first; people
// outside the staff cannot read them at all.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { loadMyWorkQueues } from "@/lib/work-queue/registry";
import { asUser, createUser, resetDatabase, signOut } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

async function projectWithWaitingWork() {
  await db.$executeRawUnsafe("TRUNCATE TABLE programmes, plan_axes, projects, project_comments, difficulties RESTART IDENTITY CASCADE");
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "محور", titleFr: "Axe" } });
  const project = await db.project.create({
    data: {
      programmeId: programme.id, axisId: axis.id, code: "Q-01", titleAr: "إنارة الدوار", titleFr: "Éclairage du douar",
      descriptionAr: "وصف", descriptionFr: "Description", competence: "OWN", startYear: 2023, endYear: 2025,
    },
  });
  const day = (n: number) => new Date(Date.UTC(2026, 10, n));
  await db.difficulty.createMany({
    data: [
      { projectId: project.id, body: "second", createdAt: day(5) },
      { projectId: project.id, body: "first", createdAt: day(2) },
      { projectId: project.id, body: "settled", status: "RESOLVED", createdAt: day(1) },
    ],
  });
  const question = await db.projectComment.create({ data: { projectId: project.id, kind: "QUESTION", body: "متى؟", createdAt: day(3) } });
  const answered = await db.projectComment.create({ data: { projectId: project.id, kind: "QUESTION", body: "أين؟", createdAt: day(1) } });
  await db.projectComment.create({ data: { projectId: project.id, kind: "OFFICIAL_ANSWER", parentId: answered.id, body: "هنا" } });
  await db.projectComment.create({ data: { projectId: project.id, kind: "OBSERVATION", body: "مخفية", hiddenAt: day(4) } });
  return { project, question };
}

beforeEach(async () => {
  signOut();
  await resetDatabase();
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("the staff home's work queues", () => {
  it("show an editor the open difficulties and unanswered questions, oldest first, with their counts and links", async () => {
    const { question } = await projectWithWaitingWork();
    const editor = await createUser({ roles: ["STAFF_EDITOR"] });
    const queues = await asUser(editor, () => loadMyWorkQueues("ar-MA"));
    const byKey = Object.fromEntries(queues.map((q) => [q.key, q]));

    expect(byKey["programme.difficulties"]!.total).toBe(2);
    expect(byKey["programme.difficulties"]!.items.map((i) => i.since.getUTCDate())).toEqual([2, 5]);
    expect(byKey["programme.difficulties"]!.items[0]!.href).toBe("/admin/programme/Q-01/difficulties");
    expect(byKey["programme.difficulties"]!.title).toBe("صعوبات مبلغ عنها في المشاريع");

    // The answered question and the hidden observation are not waiting for anyone.
    expect(byKey["programme.questions"]!.total).toBe(1);
    expect(byKey["programme.questions"]!.items.map((i) => i.id)).toEqual([String(question.id)]);
    expect(byKey["programme.questions"]!.items[0]!.title).toBe("Q-01 · إنارة الدوار");
  });

  it("speak the page's language", async () => {
    await projectWithWaitingWork();
    const editor = await createUser({ roles: ["STAFF_EDITOR"] });
    const queues = await asUser(editor, () => loadMyWorkQueues("fr-MA"));
    expect(queues.find((q) => q.key === "programme.questions")!.items[0]!.title).toBe("Q-01 · Éclairage du douar");
  });

  it("leave out the queues a staff role does not work on", async () => {
    await projectWithWaitingWork();
    const auditor = await createUser({ roles: ["AUDITOR"] });
    const queues = await asUser(auditor, () => loadMyWorkQueues("ar-MA"));
    expect(queues.map((q) => q.key)).not.toContain("programme.difficulties");
  });

  it("are refused to citizens and to visitors", async () => {
    const citizen = await createUser({ roles: ["CITIZEN"] });
    await expect(asUser(citizen, () => loadMyWorkQueues("ar-MA"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadMyWorkQueues("ar-MA")).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("give each staff role exactly the queues of its work", async () => {
    const expected: Record<string, string[]> = {
      STAFF_EDITOR: ["budget.review", "forum.unanswered", "programme.difficulties", "programme.questions", "sessions.decisions", "youth.awaiting_response"],
      BUREAU_MEMBER: ["equality.awaiting_response", "petitions.review"],
      INFORMATION_OFFICER: ["information.complaints", "information.requests"],
      ADMINISTRATOR: ["associations.verify", "budget.review", "equality.awaiting_response", "sessions.decisions", "youth.awaiting_response"],
      AUDITOR: [],
    };
    for (const [role, keys] of Object.entries(expected)) {
      const member = await createUser({ roles: ["CITIZEN", role as "STAFF_EDITOR"] });
      const queues = await asUser(member, () => loadMyWorkQueues("ar-MA"));
      expect(queues.map((q) => q.key).sort(), role).toEqual(keys);
    }
  });

  it("count what waits: the association queue's total is the number of registrations without a decision", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE associations RESTART IDENTITY CASCADE");
    const base = { receiptNumber: "R", receiptDate: new Date("2019-01-01"), foundedOn: new Date("2018-12-01"), seatAddress: "الزاوية", domain: "تنمية" };
    await db.association.createMany({
      data: [
        { ...base, name: "انتظار 1", submittedAt: new Date("2026-11-01") },
        { ...base, name: "انتظار 2", submittedAt: new Date("2026-11-02") },
        { ...base, name: "متحقق منها", submittedAt: new Date("2026-10-01"), verifiedAt: new Date("2026-10-05") },
        { ...base, name: "مرفوضة", submittedAt: new Date("2026-10-01"), refusedAt: new Date("2026-10-05"), refusalReason: "ناقصة" },
      ],
    });
    const admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
    const queue = (await asUser(admin, () => loadMyWorkQueues("ar-MA"))).find((q) => q.key === "associations.verify");
    expect(queue).toMatchObject({ key: "associations.verify", total: 2 });
    expect(queue!.items.map((i) => i.title)).toEqual(["انتظار 1", "انتظار 2"]);
  });
});
