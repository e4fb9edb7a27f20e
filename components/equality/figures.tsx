// The committee's figures as SVG bar charts with their text equivalent: composition against the
// target share of women, and the "proposal force" (opinions sent, answered, accepted, acted on).
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/programme/charts";
import type { Composition, ProposalForce } from "@/lib/equality/rules";
import { DIRECTIONS, type Locale } from "@/lib/i18n/config";

export async function CompositionFigure({ composition, target, locale }: { composition: Composition; target: number; locale: Locale }) {
  const t = await getTranslations("Equality.composition");
  const max = Math.max(composition.total, 1);
  return (
    <div className="space-y-3">
      <p className="text-lg" data-testid="composition-text">{t("text", { women: composition.women, total: composition.total, percent: composition.womenPercent, target })}</p>
      <p className={`rounded-md border-s-4 p-3 ${composition.meetsTarget ? "border-success bg-success-soft" : "border-accent bg-warning-soft"}`}>
        {composition.meetsTarget ? t("meets") : t("short", { count: Math.max(composition.womenShortfall, 1) })}
      </p>
      <BarChart
        id="composition-chart"
        title={t("chartTitle")}
        dir={DIRECTIONS[locale]}
        max={max}
        labelHeader={t("figure")}
        valueHeader={t("value")}
        rows={[
          { key: "women", label: t("women"), value: composition.women, valueText: String(composition.women) },
          { key: "men", label: t("men"), value: composition.men, valueText: String(composition.men) },
        ]}
        table="hidden"
      />
    </div>
  );
}

export async function ProposalForceFigure({ force, locale }: { force: ProposalForce; locale: Locale }) {
  const t = await getTranslations("Equality.dashboard");
  const rows = (["sent", "answered", "accepted", "actedOn"] as const).map((key) => ({ key, label: t(key), value: force[key], valueText: String(force[key]) }));
  return (
    <section aria-labelledby="dashboard-title" className="space-y-3" data-testid="dashboard">
      <h2 id="dashboard-title" className="text-2xl">{t("title")}</h2>
      <BarChart id="dashboard-chart" title={t("title")} dir={DIRECTIONS[locale]} max={Math.max(force.sent, 1)} labelHeader={t("figure")} valueHeader={t("value")} rows={rows} table="visible" tone="accent" />
    </section>
  );
}
