import { getFormatter, getTranslations } from "next-intl/server";
import type { BudgetPhase, CycleClock } from "@/lib/budget/rules";
import { PhaseBadge } from "./badges";

/** A cycle's phase, envelope and calendar, with the phases staff closed early. */
export async function CycleTimeline({ cycle }: { cycle: CycleClock & { phase: BudgetPhase; envelopeMad: number } }) {
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const early = (d: Date | null) => (d ? ` (${t("dates.closedEarly", { date: format.dateTime(d, "long") })})` : "");
  return (
    <div className="space-y-3 rounded-card border border-divider bg-surface p-4">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-bold">{t("phaseLabel")}</span> <PhaseBadge phase={cycle.phase} />
      </p>
      <p>{t(`phaseHint.${cycle.phase}`)}</p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("envelope")}</dt>
        <dd data-testid="envelope">{format.number(cycle.envelopeMad, "money")}</dd>
        <dt className="font-bold">{t("dates.proposals")}</dt>
        <dd>{t("dates.range", { start: day(cycle.proposalsStart), end: day(cycle.proposalsEnd) })}{early(cycle.proposalsClosedAt)}</dd>
        <dt className="font-bold">{t("dates.review")}</dt>
        <dd>{t("dates.until", { end: day(new Date(cycle.voteStart.getTime() - 86_400_000)) })}{early(cycle.reviewClosedAt)}</dd>
        <dt className="font-bold">{t("dates.vote")}</dt>
        <dd>{t("dates.range", { start: day(cycle.voteStart), end: day(cycle.voteEnd) })}{early(cycle.voteClosedAt)}</dd>
      </dl>
    </div>
  );
}
