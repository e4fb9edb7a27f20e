import "server-only";
// The sessions' work for staff: sessions held whose decisions are not published yet, by their
// legal due date (art. 273: within eight days of the session's end).
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import { communeDate, toDateColumn } from "@/lib/petitions/rules";
import type { WorkQueueProvider } from "@/lib/work-queue/types";
import { decisionsDueOn, decisionsLate } from "./rules";

const WAITING = { status: "HELD" as const };

export const unpublishedDecisionsQueue: WorkQueueProvider = {
  key: "sessions.decisions",
  permission: "sessions.manage",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const today = toDateColumn(communeDate(now));
    const rows = await db.councilSession.findMany({
      where: WAITING,
      orderBy: [{ endsOn: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, kind: true, year: true, month: true, startsOn: true, endsOn: true, createdAt: true },
    });
    const lastDay = (row: (typeof rows)[number]) => toDateColumn(communeDate(row.endsOn ?? row.startsOn ?? row.createdAt));
    const items = rows.map((row) => {
      const end = row.endsOn ?? row.startsOn ?? row.createdAt;
      return {
        id: String(row.id),
        title: t("Sessions.queue.item", { kind: row.kind, year: row.year, month: row.month }),
        href: `/admin/sessions/${row.id}`,
        dueAt: decisionsDueOn(lastDay(row)),
        since: end,
      };
    });
    return {
      key: this.key,
      title: t("Sessions.queue.title"),
      total: items.length,
      overdue: rows.filter((row) => decisionsLate(lastDay(row), today, null)).length,
      moreHref: "/admin/sessions",
      items: items.slice(0, limit),
    };
  },
};
