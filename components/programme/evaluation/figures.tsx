// The figures of an annual evaluation report (decree 2.16.301 art. 14), as stored when staff
// generated it: execution (completion rate), per axis, indicators, resources and funding by
// partner, constraints and proposed solutions. Server-rendered with the programme's SVG charts
// (components/programme/charts.tsx), so it works without JavaScript and prints on A4. Used by the
// staff report page, the public page and its print view.
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart, type ChartRow } from "@/components/programme/charts";
import { StatusBadge } from "@/components/programme/badges";
import { ExecutionStats } from "@/components/programme/execution-stats";
import { DIRECTIONS, LANGUAGES, type Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/pick";
import type { EvaluationFigures } from "@/lib/programme/evaluation";

type Props = { figures: EvaluationFigures; locale: Locale };

/** A text in the page's language, or in the other one (marked as such) when only that one was written. */
function LocalText({ locale, ar, fr, className }: { locale: Locale; ar: string | null; fr: string | null; className?: string }) {
  const own = localized(locale, ar, fr);
  const other = localized(locale, fr, ar);
  if (own) return <p className={className}>{own}</p>;
  if (!other) return null;
  const otherLocale: Locale = locale === "ar-MA" ? "fr-MA" : "ar-MA";
  return (
    <p className={className} lang={LANGUAGES[otherLocale]} dir={DIRECTIONS[otherLocale]}>
      {other}
    </p>
  );
}

export async function ExecutionFigures({ figures, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter()]);
  const s = figures.summary;
  return (
    <section aria-labelledby="evaluation-execution" className="space-y-4">
      <h2 id="evaluation-execution" className="text-2xl">{t("figures.executionTitle")}</h2>
      <ExecutionStats
        summary={s}
        chartId="evaluation-execution"
        testId="evaluation-figures"
        dir={DIRECTIONS[locale]}
        labels={{
          programmed: t("figures.programmed"),
          completed: t("figures.completed"),
          completionRate: t("figures.completionRate"),
          weightedProgress: t("figures.weightedProgress"),
          chartTitle: t("figures.executionChart", { year: figures.year }),
          figure: t("columns.figure"),
          value: t("columns.value"),
        }}
      />
      <p className="max-w-3xl text-muted">{t("figures.executionHelp")}</p>
      <ul className="list-disc space-y-1 ps-6">
        {s.cancelled > 0 && <li>{t("figures.cancelledNote", { count: s.cancelled })}</li>}
        {figures.notYetStarted > 0 && <li>{t("figures.notYetStartedNote", { count: figures.notYetStarted, year: figures.year })}</li>}
        <li>
          {figures.figuresAsOf
            ? t("figures.asOf", { year: figures.year, date: format.dateTime(new Date(figures.figuresAsOf), "long") })
            : t("figures.noUpdates", { year: figures.year })}
        </li>
      </ul>
    </section>
  );
}

export async function PerAxisFigures({ figures, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter()]);
  const percent = (value: number) => format.number(value, "percent");
  const rows: ChartRow[] = figures.perAxis.map((axis) => ({
    key: String(axis.axisNumber),
    label: t("figures.axisShort", { number: axis.axisNumber }),
    header: localized(locale, axis.axisTitleAr, axis.axisTitleFr),
    value: axis.completionRate,
    valueText: percent(axis.completionRate),
    cells: [
      format.number(axis.projects),
      format.number(axis.completed),
      percent(axis.weightedProgress),
      <span key="programmed" className="whitespace-nowrap">{format.number(axis.programmedMad, "money")}</span>,
      <span key="spent" className="whitespace-nowrap">{format.number(axis.spentMad, "money")}</span>,
    ],
  }));
  return (
    <section aria-labelledby="evaluation-per-axis" className="space-y-4">
      <h2 id="evaluation-per-axis" className="text-2xl">{t("figures.perAxisTitle")}</h2>
      {rows.length === 0 ? (
        <p>{t("figures.noProjects")}</p>
      ) : (
        <BarChart
          id="evaluation-per-axis"
          title={t("figures.perAxisChart", { year: figures.year })}
          rows={rows}
          dir={DIRECTIONS[locale]}
          labelHeader={t("columns.axis")}
          valueHeader={t("columns.completionRate")}
          extraColumns={[t("columns.projects"), t("columns.completed"), t("columns.progress"), t("columns.programmed"), t("columns.spent")]}
        />
      )}
    </section>
  );
}

export async function IndicatorFigures({ figures, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter()]);
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const caption = t("figures.indicatorsTable", { year: figures.year });
  return (
    <section aria-labelledby="evaluation-indicators" className="space-y-4">
      <h2 id="evaluation-indicators" className="text-2xl">{t("figures.indicatorsTitle")}</h2>
      <p className="max-w-3xl text-muted">{t("figures.indicatorsHelp")}</p>
      {figures.indicators.length === 0 ? (
        <p>{t("figures.noIndicators")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
          <table className="w-full border-collapse text-start" data-testid="evaluation-indicators">
            <caption className="pb-2 text-start font-bold">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2 text-start">{t("columns.indicator")}</th>
                <th scope="col" className="p-2 text-start">{t("columns.project")}</th>
                <th scope="col" className="p-2 text-end">{t("columns.baseline")}</th>
                <th scope="col" className="p-2 text-end">{t("columns.target")}</th>
                <th scope="col" className="p-2 text-end">{t("columns.valueOfYear", { year: figures.year })}</th>
                <th scope="col" className="p-2 text-end">{t("columns.achievement")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.indicators.map((indicator, index) => (
                <tr key={index} className="border-b border-divider align-top">
                  <th scope="row" className="min-w-48 p-2 text-start font-normal">
                    {localized(locale, indicator.nameAr, indicator.nameFr)}
                    <span className="block text-sm text-muted">{localized(locale, indicator.unitAr, indicator.unitFr)}</span>
                  </th>
                  <td className="min-w-40 p-2">
                    <span dir="ltr" className="font-bold">{indicator.projectCode}</span> {localized(locale, indicator.projectTitleAr, indicator.projectTitleFr)}
                  </td>
                  <td className="p-2 text-end tabular-nums">{number(indicator.baseline)}</td>
                  <td className="p-2 text-end tabular-nums">{number(indicator.target)}</td>
                  <td className="p-2 text-end tabular-nums">{indicator.value === null ? t("figures.notMeasured") : number(indicator.value)}</td>
                  <td className="p-2 text-end tabular-nums">{indicator.achievement === null ? t("figures.none") : format.number(indicator.achievement, "percent")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export async function ResourceFigures({ figures, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("ProgrammeEvaluation"), getFormatter()]);
  const money = (value: number) => format.number(value, "money");
  const s = figures.summary;
  const budget: ChartRow[] = [
    { key: "programmed", label: t("figures.budgetProgrammed"), value: s.programmedMad, valueText: money(s.programmedMad) },
    { key: "committed", label: t("figures.budgetCommitted"), value: s.committedMad, valueText: money(s.committedMad) },
    { key: "spent", label: t("figures.budgetSpent"), value: s.spentMad, valueText: money(s.spentMad) },
  ];
  const partners: ChartRow[] = figures.funding.map((line) => ({
    key: line.partner,
    label: line.partner,
    header: <span dir="auto">{line.partner}</span>,
    value: line.amountMad,
    valueText: money(line.amountMad),
    cells: [format.number(line.projects), figures.fundingTotalMad ? format.number(line.amountMad / figures.fundingTotalMad, "percent") : t("figures.none")],
  }));
  return (
    <section aria-labelledby="evaluation-resources" className="space-y-4">
      <h2 id="evaluation-resources" className="text-2xl">{t("figures.resourcesTitle")}</h2>
      <BarChart
        id="evaluation-budget"
        title={t("figures.budgetChart", { year: figures.year })}
        rows={budget}
        max={Math.max(s.programmedMad, s.committedMad, s.spentMad, 1)}
        dir={DIRECTIONS[locale]}
        labelHeader={t("columns.figure")}
        valueHeader={t("columns.amount")}
        table="hidden"
        tone="accent"
      />
      <p className="max-w-3xl text-muted">{t("figures.budgetHelp")}</p>
      <h3 className="text-xl">{t("figures.fundingTitle")}</h3>
      {partners.length === 0 ? (
        <p>{t("figures.noFunding")}</p>
      ) : (
        <>
          <BarChart
            id="evaluation-funding"
            title={t("figures.fundingChart")}
            rows={partners}
            max={Math.max(...figures.funding.map((f) => f.amountMad), 1)}
            dir={DIRECTIONS[locale]}
            labelHeader={t("columns.partner")}
            valueHeader={t("columns.amount")}
            extraColumns={[t("columns.projects"), t("columns.share")]}
            tone="accent"
          />
          <p className="font-bold">{t("figures.fundingTotal", { total: money(figures.fundingTotalMad) })}</p>
        </>
      )}
    </section>
  );
}

export async function ConstraintFigures({ figures, locale }: Props) {
  const t = await getTranslations("ProgrammeEvaluation");
  return (
    <section aria-labelledby="evaluation-constraints" className="space-y-4">
      <h2 id="evaluation-constraints" className="text-2xl">{t("figures.constraintsTitle")}</h2>
      <p className="max-w-3xl text-muted">{t("figures.constraintsHelp")}</p>
      {figures.constraints.length === 0 ? (
        <p>{t("figures.noConstraints")}</p>
      ) : (
        <ul className="space-y-3" data-testid="evaluation-constraints">
          {figures.constraints.map((item) => (
            <li key={item.projectCode} className="space-y-2 rounded-card border border-divider bg-surface p-4">
              <h3 className="flex flex-wrap items-center gap-2 text-lg">
                <span>
                  <span dir="ltr">{item.projectCode}</span> · {localized(locale, item.projectTitleAr, item.projectTitleFr)}
                </span>
                <StatusBadge status={item.status} />
              </h3>
              <dl className="space-y-2">
                {(item.reasonAr || item.reasonFr) && (
                  <div>
                    <dt className="font-bold">{t(item.status === "CANCELLED" ? "figures.cancelReason" : "figures.delayReason")}</dt>
                    <dd><LocalText locale={locale} ar={item.reasonAr} fr={item.reasonFr} /></dd>
                  </div>
                )}
                {(item.constraintsAr || item.constraintsFr) && (
                  <div>
                    <dt className="font-bold">{t("figures.constraints")}</dt>
                    <dd><LocalText locale={locale} ar={item.constraintsAr} fr={item.constraintsFr} /></dd>
                  </div>
                )}
                {(item.solutionsAr || item.solutionsFr) && (
                  <div>
                    <dt className="font-bold">{t("figures.solutions")}</dt>
                    <dd><LocalText locale={locale} ar={item.solutionsAr} fr={item.solutionsFr} /></dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every section of the report's figures, in the order of decree 2.16.301 art. 14. */
export async function EvaluationFiguresView({ figures, locale }: Props) {
  return (
    <div className="space-y-12">
      <ExecutionFigures figures={figures} locale={locale} />
      <PerAxisFigures figures={figures} locale={locale} />
      <IndicatorFigures figures={figures} locale={locale} />
      <ResourceFigures figures={figures} locale={locale} />
      <ConstraintFigures figures={figures} locale={locale} />
    </div>
  );
}

/** The figures as the published summary shows them, on its page and its print view: execution and resources first. */
export async function PublishedEvaluationFigures({ figures, locale }: Props) {
  return (
    <>
      <ExecutionFigures figures={figures} locale={locale} />
      <ResourceFigures figures={figures} locale={locale} />
      <PerAxisFigures figures={figures} locale={locale} />
      <IndicatorFigures figures={figures} locale={locale} />
      <ConstraintFigures figures={figures} locale={locale} />
    </>
  );
}

/** A summary or narrative as written: paragraphs kept, in the page's language or else the other one (marked). */
export function WrittenText({ locale, ar, fr, testId }: { locale: Locale; ar: string; fr: string; testId?: string }) {
  const own = localized(locale, ar, fr).trim();
  const otherLocale: Locale = locale === "ar-MA" ? "fr-MA" : "ar-MA";
  const shown = own || localized(locale, fr, ar).trim();
  return (
    <div
      className="max-w-3xl whitespace-pre-line text-lg leading-relaxed"
      data-testid={testId}
      {...(own ? {} : { lang: LANGUAGES[otherLocale], dir: DIRECTIONS[otherLocale] })}
    >
      {shown}
    </div>
  );
}
