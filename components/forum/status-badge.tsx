import { getTranslations } from "next-intl/server";
import type { TopicStatusValue } from "@/lib/forum/rules";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";

const STATUS: Record<TopicStatusValue, { tone: StatusTone; mark: string }> = {
  NEW: { tone: "neutral", mark: "○" },
  ACKNOWLEDGED: { tone: "brand", mark: "◔" },
  REFERRED: { tone: "warning", mark: "↪" },
  PLANNED: { tone: "brand", mark: "◑" },
  RESOLVED: { tone: "success", mark: "✓" },
  OUTSIDE_COMPETENCE: { tone: "danger", mark: "⤴" },
};

export async function TopicStatusBadge({ status }: { status: TopicStatusValue }) {
  const t = await getTranslations("Forum");
  return <StatusPill status={status} {...STATUS[status]} label={t(`status.${status}`)} />;
}
