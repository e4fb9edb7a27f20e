import "server-only";
// "Documents due for publication": what the library must hold and does not yet (lib/documents/rules.ts
// `publicationDueOn` says by when, `PublicationDuty` which document fulfils what): the decisions of
// every session held, the current year's budget statements, and the summary of every published
// annual evaluation of the programme. Staff who publish documents see it.
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translator";
import { communeDate, toDateColumn } from "@/lib/petitions/rules";
import type { WorkItem, WorkQueueProvider } from "@/lib/work-queue/types";
import { publicationDueOn } from "./rules";

const PUBLISHED = { status: "PUBLISHED" } as const;

/** The new-document form, with the category and the year's period filled in. */
const newDocument = (category: string, year: number) => `/admin/documents/new?category=${category}&periodFrom=${year}-01-01&periodTo=${year}-12-31`;

/** Published documents of a category whose period covered starts in one of `years`. */
async function yearsCovered(category: "BUDGET_STATEMENTS" | "ACTION_PROGRAMME", years: number[]): Promise<Set<number>> {
  if (!years.length) return new Set();
  const from = new Date(Date.UTC(Math.min(...years), 0, 1));
  const to = new Date(Date.UTC(Math.max(...years) + 1, 0, 1));
  const rows = await db.document.findMany({ where: { ...PUBLISHED, category, periodFrom: { gte: from, lt: to } }, select: { periodFrom: true } });
  return new Set(rows.map((r) => r.periodFrom!.getUTCFullYear()));
}

export const publicationDueQueue: WorkQueueProvider = {
  key: "documents.due",
  permission: "documents.publish",
  async load({ locale, now, limit }) {
    const t = translator(locale);
    const today = toDateColumn(communeDate(now));
    const year = today.getUTCFullYear();
    const [sessions, evaluations] = await Promise.all([
      db.councilSession.findMany({
        where: {
          status: { in: ["HELD", "DECISIONS_PUBLISHED"] },
          documents: { none: { document: { ...PUBLISHED, category: "COUNCIL_DECISIONS" } } },
        },
        select: { id: true, kind: true, year: true, month: true, startsOn: true, endsOn: true, createdAt: true },
        take: 200,
      }),
      db.annualEvaluation.findMany({ where: { publishedAt: { not: null } }, select: { id: true, year: true, publishedAt: true } }),
    ]);
    const [budgets, summaries] = await Promise.all([yearsCovered("BUDGET_STATEMENTS", [year]), yearsCovered("ACTION_PROGRAMME", evaluations.map((e) => e.year))]);

    const items: WorkItem[] = [];
    for (const s of sessions) {
      const ended = toDateColumn(communeDate(s.endsOn ?? s.startsOn ?? s.createdAt));
      items.push({
        id: `session-${s.id}`, title: t("Documents.queue.decisions", { kind: s.kind, year: s.year, month: s.month }),
        href: `/admin/sessions/${s.id}`, dueAt: publicationDueOn({ kind: "COUNCIL_DECISIONS", sessionEndedOn: ended }), since: ended,
        detail: t("Documents.queue.decisionsDetail"),
      });
    }
    if (!budgets.has(year)) {
      items.push({
        id: `budget-${year}`, title: t("Documents.queue.budget", { year }), href: newDocument("BUDGET_STATEMENTS", year),
        dueAt: publicationDueOn({ kind: "BUDGET_STATEMENTS", year }), since: new Date(Date.UTC(year, 0, 1)), detail: t("Documents.queue.periodDetail", { year }),
      });
    }
    for (const e of evaluations) {
      if (summaries.has(e.year)) continue;
      const published = toDateColumn(communeDate(e.publishedAt!));
      items.push({
        id: `evaluation-${e.id}`, title: t("Documents.queue.evaluation", { year: e.year }), href: newDocument("ACTION_PROGRAMME", e.year),
        dueAt: publicationDueOn({ kind: "EVALUATION_SUMMARY", summaryPublishedOn: published }), since: published, detail: t("Documents.queue.periodDetail", { year: e.year }),
      });
    }
    items.sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || a.id.localeCompare(b.id));
    return {
      key: this.key,
      title: t("Documents.queue.title"),
      total: items.length,
      overdue: items.filter((i) => i.dueAt!.getTime() < today.getTime()).length,
      moreHref: "/admin/documents",
      items: items.slice(0, limit),
    };
  },
};
