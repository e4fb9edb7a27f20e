import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdoptionRecord, BudgetSection, ExecutionSection, PerAxisSection, PerDouarSection, ProjectsTable } from "@/components/programme/overview";
import { PrintSheet } from "@/components/programme/print-sheet";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getProgrammeOverview } from "@/lib/programme/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/print">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Programme" });
  return { title: `${t("title")} · ${t("print.title")}`, robots: { index: false } };
}

/** The whole programme on A4: execution figures, budget, per axis and douar, and every project. */
export default async function ProgrammePrintPage({ params }: PageProps<"/[locale]/programme/print">) {
  const locale = await pageLocale(params);
  const [t, format, overview] = await Promise.all([getTranslations("Programme"), getFormatter(), getProgrammeOverview()]);
  return (
    <PrintSheet locale={locale} path="/programme" backHref="/programme">
      {overview ? (
        <div className="space-y-8">
          <div className="space-y-2">
            <h1 className="text-3xl text-brand-dark">{localized(locale, overview.programme.titleAr, overview.programme.titleFr)}</h1>
            <p className="font-bold">
              {overview.figuresAsOf ? t("overview.figuresAsOf", { date: format.dateTime(overview.figuresAsOf, "long") }) : t("overview.noFiguresYet")}
            </p>
            {overview.projects.some((p) => p.isDemo) && <p>{t("demoNotice")}</p>}
          </div>
          <ExecutionSection overview={overview} locale={locale} />
          <BudgetSection overview={overview} locale={locale} />
          <PerAxisSection overview={overview} locale={locale} links={false} />
          <PerDouarSection overview={overview} locale={locale} links={false} />
          <AdoptionRecord overview={overview} locale={locale} />
          <ProjectsTable projects={overview.projects} locale={locale} caption={t("print.projectsTitle")} />
        </div>
      ) : (
        <>
          <h1 className="text-3xl">{t("title")}</h1>
          <p>{t("noProgramme")}</p>
        </>
      )}
    </PrintSheet>
  );
}
