import "server-only";
// Every feature's work queue. A feature adds its queue here: one line.
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { budgetReviewQueue } from "@/lib/budget/queue";
import type { Locale } from "@/lib/i18n/config";
import { associationVerificationQueue } from "@/lib/associations/queue";
import { awaitingResponseQueue } from "@/lib/equality/queue";
import { overdueRecommendationsQueue } from "@/lib/audit-reports/queue";
import { publicationDueQueue } from "@/lib/documents/queue";
import { openRequestsQueue, pendingComplaintsQueue } from "@/lib/information/queue";
import { petitionReviewQueue } from "@/lib/petitions/queue";
import { openDifficultiesQueue, unansweredCommentsQueue } from "@/lib/programme/queue";
import { unpublishedDecisionsQueue } from "@/lib/sessions/queue";
import { openReportsQueue, unansweredTopicsQueue } from "@/lib/forum/queue";
import { youthAwaitingResponseQueue } from "@/lib/youth/queue";
import type { WorkQueue, WorkQueueProvider } from "./types";

const WORK_QUEUES: readonly WorkQueueProvider[] = [petitionReviewQueue, openRequestsQueue, pendingComplaintsQueue, unansweredTopicsQueue, openReportsQueue, openDifficultiesQueue, unansweredCommentsQueue, associationVerificationQueue, budgetReviewQueue, unpublishedDecisionsQueue, awaitingResponseQueue, youthAwaitingResponseQueue, publicationDueQueue, overdueRecommendationsQueue];

/** Items shown per queue on the dashboard; the queue's own page lists the rest. */
export const ITEMS_PER_QUEUE = 5;

/**
 * The queues the signed-in staff member may work on, read concurrently. Queues with overdue items
 * come first, then those whose first item is due soonest, then the rest by size.
 */
export async function loadMyWorkQueues(locale: Locale, now = new Date()): Promise<WorkQueue[]> {
  const user = await requirePermission("admin.access");
  const mine = WORK_QUEUES.filter((queue) => can(user.roles, queue.permission));
  const queues = await Promise.all(mine.map((queue) => queue.load({ locale, now, limit: ITEMS_PER_QUEUE })));
  const firstDue = (queue: WorkQueue) => queue.items.find((item) => item.dueAt)?.dueAt?.getTime() ?? Infinity;
  return queues.sort((a, b) => b.overdue - a.overdue || firstDue(a) - firstDue(b) || b.total - a.total);
}
