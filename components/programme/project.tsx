// The sections of a project's page, shared by the page and its print view.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { DIRECTIONS, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { moroccanDate } from "@/lib/programme/open-data";
import type { ProjectDetail } from "@/lib/programme/queries";
import { DemoBadge, StatusBadge } from "./badges";
import { BarChart, type ChartRow } from "./charts";

type Props = { project: ProjectDetail; locale: Locale };

const sectionTitle = "text-2xl";

export async function ProjectHeader({ project, locale }: Props) {
  const t = await getTranslations("Programme");
  const reason = localized(locale, project.statusReasonAr, project.statusReasonFr);
  return (
    <header className="space-y-3">
      <h1 className="text-3xl text-brand-dark">{localized(locale, project.titleAr, project.titleFr)}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-muted">{t("project.code", { code: project.code })}</span>
        <StatusBadge status={project.status} />
        {project.isDemo && <DemoBadge />}
      </p>
      <p className="max-w-3xl whitespace-pre-line text-lg">{localized(locale, project.descriptionAr, project.descriptionFr)}</p>
      {reason && (
        <p className="max-w-3xl rounded-md border-s-4 border-accent bg-warning-soft p-3">
          <strong>{t("project.statusReason")}:</strong> {reason}
        </p>
      )}
    </header>
  );
}

export async function ProjectFacts({ project, locale, links = true }: Props & { links?: boolean }) {
  const t = await getTranslations("Programme");
  const axisTitle = localized(locale, project.axis.titleAr, project.axis.titleFr);
  const douars = project.douars.map((d) => localized(locale, d.nameAr, d.nameFr));
  const description = localized(locale, project.descriptionAr, project.descriptionFr);
  const activity = project.activity ? localized(locale, project.activity.textAr, project.activity.textFr) : null;
  const facts: [string, ReactNode][] = [
    [t("project.axis"), links ? <Link href={{ pathname: "/programme/projects", query: { axis: String(project.axis.number) } }}>{axisTitle}</Link> : axisTitle],
    // The adopted activity's text, unless it is the description itself (as in the demo data).
    ...(activity && activity !== description ? [[t("project.activity"), activity] as [string, ReactNode]] : []),
    [t("project.douars"), project.wholeCommune || !douars.length ? t("wholeCommune") : douars.join(t("listSeparator"))],
    [t("project.period"), project.startYear === project.endYear ? String(project.startYear) : t("period", { start: project.startYear, end: project.endYear })],
    [t("project.competence"), t(`competence.${project.competence}`)],
    [t("project.gender"), t(`gender.${project.genderTag}`)],
    ...(project.responsibleService ? [[t("project.service"), project.responsibleService] as [string, ReactNode]] : []),
    ...(project.priorityRank !== null ? [[t("project.priority"), String(project.priorityRank)] as [string, ReactNode]] : []),
  ];
  return (
    <section aria-labelledby="facts-title" className="space-y-3">
      <h2 id="facts-title" className={sectionTitle}>{t("project.factsTitle")}</h2>
      <dl className="grid gap-x-6 gap-y-1 rounded-card border border-divider bg-surface p-4 sm:grid-cols-[minmax(8rem,auto)_1fr] sm:gap-y-3">
        {facts.map(([term, detail]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="mb-3 sm:mb-0">{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export async function ProjectFigures({ project, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const latest = project.latest;
  const dir = DIRECTIONS[locale];
  const percent = (value: number) => format.number(value / 100, "percent");
  const money = (value: number | null) => (value === null ? t("notEstimated") : format.number(value, "money"));
  const progress: ChartRow[] = latest
    ? [
        { key: "physical", label: t("project.physical"), value: latest.physicalPercent, valueText: percent(latest.physicalPercent) },
        { key: "financial", label: t("project.financial"), value: latest.financialPercent, valueText: percent(latest.financialPercent) },
      ]
    : [];
  const committed = latest?.committedMad ?? null;
  const spent = latest?.spentMad ?? null;
  const budget: ChartRow[] = [
    { key: "cost", label: t("project.cost"), value: project.estimatedCostMad ?? 0, valueText: money(project.estimatedCostMad) },
    ...(committed !== null ? [{ key: "committed", label: t("project.committed"), value: committed, valueText: money(committed) }] : []),
    ...(spent !== null ? [{ key: "spent", label: t("project.spent"), value: spent, valueText: money(spent) }] : []),
  ];
  return (
    <section aria-labelledby="figures-title" className="space-y-4">
      <h2 id="figures-title" className={sectionTitle}>{t("project.figuresTitle")}</h2>
      {latest ? (
        <p className="text-muted">{t("project.figuresAsOf", { date: format.dateTime(latest.recordedAt, "long") })}</p>
      ) : (
        <p>{t("project.noUpdate")}</p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {progress.length > 0 && (
          <BarChart id="project-progress" title={t("project.progressChart")} rows={progress} max={100} dir={dir} labelHeader={t("columns.figure")} valueHeader={t("columns.value")} table="hidden" />
        )}
        <BarChart
          id="project-budget"
          title={t("project.budgetChart")}
          rows={budget}
          max={Math.max(1, ...budget.map((row) => row.value))}
          dir={dir}
          labelHeader={t("columns.figure")}
          valueHeader={t("columns.amount")}
          table="hidden"
          tone="accent"
        />
      </div>
    </section>
  );
}

/** How far an indicator has come from its baseline toward its target, 0–1; null before any measure. */
export function towardTarget(indicator: { baseline: number; target: number; values: { value: number }[] }): number | null {
  const latest = indicator.values.at(-1);
  if (!latest) return null;
  const span = indicator.target - indicator.baseline;
  if (span === 0) return latest.value === indicator.target ? 1 : 0;
  return Math.min(1, Math.max(0, (latest.value - indicator.baseline) / span));
}

export async function IndicatorsSection({ project, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const years = [...new Set(project.indicators.flatMap((i) => i.values.map((v) => v.year)))].sort((a, b) => a - b);
  const caption = t("project.indicatorsTitle");
  const rows: ChartRow[] = project.indicators.map((indicator) => {
    const share = towardTarget(indicator);
    return {
      key: String(indicator.id),
      label: localized(locale, indicator.nameAr, indicator.nameFr),
      value: share ?? 0,
      valueText: share === null ? t("project.notMeasured") : format.number(share, "percent"),
    };
  });
  return (
    <section aria-labelledby="indicators-title" className="space-y-4">
      <h2 id="indicators-title" className={sectionTitle}>{caption}</h2>
      {project.indicators.length === 0 ? (
        <p>{t("project.noIndicators")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-muted">{t("project.indicatorsHelp")}</p>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
            <table className="w-full border-collapse text-start" data-testid="indicators-table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2 text-start">{t("project.indicator")}</th>
                  <th scope="col" className="p-2 text-start">{t("project.unit")}</th>
                  <th scope="col" className="p-2 text-start">{t("project.baseline")}</th>
                  {years.map((year) => (
                    <th key={year} scope="col" className="p-2 text-start">{year}</th>
                  ))}
                  <th scope="col" className="p-2 text-start">{t("project.target")}</th>
                  <th scope="col" className="p-2 text-start">{t("project.towardTarget")}</th>
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((indicator, index) => {
                  const byYear = new Map(indicator.values.map((v) => [v.year, v.value]));
                  return (
                    <tr key={indicator.id} className="border-b border-divider align-top">
                      <th scope="row" className="min-w-40 p-2 text-start font-normal">{rows[index]!.label}</th>
                      <td className="p-2">{localized(locale, indicator.unitAr, indicator.unitFr)}</td>
                      <td className="p-2">{format.number(indicator.baseline)}</td>
                      {years.map((year) => (
                        <td key={year} className="p-2">{byYear.has(year) ? format.number(byYear.get(year)!) : t("none")}</td>
                      ))}
                      <td className="p-2">{format.number(indicator.target)}</td>
                      <td className="p-2 whitespace-nowrap">{rows[index]!.valueText}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <BarChart
            id="indicators"
            title={t("project.indicatorsChart")}
            rows={rows}
            dir={DIRECTIONS[locale]}
            labelHeader={t("project.indicator")}
            valueHeader={t("project.towardTarget")}
            table="hidden"
          />
        </>
      )}
    </section>
  );
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function MilestonesSection({ project, locale, today = moroccanDate(new Date()) }: Props & { today?: string }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  return (
    <section aria-labelledby="milestones-title" className="space-y-4">
      <h2 id="milestones-title" className={sectionTitle}>{t("project.milestonesTitle")}</h2>
      {project.milestones.length === 0 ? (
        <p>{t("project.noMilestones")}</p>
      ) : (
        <ol className="space-y-0" data-testid="milestones">
          {project.milestones.map((milestone) => {
            const due = milestone.dueOn ? isoDay(milestone.dueOn) : null;
            const done = milestone.doneOn ? isoDay(milestone.doneOn) : null;
            const state = done ? (due && done > due ? "late" : "done") : due && due < today ? "overdue" : "upcoming";
            const style = {
              done: "border-success",
              late: "border-success",
              overdue: "border-accent",
              upcoming: "border-divider",
            }[state];
            const mark = { done: "✓", late: "✓", overdue: "!", upcoming: "○" }[state];
            const stateText = {
              done: done && t("project.milestoneDone", { date: format.dateTime(milestone.doneOn!, "long") }),
              late: done && t("project.milestoneDoneLate", { date: format.dateTime(milestone.doneOn!, "long") }),
              overdue: t("project.milestoneOverdue"),
              upcoming: t("project.milestoneUpcoming"),
            }[state];
            return (
              <li key={milestone.id} className={`border-s-4 ps-4 pb-4 ${style}`} data-state={state}>
                <p className="font-bold">
                  <span aria-hidden="true" className="me-2">{mark}</span>
                  {localized(locale, milestone.titleAr, milestone.titleFr)}
                </p>
                <p className="text-sm">
                  {milestone.dueOn ? t("project.milestoneDue", { date: format.dateTime(milestone.dueOn, "long") }) : t("project.milestoneNoDue")}
                  {" · "}
                  <span className={state === "overdue" ? "font-bold text-accent" : undefined}>{stateText}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export async function HistorySection({ project, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const percent = (value: number) => format.number(value / 100, "percent");
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return (
    <section aria-labelledby="history-title" className="space-y-4">
      <h2 id="history-title" className={sectionTitle}>{t("project.historyTitle")}</h2>
      {project.updates.length === 0 ? (
        <p>{t("project.noHistory")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-muted">{t("project.historyHelp")}</p>
          <ol className="space-y-4" data-testid="history">
            {project.updates.map((update) => {
              const note = localized(locale, update.noteAr, update.noteFr);
              return (
                <li key={update.id} className="rounded-card border border-divider bg-surface p-4">
                  <article aria-labelledby={`update-${update.id}`} className="space-y-2">
                    <h3 id={`update-${update.id}`} className="text-lg">
                      {t("project.updateOf", { date: format.dateTime(update.recordedAt, "long") })}
                    </h3>
                    <dl className="flex flex-wrap gap-x-6 gap-y-1">
                      <div>
                        <dt className="inline font-bold">{t("project.physical")}: </dt>
                        <dd className="inline">{percent(update.physicalPercent)}</dd>
                      </div>
                      <div>
                        <dt className="inline font-bold">{t("project.financial")}: </dt>
                        <dd className="inline">{percent(update.financialPercent)}</dd>
                      </div>
                      {update.committedMad !== null && (
                        <div>
                          <dt className="inline font-bold">{t("project.committed")}: </dt>
                          <dd className="inline whitespace-nowrap">{format.number(update.committedMad, "money")}</dd>
                        </div>
                      )}
                      {update.spentMad !== null && (
                        <div>
                          <dt className="inline font-bold">{t("project.spent")}: </dt>
                          <dd className="inline whitespace-nowrap">{format.number(update.spentMad, "money")}</dd>
                        </div>
                      )}
                    </dl>
                    {note && <p className="whitespace-pre-line">{note}</p>}
                    {update.evidence.length > 0 && (
                      <div>
                        <h4 className="font-bold">{t("project.evidence")}</h4>
                        <ul className="list-disc ps-6">
                          {update.evidence.map((file) => {
                            const caption = localized(locale, file.captionAr, file.captionFr);
                            const what = t("project.evidenceLink", { kind: t(`evidenceKind.${file.kind}`), size: size(file.bytes) });
                            if (file.withdrawnAt) {
                              return (
                                <li key={file.id}>
                                  {t("project.evidenceWithdrawn", { kind: t(`evidenceKind.${file.kind}`), date: format.dateTime(file.withdrawnAt, "short") })}{" "}
                                  <span dir="auto">{file.withdrawnReason}</span>
                                </li>
                              );
                            }
                            return (
                              <li key={file.id}>
                                {/* The file route is not localized: a plain link, not the locale-aware Link. */}
                                <a href={`/api/files/evidence/${file.id}`} type={file.mimeType}>
                                  {caption ? `${caption} (${what})` : what}
                                </a>
                              </li>
                            );
                          })}
                        </ul>
                      </div>
                    )}
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

export async function FundingSection({ project }: { project: ProjectDetail }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const total = project.fundingLines.reduce((sum, line) => sum + line.amountMad, 0);
  const caption = t("project.fundingCaption");
  return (
    <section aria-labelledby="partners-title" className="space-y-4">
      <h2 id="partners-title" className={sectionTitle}>{t("project.partnersTitle")}</h2>
      {project.fundingLines.length === 0 ? (
        <p>{t("project.noFunding")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
          <table className="w-full border-collapse text-start">
            <caption className="pb-2 text-start font-bold">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2 text-start">{t("project.partner")}</th>
                <th scope="col" className="p-2 text-start">{t("columns.amount")}</th>
                <th scope="col" className="p-2 text-start">{t("project.share")}</th>
                <th scope="col" className="p-2 text-start">{t("project.agreement")}</th>
              </tr>
            </thead>
            <tbody>
              {project.fundingLines.map((line) => (
                <tr key={line.id} className="border-b border-divider align-top">
                  <th scope="row" className="min-w-40 p-2 text-start font-normal">{line.partner}</th>
                  <td className="p-2 whitespace-nowrap">{format.number(line.amountMad, "money")}</td>
                  <td className="p-2">{total > 0 ? format.number(line.amountMad / total, "percent") : t("none")}</td>
                  <td className="p-2">{line.agreementRef ? <span dir="ltr">{line.agreementRef}</span> : t("none")}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-ink font-bold">
                <th scope="row" className="p-2 text-start">{t("project.fundingTotal")}</th>
                <td className="p-2 whitespace-nowrap">{format.number(total, "money")}</td>
                <td className="p-2" colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {project.partners.length > 0 && (
        <div>
          <h3 className="text-lg">{t("project.associations")}</h3>
          <ul className="list-disc ps-6">
            {project.partners.map(({ association }) => (
              <li key={association.id}>{association.name}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export async function ConstraintsSection({ project, locale }: Props) {
  const t = await getTranslations("Programme");
  const constraints = localized(locale, project.constraintsAr, project.constraintsFr);
  const solutions = localized(locale, project.solutionsAr, project.solutionsFr);
  if (!constraints && !solutions) return null;
  return (
    <section aria-labelledby="constraints-title" className="space-y-3">
      <h2 id="constraints-title" className={sectionTitle}>{t("project.constraintsTitle")}</h2>
      <dl className="space-y-3">
        {constraints && (
          <div>
            <dt className="font-bold">{t("project.constraints")}</dt>
            <dd className="whitespace-pre-line">{constraints}</dd>
          </div>
        )}
        {solutions && (
          <div>
            <dt className="font-bold">{t("project.solutions")}</dt>
            <dd className="whitespace-pre-line">{solutions}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/**
 * A project's sections in reading order, shared by its page and its print view. `engagement`
 * (follow, questions, difficulties) sits after the history on the page; the print view has none.
 */
export function ProjectSections({ project, locale, links = true, engagement }: Props & { links?: boolean; engagement?: ReactNode }) {
  return (
    <>
      <ProjectFacts project={project} locale={locale} links={links} />
      <ProjectFigures project={project} locale={locale} />
      <IndicatorsSection project={project} locale={locale} />
      <MilestonesSection project={project} locale={locale} />
      <HistorySection project={project} locale={locale} />
      {engagement}
      <FundingSection project={project} />
      <ConstraintsSection project={project} locale={locale} />
    </>
  );
}
