// The project list: a GET filter form (works without JavaScript, and its URL can be shared) and
// one card per project.
import { getFormatter, getTranslations } from "next-intl/server";
import { DIRECTIONS, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { COMPETENCES, filtersToQuery, PROJECT_STATUSES, SEARCH_MAX_LENGTH, type ProjectFilters } from "@/lib/programme/filters";
import type { FilterOptions, ProjectSummary } from "@/lib/programme/queries";
import { DemoBadge, StatusBadge } from "./badges";
import { MiniBar } from "./charts";

const field = "block w-full min-h-12 rounded-md border-2 border-muted bg-surface px-3";

function Select({ id, label, name, value, all, options }: { id: string; label: string; name: string; value: string; all: string; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-bold">{label}</label>
      <select id={id} name={name} defaultValue={value} className={field}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

export async function FilterForm({ filters, options, locale }: { filters: ProjectFilters; options: FilterOptions; locale: Locale }) {
  const t = await getTranslations("Programme");
  const selected = filters.axis !== undefined || filters.douar !== undefined || filters.status !== undefined || filters.year !== undefined || filters.competence !== undefined;
  const collator = new Intl.Collator(locale);
  const douars = options.douars
    .map((d) => ({ value: d.slug, label: localized(locale, d.nameAr, d.nameFr) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <section aria-labelledby="filters-title" className="no-print rounded-card border border-divider bg-surface p-4">
      <h2 id="filters-title" className="text-xl">{t("list.filtersTitle")}</h2>
      {/* No action: the form submits to this very page, in this language. The key renews the
          fields when a link changes the filters without reloading the page (their values are defaults). */}
      <form key={new URLSearchParams(filtersToQuery(filters)).toString()} method="get" role="search" aria-labelledby="filters-title" className="mt-3 space-y-4">
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block font-bold">{t("list.search")}</label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby="filter-q-hint"
            className={field}
          />
          <p id="filter-q-hint" className="text-sm text-muted">{t("list.searchHint")}</p>
        </div>
        {/* The other filters fold away so that the results stay near the top on a phone; they are
            open when one of them is in use. <details> needs no JavaScript. */}
        <details open={selected} className="group rounded-md border border-divider">
          <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 font-bold">
            <span aria-hidden="true" className="group-open:hidden">{DIRECTIONS[locale] === "rtl" ? "◂" : "▸"}</span>
            <span aria-hidden="true" className="hidden group-open:inline">▾</span>
            {t("list.moreFilters")}
          </summary>
          <div className="grid gap-4 p-3 sm:grid-cols-2 lg:grid-cols-3">
            <Select
              id="filter-axis"
              name="axis"
              label={t("list.axis")}
              all={t("list.allAxes")}
              value={filters.axis === undefined ? "" : String(filters.axis)}
              options={options.axes.map((axis) => ({ value: String(axis.number), label: localized(locale, axis.titleAr, axis.titleFr) }))}
            />
            <Select id="filter-douar" name="douar" label={t("list.douar")} all={t("list.allDouars")} value={filters.douar ?? ""} options={douars} />
            <Select
              id="filter-status"
              name="status"
              label={t("list.status")}
              all={t("list.allStatuses")}
              value={filters.status ?? ""}
              options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            />
            <Select
              id="filter-year"
              name="year"
              label={t("list.year")}
              all={t("list.allYears")}
              value={filters.year === undefined ? "" : String(filters.year)}
              options={options.years.map((year) => ({ value: String(year), label: String(year) }))}
            />
            <Select
              id="filter-competence"
              name="competence"
              label={t("list.competence")}
              all={t("list.allCompetences")}
              value={filters.competence ?? ""}
              options={COMPETENCES.map((competence) => ({ value: competence, label: t(`competence.${competence}`) }))}
            />
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-12 cursor-pointer rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">
            {t("list.apply")}
          </button>
          <Link href="/programme/projects" className="inline-flex min-h-12 items-center">{t("list.reset")}</Link>
        </div>
      </form>
    </section>
  );
}

export async function ProjectCard({ project, locale }: { project: ProjectSummary; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Programme"), getFormatter()]);
  const douars = project.douars.map((d) => localized(locale, d.nameAr, d.nameFr));
  const headingId = `project-${project.code}`;
  return (
    <article aria-labelledby={headingId} className="h-full space-y-2 rounded-card border border-divider bg-surface p-4">
      <h3 id={headingId} className="text-lg">
        <Link href={`/programme/projects/${encodeURIComponent(project.code)}`}>{localized(locale, project.titleAr, project.titleFr)}</Link>
      </h3>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <StatusBadge status={project.status} />
        {project.isDemo && <DemoBadge />}
        <span dir="ltr">{project.code}</span>
        <span>{t("axisShort", { number: project.axis.number })}</span>
        <span>{project.startYear === project.endYear ? t("list.oneYear", { year: project.startYear }) : t("list.years", { start: project.startYear, end: project.endYear })}</span>
      </p>
      <p className="text-sm">
        {project.wholeCommune || !douars.length ? t("wholeCommune") : t("list.douars", { names: douars.join(t("listSeparator")) })}
      </p>
      {project.latest ? (
        <div className="space-y-1">
          <p className="text-sm font-bold">{t("list.physical", { value: format.number(project.latest.physicalPercent / 100, "percent") })}</p>
          <MiniBar percent={project.latest.physicalPercent} dir={DIRECTIONS[locale]} />
        </div>
      ) : (
        <p className="text-sm text-muted">{t("list.noUpdate")}</p>
      )}
      <p className="text-sm">
        {t("list.cost", { amount: project.estimatedCostMad === null ? t("notEstimated") : format.number(project.estimatedCostMad, "money") })}
      </p>
    </article>
  );
}
