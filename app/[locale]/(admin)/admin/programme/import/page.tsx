import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { ALL_IMPORT_ERROR_KEYS, IMPORT_CHOICES, IMPORT_COLUMNS, type ImportColumn } from "@/lib/programme/import";
import { getCurrentProgramme } from "@/lib/programme/queries";
import { ImportForm, type ImportTexts } from "./import-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/import">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeImport" });
  return { title: t("title") };
}

const TEMPLATE_URL = "/api/admin/programme/import-template";

export default async function ProgrammeImportPage({ params }: PageProps<"/[locale]/admin/programme/import">) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/import");
  const [t, programme] = await Promise.all([getTranslations("ProgrammeImport"), getCurrentProgramme()]);

  const text: ImportTexts = {
    fileLabel: t("fileLabel"),
    fileHint: t("fileHint"),
    submit: t("submit"),
    sending: t("sending"),
    failedTitle: t("failedTitle"),
    failedText: t.raw("failedText") as string,
    failedTruncated: t.raw("failedTruncated") as string,
    errorsCaption: t("errorsCaption"),
    lineColumn: t("lineColumn"),
    columnColumn: t("columnColumn"),
    messageColumn: t("messageColumn"),
    wholeFile: t("wholeFile"),
    wholeLine: t("wholeLine"),
    errorSentence: t.raw("errorSentence") as string,
    errorLineSentence: t.raw("errorLineSentence") as string,
    successTitle: t("successTitle"),
    successText: t.raw("successText") as string,
    createdCaption: t("createdCaption"),
    unauthenticated: t("formErrors.unauthenticated"),
    forbidden: t("formErrors.forbidden"),
  };
  // Templates with a {value} placeholder, filled in by the form.
  const messages = Object.fromEntries(ALL_IMPORT_ERROR_KEYS.map((key) => [key, t.raw(`errors.${key}`) as string]));
  const years = programme ? `${programme.startYear}–${programme.endYear}` : "—";
  // What a column accepts, as tokens that may wrap between them (phones).
  const values: Partial<Record<ImportColumn, readonly string[]>> = {
    status: IMPORT_CHOICES.status,
    competence: IMPORT_CHOICES.competence,
    gender_tag: IMPORT_CHOICES.gender_tag,
    whole_commune: ["true", "false"],
    douars: ["ez-zaouia|\u200Bouled-kaddour"],
    start_year: [years],
    end_year: [years],
    estimated_cost_mad: ["250000"],
    priority_rank: ["1–999"],
    axis_number: ["1, 2, 3…"],
  };

  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/admin/programme">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="import-template" className="space-y-2 rounded-card border border-divider bg-surface p-4">
        <h2 id="import-template" className="text-xl">{t("templateTitle")}</h2>
        <p>{t("templateText")}</p>
        <p>
          <a href={TEMPLATE_URL} download="projects-import-template.csv" className="font-bold">
            {t("templateLink")}
          </a>
        </p>
      </section>

      <ImportForm text={text} messages={messages} locale={locale} />

      <section aria-labelledby="import-rules" className="space-y-3">
        <h2 id="import-rules" className="text-xl">{t("rulesTitle")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {(["encoding", "limits", "codes", "douars", "years"] as const).map((rule) => (
            <li key={rule}>{t(`rules.${rule}`)}</li>
          ))}
        </ul>
        <h3 className="text-lg font-bold">{t("columnsTitle")}</h3>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("columnsTitle")}>
          <table className="w-full border-collapse bg-surface text-start text-sm sm:text-base">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2 text-start">{t("columnName")}</th>
                <th scope="col" className="p-2 text-start">{t("columnRequired")}</th>
                <th scope="col" className="p-2 text-start">{t("columnValues")}</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS.map((column) => (
                <tr key={column.key} className="border-b border-divider align-top">
                  <th scope="row" className="p-2 text-start font-normal">
                    <code dir="ltr">{column.key}</code>
                  </th>
                  <td className="p-2">{column.required ? t("yes") : t("no")}</td>
                  <td className="p-2">
                    {values[column.key] ? (
                      <span className="flex flex-wrap gap-x-3">
                        {values[column.key]!.map((value) => (
                          <span key={value} dir="ltr">{value}</span>
                        ))}
                      </span>
                    ) : (
                      t("anyText")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
