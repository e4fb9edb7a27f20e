import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { WorkItem, WorkQueue } from "@/lib/work-queue/types";

const DAY_MS = 86_400_000;

/** Due date in words and colour: overdue in red, due within a week highlighted, otherwise plain. */
async function DueDate({ item, now }: { item: WorkItem; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("WorkQueue"), getFormatter()]);
  if (!item.dueAt) return <span className="text-muted">{t("noDeadline")}</span>;
  const date = format.dateTime(item.dueAt, "short");
  const days = Math.ceil((item.dueAt.getTime() - now.getTime()) / DAY_MS);
  if (days < 0) {
    return <strong className="rounded-md bg-danger-soft px-2 text-danger">{t("overdue", { date, days: -days })}</strong>;
  }
  return <span className={days <= 7 ? "rounded-md bg-warning-soft px-2 font-bold" : undefined}>{t("due", { date, days })}</span>;
}

/** The staff home: a count per queue, then each queue's most urgent items, one click from their page. */
export async function WorkQueues({ queues, now }: { queues: WorkQueue[]; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("WorkQueue"), getFormatter()]);
  if (queues.length === 0) return <p>{t("noQueues")}</p>;
  const waiting = queues.filter((queue) => queue.total > 0);
  return (
    <div className="space-y-6">
      <section aria-labelledby="queues-summary">
        <h2 id="queues-summary" className="text-xl">{t("summary")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {queues.map((queue) => (
            <li key={queue.key} className={`rounded-card border-2 p-4 ${queue.overdue > 0 ? "border-danger" : "border-divider"} bg-surface`}>
              <a href={`#queue-${queue.key}`} className="block min-h-12 font-bold">
                {queue.title}
              </a>
              <p className="text-2xl font-bold">{t("waiting", { count: queue.total })}</p>
              {queue.overdue > 0 && <p className="font-bold text-danger">{t("overdueCount", { count: queue.overdue })}</p>}
            </li>
          ))}
        </ul>
      </section>
      {waiting.map((queue) => (
        <section key={queue.key} id={`queue-${queue.key}`} aria-labelledby={`queue-${queue.key}-title`} className="space-y-3">
          <h2 id={`queue-${queue.key}-title`} className="text-xl">
            {queue.title} <span className="text-muted">({format.number(queue.total)})</span>
          </h2>
          <ul className="divide-y divide-divider rounded-card border border-divider bg-surface">
            {queue.items.map((item) => (
              <li key={item.id} className="space-y-1 p-4">
                <Link href={item.href} className="font-bold">
                  {item.title}
                </Link>
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <span>{t("since", { date: format.dateTime(item.since, "short") })}</span>
                  <DueDate item={item} now={now} />
                  {item.detail && <span>{item.detail}</span>}
                </p>
              </li>
            ))}
          </ul>
          {queue.total > queue.items.length && (
            <p>
              <Link href={queue.moreHref}>{t("seeAll", { count: queue.total })}</Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
