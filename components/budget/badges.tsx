import { getTranslations } from "next-intl/server";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";
import type { BudgetProposalStatus } from "@/lib/generated/prisma/enums";
import type { BudgetPhase } from "@/lib/budget/rules";

const PHASE: Record<BudgetPhase, { tone: StatusTone; mark: string }> = {
  UPCOMING: { tone: "neutral", mark: "○" },
  PROPOSALS: { tone: "brand", mark: "✎" },
  REVIEW: { tone: "warning", mark: "◔" },
  VOTE: { tone: "brand", mark: "☑" },
  RESULTS: { tone: "success", mark: "✓" },
  DONE: { tone: "neutral", mark: "■" },
};

const STATUS: Record<BudgetProposalStatus, { tone: StatusTone; mark: string }> = {
  SUBMITTED: { tone: "neutral", mark: "○" },
  FEASIBLE: { tone: "success", mark: "✓" },
  NOT_FEASIBLE: { tone: "danger", mark: "✕" },
};

export async function PhaseBadge({ phase }: { phase: BudgetPhase }) {
  const t = await getTranslations("Budget");
  return <StatusPill status={phase} {...PHASE[phase]} label={t(`phase.${phase}`)} />;
}

export async function ProposalStatusBadge({ status }: { status: BudgetProposalStatus }) {
  const t = await getTranslations("Budget");
  return <StatusPill status={status} {...STATUS[status]} label={t(`status.${status}`)} />;
}

export async function FundedBadge({ funded }: { funded: boolean }) {
  const t = await getTranslations("Budget");
  return funded
    ? <StatusPill status="funded" tone="success" mark="★" label={t("proposal.funded")} />
    : <StatusPill status="not-funded" tone="neutral" mark="–" label={t("proposal.notFunded")} />;
}
