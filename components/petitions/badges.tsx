import { getTranslations } from "next-intl/server";
import type { PetitionStatus } from "@/lib/petitions/rules";

// Each status has its word and its colour (the word alone carries the meaning, WCAG 1.4.1), and a
// border so that it still shows when printed in black and white.
const STYLE: Record<PetitionStatus, string> = {
  DRAFT: "border-muted bg-surface text-ink",
  COLLECTING: "border-brand bg-brand-soft text-brand-dark",
  FILED: "border-accent bg-warning-soft text-accent",
  UNDER_REVIEW: "border-accent bg-warning-soft text-accent",
  ACCEPTED: "border-success bg-success-soft text-success",
  REJECTED: "border-danger bg-danger-soft text-danger",
};

const MARK: Record<PetitionStatus, string> = { DRAFT: "○", COLLECTING: "✎", FILED: "▣", UNDER_REVIEW: "◐", ACCEPTED: "✓", REJECTED: "×" };

export async function PetitionStatusBadge({ status }: { status: PetitionStatus }) {
  const t = await getTranslations("Petitions");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${STYLE[status]}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
