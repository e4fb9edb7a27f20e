import { getTranslations } from "next-intl/server";
import type { TopicStatusValue } from "@/lib/forum/rules";

// Each status has its word, a mark and a colour (the word alone carries the meaning), and a
// border so that it still shows when printed in black and white.
const STYLE: Record<TopicStatusValue, string> = {
  NEW: "border-muted bg-surface text-ink",
  ACKNOWLEDGED: "border-brand bg-brand-soft text-brand-dark",
  REFERRED: "border-accent bg-warning-soft text-accent",
  PLANNED: "border-brand bg-brand-soft text-brand-dark",
  RESOLVED: "border-success bg-success-soft text-success",
  OUTSIDE_COMPETENCE: "border-danger bg-danger-soft text-danger",
};

const MARK: Record<TopicStatusValue, string> = { NEW: "○", ACKNOWLEDGED: "◔", REFERRED: "↪", PLANNED: "◑", RESOLVED: "✓", OUTSIDE_COMPETENCE: "⤴" };

export async function TopicStatusBadge({ status }: { status: TopicStatusValue }) {
  const t = await getTranslations("Forum");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${STYLE[status]}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
