import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/programme/section-nav";
import { pageLocale } from "@/lib/i18n/page";
import { COMPETENCES, PROJECT_STATUSES } from "@/lib/programme/filters";
import { OPEN_DATA_COLUMNS, openDataUrl } from "@/lib/programme/open-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/programme/data">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Programme" });
  return { title: t("data.title") };
}

const GENDER_TAGS = ["NOT_ASSESSED", "SENSITIVE", "TARGETED"] as const;
const download = "inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark hover:text-white";

/** The data dictionary of the programme's open data, with the download links. */
export default async function ProgrammeDataPage({ params }: PageProps<"/[locale]/programme/data">) {
  await pageLocale(params);
  const t = await getTranslations("Programme");
  const codes = [
    { column: "status", values: PROJECT_STATUSES.map((value) => ({ value, meaning: t(`status.${value}`) })) },
    { column: "competence", values: COMPETENCES.map((value) => ({ value, meaning: t(`competence.${value}`) })) },
    { column: "gender_tag", values: GENDER_TAGS.map((value) => ({ value, meaning: t(`gender.${value}`) })) },
  ];
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("data.title")}</h1>
        <p className="max-w-3xl text-lg">{t("data.intro")}</p>
      </header>
      <SectionNav current="data" />

      <section aria-labelledby="download-title" className="space-y-3">
        <h2 id="download-title" className="text-2xl">{t("data.downloadTitle")}</h2>
        <ul className="flex flex-wrap gap-3">
          {/* Route handlers are not localized: plain links. */}
          <li>
            <a href={openDataUrl("csv")} className={download} download>
              {t("data.downloadCsv")}
            </a>
          </li>
          <li>
            <a href={openDataUrl("json")} className={download}>
              {t("data.downloadJson")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="reuse-title" className="space-y-2">
        <h2 id="reuse-title" className="text-2xl">{t("data.reuseTitle")}</h2>
        <p className="max-w-3xl">{t("data.reuse")}</p>
      </section>

      <section aria-labelledby="format-title" className="space-y-2">
        <h2 id="format-title" className="text-2xl">{t("data.formatTitle")}</h2>
        <ul className="max-w-3xl list-disc space-y-1 ps-6">
          <li>{t("data.formatCsv")}</li>
          <li>{t("data.formatJson")}</li>
          <li>{t("data.formatLists")}</li>
          <li>{t("data.formatEmpty")}</li>
          <li>{t("data.formatFormula")}</li>
        </ul>
      </section>

      <section aria-labelledby="columns-title" className="space-y-3">
        <h2 id="columns-title" className="text-2xl">{t("data.columnsTitle")}</h2>
        {/* A list rather than a table, so that each column's meaning stays readable on a 320 px phone. */}
        <div aria-hidden="true" className="hidden border-b-2 border-ink p-2 font-bold sm:grid sm:grid-cols-[14rem_10rem_1fr] sm:gap-4">
          <span>{t("data.column")}</span>
          <span>{t("data.type")}</span>
          <span>{t("data.meaning")}</span>
        </div>
        <dl data-testid="dictionary">
          {OPEN_DATA_COLUMNS.map((column) => (
            <div key={column.key} className="border-b border-divider p-2 sm:grid sm:grid-cols-[14rem_10rem_1fr] sm:gap-4">
              <dt>
                <code dir="ltr" className="font-mono font-bold">{column.key}</code>
              </dt>
              <dd className="text-muted">
                <span className="sr-only">{t("data.type")}: </span>
                {t(`data.types.${column.type}`)}
              </dd>
              <dd>{t(`data.columns.${column.key}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="codes-title" className="space-y-3">
        <h2 id="codes-title" className="text-2xl">{t("data.codesTitle")}</h2>
        {codes.map(({ column, values }) => (
          <div key={column} className="space-y-1">
            <h3 className="text-lg">
              <code dir="ltr" className="font-mono">{column}</code>
            </h3>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              {values.map(({ value, meaning }) => (
                <div key={value} className="contents">
                  <dt>
                    <code dir="ltr" className="font-mono">{value}</code>
                  </dt>
                  <dd className="mb-2 sm:mb-0">{meaning}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </div>
  );
}
