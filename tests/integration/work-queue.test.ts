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
      STAFF_EDITOR: ["budget.review", "documents.due", "forum.reports", "forum.unanswered", "programme.difficulties", "programme.questions", "sessions.decisions", "youth.awaiting_response"],
      BUREAU_MEMBER: ["equality.awaiting_response", "petitions.review"],
      INFORMATION_OFFICER: ["documents.due", "information.complaints", "information.requests"],
      ADMINISTRATOR: ["associations.verify", "budget.review", "equality.awaiting_response", "sessions.decisions", "youth.awaiting_response"],
      AUDITOR: ["audit.recommendations_overdue"],
    };
    for (const [role, keys] of Object.entries(expected)) {
      const member = await createUser({ roles: ["CITIZEN", role as "STAFF_EDITOR"] });
      const queues = await asUser(member, () => loadMyWorkQueues("ar-MA"));
      expect(queues.map((q) => q.key).sort(), role).toEqual(keys);
    }
  });

  it("count what waits: the moderation queue lists open forum reports, oldest first, and not the closed ones", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE forum_categories, forum_topics RESTART IDENTITY CASCADE");
    const category = await db.forumCategory.create({ data: { slug: "waste", nameAr: "النفايات", nameFr: "Déchets" } });
    const topic = await db.forumTopic.create({ data: { categoryId: category.id, title: "مطرح النفايات قرب المدرسة", body: "..." } });
    const reporter = await createUser({ roles: ["CITIZEN"] });
    await db.forumReport.createMany({
      data: [
        { topicId: topic.id, reporterId: reporter.id, reason: "سب", createdAt: new Date("2026-11-02T10:00:00Z") },
        { topicId: topic.id, reporterId: reporter.id, reason: "إشهار", createdAt: new Date("2026-11-01T10:00:00Z") },
        { topicId: topic.id, reporterId: reporter.id, reason: "قديم", closedAt: new Date("2026-11-03T10:00:00Z") },
      ],
    });
    const editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
    const reports = (await asUser(editor, () => loadMyWorkQueues("fr-MA"))).find((q) => q.key === "forum.reports")!;
    expect(reports.total).toBe(2);
    expect(reports.items.map((item) => [item.title, item.since.toISOString()])).toEqual([
      ["مطرح النفايات قرب المدرسة", "2026-11-01T10:00:00.000Z"],
      ["مطرح النفايات قرب المدرسة", "2026-11-02T10:00:00.000Z"],
    ]);
    expect(reports.items[0]!.href).toMatch(/^\/admin\/forum\/reports#report-\d+$/);
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

  it("list the documents due for publication that the library does not hold yet, by due date", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE council_sessions, documents, programmes, annual_evaluations RESTART IDENTITY CASCADE");
    const editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
    const doc = (category: "COUNCIL_DECISIONS" | "BUDGET_STATEMENTS" | "ACTION_PROGRAMME", periodFrom: Date | null, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
      db.document.create({
        data: {
          category, titleAr: "و", titleFr: "d", summaryAr: "م", summaryFr: "r", documentDate: new Date("2026-10-20"), sourceServiceAr: "م", sourceServiceFr: "s",
          periodFrom, periodTo: periodFrom, status, createdById: editor.id,
          ...(status === "PUBLISHED" ? { publishedAt: new Date("2026-10-20"), privacyCheckedAt: new Date("2026-10-20"), privacyCheckedById: editor.id } : {}),
        },
      });
    const held = { kind: "ORDINARY" as const, year: 2026, status: "HELD" as const };
    const waiting = await db.councilSession.create({ data: { ...held, month: 10, ordinaryKey: "2026-10", startsOn: new Date("2026-10-05"), endsOn: new Date("2026-10-09") } });
    const posted = await db.councilSession.create({ data: { ...held, month: 5, ordinaryKey: "2026-05", startsOn: new Date("2026-05-04"), endsOn: new Date("2026-05-06"), status: "DECISIONS_PUBLISHED" } });
    await db.councilSessionDocument.create({ data: { sessionId: posted.id, documentId: (await doc("COUNCIL_DECISIONS", null)).id } });
    // A draft linked to the waiting session does not fulfil it.
    await db.councilSessionDocument.create({ data: { sessionId: waiting.id, documentId: (await doc("COUNCIL_DECISIONS", null, "DRAFT")).id } });
    await doc("BUDGET_STATEMENTS", new Date("2026-01-01"));
    const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
    await db.annualEvaluation.create({ data: { programmeId: programme.id, year: 2025, figures: {}, summaryAr: "ملخص", publishedAt: new Date("2026-03-02T10:00:00Z") } });
    await db.annualEvaluation.create({ data: { programmeId: programme.id, year: 2024, figures: {}, summaryAr: "ملخص", publishedAt: new Date("2025-03-02T10:00:00Z") } });
    await doc("ACTION_PROGRAMME", new Date("2024-01-01"));

    const queue = (await asUser(editor, () => loadMyWorkQueues("fr-MA", new Date("2026-11-29T12:00:00Z")))).find((q) => q.key === "documents.due")!;
    expect(queue.items.map((i) => [i.id, i.dueAt?.toISOString().slice(0, 10)])).toEqual([
      ["evaluation-1", "2026-03-02"],
      [`session-${waiting.id}`, "2026-10-17"],
    ]);
    expect(queue).toMatchObject({ total: 2, overdue: 2 });
    expect(queue.items[1]!.href).toBe(`/admin/sessions/${waiting.id}`);

    // A new year: the budget statements of 2027 are due by 31 January.
    const next = (await asUser(editor, () => loadMyWorkQueues("fr-MA", new Date("2027-01-03T12:00:00Z")))).find((q) => q.key === "documents.due")!;
    expect(next.items.map((i) => i.id)).toContain("budget-2027");
    expect(next.items.find((i) => i.id === "budget-2027")).toMatchObject({
      title: "États comptables et financiers du budget 2027",
      href: "/admin/documents/new?category=BUDGET_STATEMENTS&periodFrom=2027-01-01&periodTo=2027-12-31",
    });
  });
});
