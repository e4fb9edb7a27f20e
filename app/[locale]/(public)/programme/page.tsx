import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdoptionRecord, BudgetSection, ExecutionSection, PerAxisSection, PerDouarSection } from "@/components/programme/overview";
import { ProgrammeDocuments } from "@/components/programme/programme-documents";
import { SectionNav } from "@/components/programme/section-nav";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getProgrammeOverview } from "@/lib/programme/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Programme" });
  return { title: t("title"), description: t("description") };
}

export default async function ProgrammePage({ params }: PageProps<"/[locale]/programme">) {
  const locale = await pageLocale(params);
  const [t, format, overview] = await Promise.all([getTranslations("Programme"), getFormatter(), getProgrammeOverview()]);

  if (!overview) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("noProgramme")}</p>
      </div>
    );
  }

  const { programme, projects } = overview;
  return (
    <div className="space-y-12">
      <header className="space-y-4 rounded-xl bg-brand-soft p-6 md:p-8">
        <h1 className="text-3xl text-brand-dark md:text-4xl">{localized(locale, programme.titleAr, programme.titleFr)}</h1>
        <p className="max-w-3xl text-lg">{t("overview.intro")}</p>
        <p className="font-bold">
          {overview.figuresAsOf ? t("overview.figuresAsOf", { date: format.dateTime(overview.figuresAsOf, "long") }) : t("overview.noFiguresYet")}
        </p>
        {projects.some((p) => p.isDemo) && <p className="max-w-3xl rounded-md border-s-4 border-accent bg-warning-soft p-3">{t("demoNotice")}</p>}
      </header>

      <SectionNav current="overview" />

      <ExecutionSection overview={overview} locale={locale} />
      <BudgetSection overview={overview} locale={locale} />
      <PerAxisSection overview={overview} locale={locale} />
      <PerDouarSection overview={overview} locale={locale} />

      <section aria-labelledby="browse-title" className="space-y-3">
        <h2 id="browse-title" className="text-2xl">{t("overview.browseTitle")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/programme/projects" className="font-bold">{t("overview.allProjects", { count: projects.length })}</Link>
          </li>
          <li>
            <Link href="/programme/print">{t("links.print")}</Link>
          </li>
          <li>
            <Link href="/programme/data">{t("links.data")}</Link>
          </li>
        </ul>
      </section>

      <ProgrammeDocuments locale={locale} />

      <AdoptionRecord overview={overview} locale={locale} />
    </div>
  );
}
