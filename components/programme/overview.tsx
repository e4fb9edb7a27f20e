// The programme's execution figures (decree 2.16.301 art. 14: completion rate, resources),
// overall, per axis and per douar. Used by the overview page and its print view.
import { getFormatter, getTranslations } from "next-intl/server";
import { DIRECTIONS, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { getCommune } from "@/lib/commune/queries";
import { getProgrammeConsultations, type GroupFigures, type ProgrammeOverview, type ProjectSummary } from "@/lib/programme/queries";
import { adoptionChecks } from "@/lib/programme/rules";
import { DemoBadge, StatusBadge } from "./badges";
import { BarChart, type ChartRow } from "./charts";
import { ExecutionStats } from "./execution-stats";
import { DataTable } from "@/components/ui/data-table";

type Props = { overview: ProgrammeOverview; locale: Locale };

export async function ExecutionSection({ overview, locale }: Props) {
  const t = await getTranslations("Programme");
  const s = overview.summary;
  return (
    <section aria-labelledby="execution-title" className="space-y-4">
      <h2 id="execution-title" className="text-2xl">{t("overview.executionTitle")}</h2>
      <ExecutionStats
        summary={s}
        chartId="execution"
        testId="execution-figures"
        dir={DIRECTIONS[locale]}
        labels={{
          programmed: t("overview.programmedProjects"),
          completed: t("overview.completedProjects"),
          completionRate: t("overview.completionRate"),
          weightedProgress: t("overview.weightedProgress"),
          chartTitle: t("overview.executionChart"),
          figure: t("columns.figure"),
          value: t("columns.value"),
        }}
      />
      <p className="max-w-3xl text-muted">{t("overview.executionHelp")}</p>
      {s.cancelled > 0 && <p>{t("overview.cancelledNote", { count: s.cancelled })}</p>}
    </section>
  );
}

export async function BudgetSection({ overview, locale }: Props) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const s = overview.summary;
  const money = (value: number) => format.number(value, "money");
  const rows: ChartRow[] = [
    { key: "programmed", label: t("overview.budgetProgrammed"), value: s.programmedMad, valueText: money(s.programmedMad) },
    { key: "committed", label: t("overview.budgetCommitted"), value: s.committedMad, valueText: money(s.committedMad) },
    { key: "spent", label: t("overview.budgetSpent"), value: s.spentMad, valueText: money(s.spentMad) },
  ];
  return (
    <section aria-labelledby="budget-title" className="space-y-4">
      <h2 id="budget-title" className="text-2xl">{t("overview.budgetTitle")}</h2>
      <BarChart
        id="budget"
        title={t("overview.budgetChart")}
        rows={rows}
        max={Math.max(s.programmedMad, s.committedMad, s.spentMad, 1)}
        dir={DIRECTIONS[locale]}
        labelHeader={t("columns.figure")}
        valueHeader={t("columns.amount")}
        table="hidden"
        tone="accent"
      />
      {s.programmedMad > 0 && <p className="font-bold">{t("overview.spentShare", { share: format.number(s.spentMad / s.programmedMad, "percent") })}</p>}
      <p className="max-w-3xl text-muted">{t("overview.budgetHelp")}</p>
    </section>
  );
}

async function groupColumns() {
  const t = await getTranslations("Programme");
  return [t("columns.projects"), t("columns.completed"), t("columns.completionRate"), t("columns.programmed"), t("columns.spent")];
}

async function groupCells(figures: GroupFigures) {
  const format = await getFormatter();
  return [
    format.number(figures.projects),
    format.number(figures.completed),
    format.number(figures.completionRate, "percent"),
    <span key="programmed" className="whitespace-nowrap">{format.number(figures.programmedMad, "money")}</span>,
    <span key="spent" className="whitespace-nowrap">{format.number(figures.spentMad, "money")}</span>,
  ];
}

export async function PerAxisSection({ overview, locale, links = true }: Props & { links?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const rows: ChartRow[] = await Promise.all(
    overview.perAxis.map(async ({ axis, figures }) => {
      const title = localized(locale, axis.titleAr, axis.titleFr);
      return {
        key: String(axis.number),
        label: t("axisShort", { number: axis.number }),
        header: links ? <Link href={{ pathname: "/programme/projects", query: { axis: String(axis.number) } }}>{title}</Link> : title,
        value: figures.weightedProgress,
        valueText: format.number(figures.weightedProgress, "percent"),
        cells: await groupCells(figures),
      };
    }),
  );
  return (
    <section aria-labelledby="per-axis-title" className="space-y-4">
      <h2 id="per-axis-title" className="text-2xl">{t("overview.perAxisTitle")}</h2>
      <BarChart
        id="per-axis"
        title={t("overview.perAxisChart")}
        rows={rows}
        dir={DIRECTIONS[locale]}
        labelHeader={t("columns.axis")}
        valueHeader={t("columns.progress")}
        extraColumns={await groupColumns()}
      />
    </section>
  );
}

export async function PerDouarSection({ overview, locale, links = true }: Props & { links?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const rows: ChartRow[] = await Promise.all(
    overview.perDouar.map(async ({ douar, figures }) => {
      const name = localized(locale, douar.nameAr, douar.nameFr);
      return {
        key: douar.slug,
        label: name,
        header: links ? <Link href={{ pathname: "/programme/projects", query: { douar: douar.slug } }}>{name}</Link> : name,
        value: figures.weightedProgress,
        valueText: format.number(figures.weightedProgress, "percent"),
        cells: await groupCells(figures),
      };
    }),
  );
  if (overview.wholeCommune.projects > 0) {
    rows.push({
      key: "whole-commune",
      label: t("wholeCommune"),
      value: overview.wholeCommune.weightedProgress,
      valueText: format.number(overview.wholeCommune.weightedProgress, "percent"),
      cells: await groupCells(overview.wholeCommune),
    });
  }
  return (
    <section aria-labelledby="per-douar-title" className="space-y-4">
      <h2 id="per-douar-title" className="text-2xl">{t("overview.perDouarTitle")}</h2>
      <p className="max-w-3xl text-muted">{t("overview.perDouarHelp")}</p>
      {overview.perDouar.length === 0 && <p>{t("overview.noDouarProjects")}</p>}
      <BarChart
        id="per-douar"
        title={t("overview.perDouarChart")}
        rows={rows}
        dir={DIRECTIONS[locale]}
        labelHeader={t("columns.douar")}
        valueHeader={t("columns.progress")}
        extraColumns={await groupColumns()}
      />
    </section>
  );
}

/**
 * The adoption record: each step with its date, whether each legal rule was kept (in words and
 * colour), and the consultations held with their attendance by gender.
 */
export async function AdoptionRecord({ overview, locale }: { overview: ProgrammeOverview; locale: Locale }) {
  const p = overview.programme;
  const [t, ta, format, consultations, commune] = await Promise.all([
    getTranslations("Programme"),
    getTranslations("ProgrammeAdoption"),
    getFormatter(),
    getProgrammeConsultations(p.id),
    getCommune(),
  ]);
  const date = (value: Date) => format.dateTime(value, "long");
  const steps = [
    p.decisionToPrepareOn && ta("public.decisionToPrepare", { date: date(p.decisionToPrepareOn) }),
    p.decisionPostedOn && ta("public.decisionPosted", { date: date(p.decisionPostedOn) }),
    p.committeeReviewOn && ta("public.committeeReview", { date: date(p.committeeReviewOn) }),
    p.councilVoteOn && t("overview.councilVote", { date: date(p.councilVoteOn) }),
    p.votesFor !== null &&
      t("overview.votes", { votesFor: format.number(p.votesFor), votesAgainst: format.number(p.votesAgainst ?? 0), votesAbstaining: format.number(p.votesAbstaining ?? 0) }),
    p.governorVisaOn && t("overview.governorVisa", { date: date(p.governorVisaOn) }),
  ].filter((step): step is string => Boolean(step));
  if (!steps.length && !consultations.length) return null;
  const checks = commune ? adoptionChecks(p, p, commune.councilSize, consultations.map((c) => c.kind)) : [];
  const stateClass = { met: "bg-success-soft text-success", notMet: "bg-danger-soft text-danger", unknown: "bg-paper text-muted" } as const;
  return (
    <section aria-labelledby="adoption-title" className="space-y-3">
      <h2 id="adoption-title" className="text-2xl">{t("overview.adoptionTitle")}</h2>
      {steps.length > 0 && (
        <ul className="list-disc space-y-1 ps-6" aria-label={ta("public.steps")}>
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      )}
      {checks.length > 0 && (
        <>
          <h3 className="text-xl">{ta("checks.title")}</h3>
          <ul className="space-y-2">
            {checks.map((check) => (
              <li key={check.key} className="flex flex-wrap items-baseline gap-2">
                <strong className={`rounded-md px-2 ${stateClass[check.state]}`}>{ta(`checks.${check.state}`)}</strong>
                <span>{ta(`checks.${check.key}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {consultations.length > 0 && (
        <>
          <h3 className="text-xl">{ta("public.consultationsTitle")}</h3>
          <ul className="space-y-3">
            {consultations.map((c) => (
              <li key={c.id} className="space-y-1 border-s-4 border-divider ps-3">
                <p className="font-bold">
                  {ta(`consultations.kinds.${c.kind}`)} · {date(c.heldOn)}
                </p>
                {(c.participantsWomen !== null || c.participantsMen !== null) && (
                  <p className="text-sm">{ta("public.participants", { women: c.participantsWomen ?? 0, men: c.participantsMen ?? 0 })}</p>
                )}
                <p dir="auto">{localized(locale, c.summaryAr, c.summaryFr)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Every project in one table: the print view's list. */
export async function ProjectsTable({ projects, locale, caption }: { projects: ProjectSummary[]; locale: Locale; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  // When every project is demo data the page says so once; a badge on each row would be noise.
  const markDemo = projects.some((p) => !p.isDemo);
  return (
    <DataTable label={caption} caption={caption} tableClassName="text-sm" columns={[{ label: t("columns.code") }, { label: t("columns.project") }, { label: t("columns.status") }, { label: t("columns.years") }, { label: t("columns.cost") }, { label: t("columns.physical") }, { label: t("columns.spent") }]}>
      {projects.map((project) => (
        <tr key={project.code} className="border-b border-divider align-top">
          <td className="p-2 whitespace-nowrap" dir="ltr">{project.code}</td>
          <th scope="row" className="min-w-48 p-2 text-start font-normal">
            {localized(locale, project.titleAr, project.titleFr)} {markDemo && project.isDemo && <DemoBadge />}
          </th>
          <td className="p-2"><StatusBadge status={project.status} /></td>
          <td className="p-2 whitespace-nowrap">{t("period", { start: project.startYear, end: project.endYear })}</td>
          <td className="p-2 whitespace-nowrap">{project.estimatedCostMad === null ? t("notEstimated") : format.number(project.estimatedCostMad, "money")}</td>
          <td className="p-2 whitespace-nowrap">{project.latest ? format.number(project.latest.physicalPercent / 100, "percent") : t("none")}</td>
          <td className="p-2 whitespace-nowrap">{project.latest?.spentMad != null ? format.number(project.latest.spentMad, "money") : t("none")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
