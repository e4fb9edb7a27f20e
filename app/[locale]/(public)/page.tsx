import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ParticipationPlan } from "@/components/home/participation-plan";
import { MODULES } from "@/components/layout/nav-items";
import { getCommune } from "@/lib/commune/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getPetitionThreshold } from "@/lib/petitions/queries";
import { getParticipationPlan } from "@/lib/plan/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Home" });
  return { title: t("title") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await pageLocale(params);
  const [t, tm, commune, plan, threshold] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Modules"),
    getCommune(),
    getParticipationPlan(),
    getPetitionThreshold(),
  ]);
  const communeName = commune ? localized(locale, commune.nameAr, commune.nameFr) : "";

  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-title" className="rounded-xl bg-brand-soft p-6 md:p-10">
        <h1 id="hero-title" className="text-3xl text-brand-dark md:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-3xl text-lg">{t("heroText", { commune: communeName })}</p>
      </section>

      <section aria-labelledby="modules-title" className="space-y-4">
        <h2 id="modules-title" className="text-2xl">{t("modulesTitle")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {MODULES.map((module) => (
            <li key={module} className="rounded-card border border-divider bg-surface p-5">
              <h3 className="text-lg">
                <Link href={`/${module}`}>{tm(`${module}.title`)}</Link>
              </h3>
              <p className="mt-2 text-muted">{tm(`${module}.summary`)}</p>
              {module === "petitions" && threshold !== null && <p className="mt-2 font-bold">{t("petitionThreshold", { count: threshold })}</p>}
            </li>
          ))}
        </ul>
      </section>

      <ParticipationPlan locale={locale} plan={plan} />
    </div>
  );
}
