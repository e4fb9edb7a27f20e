// The proactive-publication catalogue of a commune and its rules (docs/law.md).
import type { DocumentCategory } from "@/lib/generated/prisma/enums";

/**
 * The categories of the library, in the order the public page lists them, each with its legal
 * basis (shown to the public and to staff). Law 31.13 art. 10 items 1, 3–5, 18 and 19 concern the
 * State, not a commune.
 */
export const DOCUMENT_CATEGORIES = [
  { value: "COUNCIL_DECISIONS", basis: { ar: "القانون التنظيمي 113.14، المادة 273", fr: "loi organique 113.14, art. 273" } },
  { value: "COUNCIL_SESSIONS", basis: { ar: "القانون التنظيمي 113.14، المادة 48", fr: "loi organique 113.14, art. 48" } },
  { value: "BUDGET_STATEMENTS", basis: { ar: "القانون 31.13، المادة 10 (6)؛ القانون التنظيمي 113.14، المادة 275", fr: "loi 31.13, art. 10 (6) ; loi organique 113.14, art. 275" } },
  { value: "ACTION_PROGRAMME", basis: { ar: "القانون التنظيمي 113.14، المادة 78؛ المرسوم 2.16.301، المادة 15", fr: "loi organique 113.14, art. 78 ; décret 2.16.301, art. 15" } },
  { value: "AUDIT_REPORTS", basis: { ar: "القانون التنظيمي 113.14، المادة 272", fr: "loi organique 113.14, art. 272" } },
  { value: "PROCUREMENT", basis: { ar: "القانون 31.13، المادة 10 (13)", fr: "loi 31.13, art. 10 (13)" } },
  { value: "RECRUITMENT", basis: { ar: "القانون 31.13، المادة 10 (14)", fr: "loi 31.13, art. 10 (14)" } },
  { value: "SENIOR_POSTS", basis: { ar: "القانون 31.13، المادة 10 (15)", fr: "loi 31.13, art. 10 (15)" } },
  { value: "ASSOCIATION_GRANTS", basis: { ar: "القانون التنظيمي 113.14، المادة 275", fr: "loi organique 113.14, art. 275" } },
  { value: "SERVICES", basis: { ar: "القانون 31.13، المادة 10 (9)", fr: "loi 31.13, art. 10 (9)" } },
  { value: "ORGANISATION", basis: { ar: "القانون 31.13، المادة 10 (7)", fr: "loi 31.13, art. 10 (7)" } },
  { value: "RIGHTS_COMPLAINTS", basis: { ar: "القانون 31.13، المادة 10 (10)", fr: "loi 31.13, art. 10 (10)" } },
  { value: "REGULATIONS", basis: { ar: "القانون 31.13، المادة 10 (2) و(8)", fr: "loi 31.13, art. 10 (2) et (8)" } },
  { value: "LICENCES", basis: { ar: "القانون 31.13، المادة 10 (11)", fr: "loi 31.13, art. 10 (11)" } },
  { value: "ELECTIONS", basis: { ar: "القانون 31.13، المادة 10 (12)", fr: "loi 31.13, art. 10 (12)" } },
  { value: "REPORTS_STUDIES", basis: { ar: "القانون 31.13، المادة 10 (16)", fr: "loi 31.13, art. 10 (16)" } },
  { value: "STATISTICS", basis: { ar: "القانون 31.13، المادة 10 (17)", fr: "loi 31.13, art. 10 (17)" } },
] as const satisfies readonly { value: DocumentCategory; basis: { ar: string; fr: string } }[];

export const CATEGORY_VALUES = DOCUMENT_CATEGORIES.map((c) => c.value) as [DocumentCategory, ...DocumentCategory[]];

export type PublishRefusal = "alreadyPublished" | "privacyCheckRequired";

/**
 * A document is published only once a staff member has confirmed that it holds no art. 7 content
 * and no personal data (law 31.13 art. 7; law 09-08); unpublishing needs a reason (issue 7).
 */
export function publishRefusal(status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED", privacyConfirmed: boolean): PublishRefusal | null {
  if (status === "PUBLISHED") return "alreadyPublished";
  if (!privacyConfirmed) return "privacyCheckRequired";
  return null;
}

/**
 * What the library must hold, and which document fulfils it:
 * - a session's decisions: a published document of the "council decisions" category linked to the
 *   session (council_session_documents, set from the session's staff page);
 * - a year's budget statements: a published "budget and financial statements" document whose period
 *   covered starts in that year;
 * - a year's evaluation summary of the action programme: a published "action programme" document
 *   whose period covered starts in that year.
 */
export type PublicationDuty =
  | { kind: "COUNCIL_DECISIONS"; sessionEndedOn: Date }
  | { kind: "BUDGET_STATEMENTS"; year: number }
  | { kind: "EVALUATION_SUMMARY"; summaryPublishedOn: Date };

const DAY_MS = 86_400_000;
/** OL 113.14 art. 273: the council's decisions are posted within eight days. */
export const DECISIONS_POSTING_DAYS = 8;

/**
 * The day (a DATE, UTC midnight) by which the library must hold the document of a duty:
 * - council decisions: within 8 days of the session's last day (OL 113.14 art. 273);
 * - budget statements: during the month following the budget's visa (OL 113.14 art. 275 and its
 *   decree of 9 June 2017, art. 2). The portal does not record the visa; it takes the latest the
 *   budget can come into force, 1 January of its year (art. 188: otherwise the governor sets an
 *   operating budget by 31 December), so the statements are due by 31 January of the year;
 * - the programme's annual evaluation summary: "published by all available means" once the council
 *   has examined the report (decree 2.16.301 art. 15, which sets no period): due the day the summary
 *   is published on the portal.
 */
export function publicationDueOn(duty: PublicationDuty): Date {
  switch (duty.kind) {
    case "COUNCIL_DECISIONS":
      return new Date(duty.sessionEndedOn.getTime() + DECISIONS_POSTING_DAYS * DAY_MS);
    case "BUDGET_STATEMENTS":
      return new Date(Date.UTC(duty.year, 0, 31));
    case "EVALUATION_SUMMARY":
      return new Date(Date.UTC(duty.summaryPublishedOn.getUTCFullYear(), duty.summaryPublishedOn.getUTCMonth(), duty.summaryPublishedOn.getUTCDate()));
  }
}
