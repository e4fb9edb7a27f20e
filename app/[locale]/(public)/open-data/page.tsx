import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { datasetUrl, FORMATS, LICENCE, type Dataset } from "@/lib/open-data/catalogue";
import { catalogueStatus } from "@/lib/open-data/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return { title: t("title"), alternates: { types: { "application/ld+json": "/api/open/catalogue.json" } } };
}

const button = "inline-flex min-h-12 items-center rounded-md border-2 border-brand px-4 font-bold no-underline";

async function Downloads({ dataset, years }: { dataset: Dataset; years: number[] }) {
  const t = await getTranslations("OpenData");
  const links = (year?: number) =>
    FORMATS.map(({ format }) => (
      <li key={format}>
        <a href={datasetUrl(dataset, format, year)} className={button} download={format === "csv" ? "" : undefined}>
          {year ? `${t(format)} · ${year}` : t(format)}
        </a>
      </li>
    ));
  if (dataset.perYear && years.length === 0) return <p>{t("noYear")}</p>;
  return <ul className="flex flex-wrap gap-2">{dataset.perYear ? years.flatMap((year) => links(year)) : links()}</ul>;
}

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const locale = await pageLocale(params);
  const [t, format, status] = await Promise.all([getTranslations("OpenData"), getFormatter(), catalogueStatus()]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>
      <nav aria-label={t("title")} className="no-print">
        <ul className="list-disc space-y-1 ps-6">
          {status.map(({ dataset }) => (
            <li key={dataset.id}><a href={`#${dataset.id}`}>{localized(locale, dataset.titleAr, dataset.titleFr)}</a></li>
          ))}
        </ul>
      </nav>
      <section id="licence" aria-labelledby="licence-title" className="max-w-3xl space-y-2 rounded-md border-s-4 border-accent bg-brand-soft p-4">
        <h2 id="licence-title" className="text-xl">{t("licenceTitle")}</h2>
        <p>{localized(locale, LICENCE.ar, LICENCE.fr)}</p>
        <p className="text-sm">{t("formatNote")}</p>
      </section>
      <section aria-labelledby="catalogue-title" className="max-w-3xl space-y-2">
        <h2 id="catalogue-title" className="text-xl">{t("catalogueTitle")}</h2>
        <p>
          {t("catalogueText")} <a href="/api/open/catalogue.json" dir="ltr">/api/open/catalogue.json</a>
        </p>
      </section>
      {status.map(({ dataset, modified, years }) => (
        <section key={dataset.id} id={dataset.id} aria-labelledby={`${dataset.id}-title`} className="space-y-3 rounded-card border border-divider bg-surface p-4" data-testid="dataset">
          <h2 id={`${dataset.id}-title`} className="text-2xl">{localized(locale, dataset.titleAr, dataset.titleFr)}</h2>
          <p>{localized(locale, dataset.descriptionAr, dataset.descriptionFr)}</p>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t("frequency")}</dt>
            <dd>{t(`frequencies.${dataset.frequency}`)}</dd>
            <dt className="font-bold">{t("modified")}</dt>
            <dd>{modified ? format.dateTime(modified, "long") : t("never")}</dd>
            <dt className="font-bold">{t("licence")}</dt>
            <dd><a href="#licence">{t("licenceTitle")}</a></dd>
            <dt className="font-bold">{t("page")}</dt>
            <dd><Link href={dataset.pagePath}>{localized(locale, dataset.titleAr, dataset.titleFr)}</Link></dd>
          </dl>
          <h3 className="text-lg">{t("downloads")}</h3>
          <Downloads dataset={dataset} years={years} />
          <details className="rounded-md border border-divider p-3">
            <summary className="min-h-12 cursor-pointer py-3 font-bold">{t("dictionary", { count: dataset.columns.length })}</summary>
            {/* Focusable so that a keyboard can scroll a wide table on a phone (WCAG 2.1.1). */}
            <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={t("dictionary", { count: dataset.columns.length })}>
              <table className="w-full border-collapse text-start">
                <thead>
                  <tr className="border-b-2 border-divider">
                    <th scope="col" className="p-2 text-start">{t("column")}</th>
                    <th scope="col" className="p-2 text-start">{t("type")}</th>
                    <th scope="col" className="p-2 text-start">{t("meaning")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dataset.columns.map((column) => (
                    <tr key={column.name} className="border-b border-divider align-top">
                      <th scope="row" className="p-2 text-start font-mono font-normal" dir="ltr">{column.name}</th>
                      <td className="p-2">{t(`types.${column.type}`)}</td>
                      <td className="p-2">{localized(locale, column.ar, column.fr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </section>
      ))}
    </div>
  );
}
