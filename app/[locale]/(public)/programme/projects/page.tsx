import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm, ProjectCard } from "@/components/programme/project-list";
import { SectionNav } from "@/components/programme/section-nav";
import { Pagination } from "@/components/ui/pagination";
import { pageLocale } from "@/lib/i18n/page";
import { filtersToQuery, hasFilters, parseProjectFilters } from "@/lib/programme/filters";
import { listProjects } from "@/lib/programme/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/projects">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Programme" });
  return { title: t("list.title") };
}

export default async function ProjectsPage({ params, searchParams }: PageProps<"/[locale]/programme/projects">) {
  const locale = await pageLocale(params);
  const filters = parseProjectFilters(await searchParams);
  const [t, list] = await Promise.all([getTranslations("Programme"), listProjects(filters)]);

  if (!list) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t("list.title")}</h1>
        <p className="text-lg">{t("noProgramme")}</p>
      </div>
    );
  }

  const filtered = hasFilters(filters);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("list.title")}</h1>
        <p className="max-w-3xl text-lg">{t("list.intro")}</p>
      </header>
      <SectionNav current="projects" />
      <FilterForm filters={filters} options={list.options} locale={locale} />
      <section aria-labelledby="results-title" className="space-y-4">
        <h2 id="results-title" className="text-xl" data-testid="results-count">
          {filtered ? t("list.countFiltered", { count: list.total }) : t("list.count", { count: list.total })}
        </h2>
        {list.items.length === 0 ? (
          <p>{t("list.noResults")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="project-list">
            {list.items.map((project) => (
              <li key={project.code}>
                <ProjectCard project={project} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <Pagination pathname="/programme/projects" page={list.page} pages={list.pages} query={filtersToQuery(filters)} />
      </section>
    </div>
  );
}
