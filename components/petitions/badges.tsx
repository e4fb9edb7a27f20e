import { getTranslations } from "next-intl/server";
import type { PetitionStatus } from "@/lib/petitions/rules";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";

const STATUS: Record<PetitionStatus, { tone: StatusTone; mark: string }> = {
  DRAFT: { tone: "neutral", mark: "○" },
  COLLECTING: { tone: "brand", mark: "✎" },
  FILED: { tone: "warning", mark: "▣" },
  UNDER_REVIEW: { tone: "warning", mark: "◐" },
  ACCEPTED: { tone: "success", mark: "✓" },
  REJECTED: { tone: "danger", mark: "×" },
};

export async function PetitionStatusBadge({ status }: { status: PetitionStatus }) {
  const t = await getTranslations("Petitions");
  return <StatusPill status={status} {...STATUS[status]} label={t(`status.${status}`)} />;
}
