import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PetitionsIntro } from "@/components/petitions/intro";
import { PetitionTable, RegisterFilterForm } from "@/components/petitions/register";
import { Pagination } from "@/components/ui/pagination";
import { pageLocale } from "@/lib/i18n/page";
import { listPublicPetitions, parseRegisterFilters, REGISTER_PAGE_SIZE } from "@/lib/petitions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/petitions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("title") };
}

export default async function PetitionsPage({ params, searchParams }: PageProps<"/[locale]/petitions">) {
  await pageLocale(params);
  const filters = parseRegisterFilters(await searchParams);
  const [t, list] = await Promise.all([getTranslations("Petitions"), listPublicPetitions(filters)]);
  const query = Object.fromEntries(Object.entries({ q: filters.q, status: filters.status, kind: filters.kind }).filter((e): e is [string, string] => !!e[1]));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <PetitionsIntro />
      <RegisterFilterForm filters={filters} />
      <section aria-labelledby="register-title" className="space-y-4">
        <h2 id="register-title" className="text-xl" data-testid="results-count">{t("filters.results", { count: list.total })}</h2>
        {list.rows.length === 0 ? <p>{t("empty")}</p> : <PetitionTable rows={list.rows} label={t("links.register")} href={(id) => `/petitions/${id}`} />}
        <Pagination pathname="/petitions" page={filters.page} pages={Math.ceil(list.total / REGISTER_PAGE_SIZE)} query={query} />
      </section>
    </div>
  );
}
