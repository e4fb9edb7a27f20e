// Audit reports and the follow-up of their recommendations against the real database: only the
// auditor records them (audited); a report links a library document of the audit category, never
// another; "not implemented" needs its reasons; the public reads only published reports and a linked
// document only once it is published; the work queue lists the recommendations past due.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listPublishedReports } from "@/lib/audit-reports/queries";
import { FollowUpSchema, RecommendationSchema, ReportFieldsSchema } from "@/lib/audit-reports/schemas";
import { addRecommendation, createReport, recordFollowUp, setReportPublished } from "@/lib/audit-reports/service";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { loadMyWorkQueues } from "@/lib/work-queue/registry";
import { asUser, createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.90";
let auditor: TestUser;
let editor: TestUser;

const REPORT = { source: "INTERNAL_AUDIT", titleAr: "تقرير الافتحاص الداخلي 2025", titleFr: "Rapport d'audit interne 2025", receivedOn: "2026-03-10", periodFrom: "2025-01-01", periodTo: "2025-12-31" };

async function auditDocument(status: "DRAFT" | "PUBLISHED", category: "AUDIT_REPORTS" | "BUDGET_STATEMENTS" = "AUDIT_REPORTS") {
  return db.document.create({
    data: {
      category, titleAr: "تقرير", titleFr: "Rapport", summaryAr: "م", summaryFr: "r", documentDate: new Date("2026-03-10"), sourceServiceAr: "م", sourceServiceFr: "s", status, createdById: auditor.id,
      ...(status === "PUBLISHED" ? { publishedAt: new Date(), privacyCheckedAt: new Date(), privacyCheckedById: auditor.id } : {}),
    },
  });
}

const recommendation = (reportId: number, dueOn: string) =>
  RecommendationSchema.parse({ reportId: String(reportId), textAr: "توصية", textFr: `Tenir l'inventaire (${dueOn})`, serviceAr: "مصلحة الممتلكات", serviceFr: "Service du patrimoine", dueOn });

beforeAll(async () => {
  await resetDatabase();
  auditor = await createUser({ roles: ["CITIZEN", "AUDITOR"] });
  editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE audit_reports, documents, audit_events RESTART IDENTITY CASCADE");
  signOut();
});

describe("audit reports and recommendations", () => {
  it("are recorded by the auditor only, audited, linked to an audit-category document", async () => {
    await signInAs(editor);
    await expect(createReport(ReportFieldsSchema.parse(REPORT), IP)).rejects.toBeInstanceOf(ForbiddenError);
    await signInAs(auditor);
    const wrong = await auditDocument("PUBLISHED", "BUDGET_STATEMENTS");
    expect(await createReport(ReportFieldsSchema.parse({ ...REPORT, documentId: String(wrong.id) }), IP)).toEqual({ ok: false, fieldErrors: { documentId: "documentNotAudit" } });
    const file = await auditDocument("PUBLISHED");
    const created = await createReport(ReportFieldsSchema.parse({ ...REPORT, documentId: String(file.id) }), IP);
    expect(created.ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "audit_report.created", actorId: auditor.id } })).toBe(1);
    expect(ReportFieldsSchema.safeParse({ ...REPORT, periodTo: "2024-12-31" }).error?.issues.map((i) => i.message)).toEqual(["periodOrder"]);
  });

  it("follows each recommendation with dated notes; not implemented needs reasons; the public sees only published reports", async () => {
    await signInAs(auditor);
    const draftFile = await auditDocument("DRAFT");
    const created = await createReport(ReportFieldsSchema.parse({ ...REPORT, documentId: String(draftFile.id) }), IP);
    if (!created.ok) throw new Error("refused");
    const reportId = created.data.id;
    await addRecommendation(recommendation(reportId, "2026-06-30"), IP);
    await addRecommendation(recommendation(reportId, "2026-09-30"), IP);
    const [first, second] = await db.auditRecommendation.findMany({ where: { reportId }, orderBy: { position: "asc" } });

    expect(await recordFollowUp(FollowUpSchema.parse({ recommendationId: String(first!.id), notedOn: "2026-05-02", status: "IMPLEMENTED", text: "Inventaire tenu." }), IP, new Date("2026-05-03T10:00:00Z"))).toEqual({ ok: true, data: { id: reportId } });
    expect(await recordFollowUp(FollowUpSchema.parse({ recommendationId: String(second!.id), notedOn: "2026-05-09", status: "IN_PROGRESS", text: "x" }), IP, new Date("2026-05-03T10:00:00Z"))).toEqual({ ok: false, fieldErrors: { notedOn: "dateInFuture" } });
    expect(FollowUpSchema.safeParse({ recommendationId: String(second!.id), notedOn: "2026-05-02", status: "NOT_IMPLEMENTED", text: "" }).success).toBe(false);
    await recordFollowUp(FollowUpSchema.parse({ recommendationId: String(second!.id), notedOn: "2026-05-02", status: "NOT_IMPLEMENTED", text: "Crédits non ouverts au budget." }), IP, new Date("2026-05-03T10:00:00Z"));
    expect(await db.auditRecommendation.findUniqueOrThrow({ where: { id: second!.id } })).toMatchObject({ status: "NOT_IMPLEMENTED", statusReason: "Crédits non ouverts au budget." });
    await expect(db.auditRecommendation.update({ where: { id: second!.id }, data: { statusReason: null } })).rejects.toThrow();

    signOut();
    expect(await listPublishedReports()).toEqual([]);
    await signInAs(auditor);
    await setReportPublished(reportId, true, IP);
    signOut();
    const [shown] = await listPublishedReports();
    expect(shown).toMatchObject({ id: reportId, documentId: null });
    expect(shown!.recommendations.map((r) => r.status)).toEqual(["IMPLEMENTED", "NOT_IMPLEMENTED"]);
    expect(shown!.recommendations[0]!.notes.map((n) => n.text)).toEqual(["Inventaire tenu."]);
    // The linked document appears once it is published in the library.
    await db.document.update({ where: { id: draftFile.id }, data: { status: "PUBLISHED", publishedAt: new Date(), privacyCheckedAt: new Date(), privacyCheckedById: auditor.id } });
    expect((await listPublishedReports())[0]!.documentId).toBe(draftFile.id);
    expect(await db.auditEvent.count({ where: { action: "audit_recommendation.follow_up" } })).toBe(2);
  });

  it("lists the recommendations past due in the auditor's work queue", async () => {
    await signInAs(auditor);
    const created = await createReport(ReportFieldsSchema.parse(REPORT), IP);
    if (!created.ok) throw new Error("refused");
    await addRecommendation(recommendation(created.data.id, "2026-06-30"), IP);
    await addRecommendation(recommendation(created.data.id, "2026-12-31"), IP);
    await addRecommendation(recommendation(created.data.id, "2026-01-31"), IP);
    const done = await db.auditRecommendation.findFirstOrThrow({ where: { dueOn: new Date("2026-01-31") } });
    await recordFollowUp(FollowUpSchema.parse({ recommendationId: String(done.id), notedOn: "2026-01-20", status: "IMPLEMENTED", text: "Fait." }), IP);
    const queue = (await asUser(auditor, () => loadMyWorkQueues("fr-MA", new Date("2026-11-29T10:00:00Z")))).find((q) => q.key === "audit.recommendations_overdue")!;
    expect(queue).toMatchObject({ total: 1, overdue: 1 });
    expect(queue.items[0]!.title).toBe("1. Tenir l'inventaire (2026-06-30)");
    expect(queue.items[0]!.href).toMatch(/^\/admin\/audit-reports\/\d+#recommendation-\d+$/);
  });
});
