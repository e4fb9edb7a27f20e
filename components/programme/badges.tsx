import { getTranslations } from "next-intl/server";
import type { DifficultyStatus } from "@/lib/generated/prisma/enums";
import type { ProjectStatusValue } from "@/lib/programme/rules";

// Each status has its word and its colour (the word alone carries the meaning, WCAG 1.4.1), and
// a border so that it still shows when printed in black and white.
const STATUS_STYLE: Record<ProjectStatusValue, string> = {
  PLANNED: "border-muted bg-surface text-ink",
  IN_PROGRESS: "border-brand bg-brand-soft text-brand-dark",
  DELAYED: "border-accent bg-warning-soft text-accent",
  COMPLETED: "border-success bg-success-soft text-success",
  CANCELLED: "border-danger bg-danger-soft text-danger",
};

const STATUS_MARK: Record<ProjectStatusValue, string> = {
  PLANNED: "○",
  IN_PROGRESS: "◐",
  DELAYED: "!",
  COMPLETED: "✓",
  CANCELLED: "×",
};

export async function StatusBadge({ status }: { status: ProjectStatusValue }) {
  const t = await getTranslations("Programme");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${STATUS_STYLE[status]}`} data-status={status}>
      <span aria-hidden="true">{STATUS_MARK[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}

const DIFFICULTY_STYLE: Record<DifficultyStatus, string> = {
  RECEIVED: "border-muted bg-surface text-ink",
  UNDER_STUDY: "border-accent bg-warning-soft text-accent",
  ANSWERED: "border-brand bg-brand-soft text-brand-dark",
  RESOLVED: "border-success bg-success-soft text-success",
};

const DIFFICULTY_MARK: Record<DifficultyStatus, string> = { RECEIVED: "○", UNDER_STUDY: "◐", ANSWERED: "↩", RESOLVED: "✓" };

/** Where a reported difficulty stands in the public register. */
export async function DifficultyStatusBadge({ status }: { status: DifficultyStatus }) {
  const t = await getTranslations("ProgrammeAdmin.difficultyStatus");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-0.5 text-sm font-bold ${DIFFICULTY_STYLE[status]}`} data-status={status}>
      <span aria-hidden="true">{DIFFICULTY_MARK[status]}</span>
      {t(status)}
    </span>
  );
}

/** Marks fictional demo data wherever it appears. */
export async function DemoBadge() {
  const t = await getTranslations("Programme");
  return <span className="inline-flex items-center whitespace-nowrap rounded-full border border-accent px-2 py-0.5 text-xs font-bold text-accent">{t("demo")}</span>;
}
