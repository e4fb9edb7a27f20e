import { getTranslations } from "next-intl/server";
import type { DifficultyStatus } from "@/lib/generated/prisma/enums";
import type { ProjectStatusValue } from "@/lib/programme/rules";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";

const STATUS: Record<ProjectStatusValue, { tone: StatusTone; mark: string }> = {
  PLANNED: { tone: "neutral", mark: "○" },
  IN_PROGRESS: { tone: "brand", mark: "◐" },
  DELAYED: { tone: "warning", mark: "!" },
  COMPLETED: { tone: "success", mark: "✓" },
  CANCELLED: { tone: "danger", mark: "×" },
};

export async function StatusBadge({ status }: { status: ProjectStatusValue }) {
  const t = await getTranslations("Programme");
  return <StatusPill status={status} {...STATUS[status]} label={t(`status.${status}`)} />;
}

const DIFFICULTY: Record<DifficultyStatus, { tone: StatusTone; mark: string }> = {
  RECEIVED: { tone: "neutral", mark: "○" },
  UNDER_STUDY: { tone: "warning", mark: "◐" },
  ANSWERED: { tone: "brand", mark: "↩" },
  RESOLVED: { tone: "success", mark: "✓" },
};

/** Where a reported difficulty stands in the public register. */
export async function DifficultyStatusBadge({ status }: { status: DifficultyStatus }) {
  const t = await getTranslations("ProgrammeAdmin.difficultyStatus");
  return <StatusPill status={status} {...DIFFICULTY[status]} label={t(status)} />;
}

/** Marks fictional demo data wherever it appears. */
export async function DemoBadge() {
  const t = await getTranslations("Programme");
  return <span className="inline-flex items-center whitespace-nowrap rounded-full border border-accent px-2 py-0.5 text-xs font-bold text-accent">{t("demo")}</span>;
}
