// One gender-disaggregated figure: an SVG bar chart with its table, or, when too few people declared
// their gender to publish it, a sentence saying so.
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/programme/charts";
import type { GenderSplit } from "@/lib/equality/rules";
import { MIN_DECLARED_FOR_BREAKDOWN } from "@/lib/equality/rules";
import { DIRECTIONS, type Locale } from "@/lib/i18n/config";

export async function GenderSplitFigure({ id, title, split, locale, withUndeclared = false }: { id: string; title: string; split: GenderSplit | null; locale: Locale; withUndeclared?: boolean }) {
  const t = await getTranslations("Equality.statistics");
  if (!split) return <p className="rounded-md border-s-4 border-muted bg-surface p-3">{t("tooFew", { count: MIN_DECLARED_FOR_BREAKDOWN })}</p>;
  const keys = withUndeclared ? (["women", "men", "undeclared"] as const) : (["women", "men"] as const);
  const total = keys.reduce((sum, key) => sum + split[key], 0);
  if (total === 0) return <p>{t("none")}</p>;
  return (
    <BarChart
      id={id}
      title={title}
      dir={DIRECTIONS[locale]}
      max={Math.max(...keys.map((key) => split[key]), 1)}
      labelHeader={t("figure")}
      valueHeader={t("value")}
      rows={keys.map((key) => ({ key, label: t(key), value: split[key], valueText: t("count", { count: split[key], percent: Math.round((split[key] * 100) / total) }) }))}
      table="visible"
    />
  );
}
