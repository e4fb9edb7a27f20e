import "server-only";
// Reads of audit reports. Staff reads check "audit_reports.manage"; the public sees only published
// reports, with their recommendations' follow-up, and the linked library document only once it is
// published in the library.
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOTE_FIELDS = { id: true, notedOn: true, status: true, text: true } as const;
const NOTES_ORDER: Prisma.AuditRecommendationNoteOrderByWithRelationInput[] = [{ notedOn: "asc" }, { id: "asc" }];
const RECOMMENDATION_FIELDS = { id: true, position: true, textAr: true, textFr: true, serviceAr: true, serviceFr: true, dueOn: true, status: true, statusReason: true } as const;
const RECOMMENDATIONS = {
  orderBy: { position: "asc" as const },
  select: { ...RECOMMENDATION_FIELDS, notes: { orderBy: NOTES_ORDER, select: NOTE_FIELDS } },
};

export async function listReportsForStaff() {
  await requirePermission("audit_reports.manage");
  return db.auditReport.findMany({
    orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
    select: { id: true, source: true, titleAr: true, titleFr: true, receivedOn: true, publishedAt: true, recommendations: { select: { status: true, dueOn: true } } },
  });
}

export async function getReportForStaff(id: number) {
  await requirePermission("audit_reports.manage");
  return db.auditReport.findUnique({
    where: { id },
    include: {
      document: { select: { id: true, titleAr: true, titleFr: true, status: true } },
      recommendations: { orderBy: { position: "asc" }, select: { ...RECOMMENDATION_FIELDS, notes: { orderBy: NOTES_ORDER, select: { ...NOTE_FIELDS, author: { select: { name: true } } } } } },
    },
  });
}

/** The library's audit-report documents a report may point to (drafts too: the link is kept, shown publicly once published). */
export async function auditDocumentChoices() {
  await requirePermission("audit_reports.manage");
  return db.document.findMany({ where: { category: "AUDIT_REPORTS" }, orderBy: { documentDate: "desc" }, select: { id: true, titleAr: true, titleFr: true, status: true } });
}

/** Published reports, newest first, with their recommendations and follow-up notes. */
export async function listPublishedReports() {
  const reports = await db.auditReport.findMany({
    where: { publishedAt: { not: null } },
    orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
    select: {
      id: true, source: true, titleAr: true, titleFr: true, summaryAr: true, summaryFr: true, periodFrom: true, periodTo: true, receivedOn: true, presentedOn: true,
      document: { select: { id: true, status: true } },
      recommendations: RECOMMENDATIONS,
    },
  });
  return reports.map(({ document, ...report }) => ({ ...report, documentId: document?.status === "PUBLISHED" ? document.id : null }));
}
