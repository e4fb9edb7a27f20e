import "server-only";
// The information officer's work queue: requests waiting for an answer, the deadline in force
// first (law 31.13 arts. 16–17); overdue ones are shown in red by the dashboard.
import { db } from "@/lib/db/client";
import { moroccanDay } from "@/lib/calendar/working-days";
import { translator } from "@/lib/i18n/translator";
import type { WorkQueueProvider } from "@/lib/work-queue/types";

export const openRequestsQueue: WorkQueueProvider = {
  key: "information.requests",
  permission: "information.handle_requests",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const rows = await db.informationRequest.findMany({
      where: { outcome: null },
      select: { id: true, reference: true, informationRequested: true, urgent: true, receivedOn: true, firstDueOn: true, extendedDueOn: true },
    });
    const due = (r: (typeof rows)[number]) => r.extendedDueOn ?? r.firstDueOn;
    rows.sort((a, b) => due(a).getTime() - due(b).getTime() || a.id - b.id);
    const today = moroccanDay(now);
    return {
      key: "information.requests",
      title: t("Information.queue.title"),
      total: rows.length,
      overdue: rows.filter((r) => due(r) < today).length,
      moreHref: "/admin/information",
      items: rows.slice(0, limit).map((r) => ({
        id: String(r.id),
        title: `${r.reference} — ${r.informationRequested.slice(0, 80)}`,
        href: `/admin/information/${r.id}`,
        // The whole last day is allowed: overdue from the next day on.
        dueAt: new Date(due(r).getTime() + 86_400_000 - 1),
        since: r.receivedOn,
        detail: r.urgent ? t("Information.queue.urgent") : undefined,
      })),
    };
  },
};
