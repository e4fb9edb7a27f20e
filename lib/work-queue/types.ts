// The staff home's work queues (issue 9): each feature says what is waiting for staff, and the
// dashboard (app/[locale]/(admin)/admin/page.tsx) shows every queue the person may work on, in
// one place, ordered by legal due date. A feature adds a queue by adding its provider to
// lib/work-queue/registry.ts; no feature writes its own dashboard.
import type { Permission } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";

/** One thing waiting for staff, one click from its page. */
export type WorkItem = {
  /** Unique within its queue. */
  id: string;
  /** What it is, in the page's language (e.g. the petition's reference and subject). */
  title: string;
  /** Path inside the portal without the locale prefix, e.g. "/admin/petitions/12". */
  href: string;
  /** The legal (or set) due date; null when none applies. Overdue items are shown in red. */
  dueAt: Date | null;
  /** Since when it has been waiting (filed, received, reported…); shown as a date. */
  since: Date;
  /** A short second line, in the page's language (e.g. "12 signatures"). */
  detail?: string;
};

/** A queue as the dashboard shows it: its items (the most urgent first, at most `limit`) and how many there are in all. */
export type WorkQueue = { key: string; title: string; total: number; overdue: number; items: WorkItem[]; moreHref: string };

export type WorkQueueProvider = {
  /** Stable, e.g. "petitions.review". */
  key: string;
  /** Only people with this permission see the queue. */
  permission: Permission;
  /** Reads the queue; at most `limit` items, most urgent (earliest due) first. Must not issue more than a few queries. */
  load(args: { locale: Locale; now: Date; limit: number }): Promise<WorkQueue>;
};
