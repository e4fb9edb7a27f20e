import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { requestStatistics } from "@/lib/information/queries";
import { REFUSAL_GROUNDS } from "@/lib/information/rules";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/information/statistics">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.statistics" });
  return { title: t("title") };
}

export default async function InformationStatisticsPage({ params }: PageProps<"/[locale]/information/statistics">) {
  await pageLocale(params);
  const [t, to, tg, format, years] = await Promise.all([
    getTranslations("Information.statistics"),
    getTranslations("Information.outcome"),
    getTranslations("Information.grounds"),
    getFormatter(),
    requestStatistics(),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      {years.length === 0 && <p>{t("none")}</p>}
      {years.map((s) => (
        <section key={s.year} aria-labelledby={`stats-${s.year}`} className="space-y-3 rounded-card border border-divider bg-surface p-4" data-testid={`stats-${s.year}`}>
          <h2 id={`stats-${s.year}`} className="text-xl">{t("year", { year: s.year })}</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[1fr_max-content]">
            <dt>{t("received")}</dt><dd className="font-bold">{format.number(s.received)}</dd>
            <dt>{t("answered")}</dt><dd className="font-bold">{format.number(s.answered)}</dd>
            <dt>{t("onTime")}</dt><dd className="font-bold">{format.number(s.answeredOnTime)}</dd>
            <dt>{t("average")}</dt><dd className="font-bold">{s.averageWorkingDays === null ? "—" : format.number(s.averageWorkingDays, { maximumFractionDigits: 1 })}</dd>
          </dl>
          <DataTable label={t("outcomes")} caption={t("outcomes")} columns={[{ label: t("outcomes") }, { label: t("answered"), align: "end" }]}>
            {(["GIVEN", "PARTIAL", "REFUSED"] as const).map((o) => (
              <tr key={o} className="border-b border-divider"><td className="p-2">{to(o)}</td><td className="p-2 text-end">{format.number(s.outcomes[o])}</td></tr>
            ))}
          </DataTable>
          <h3 className="text-lg">{t("grounds")}</h3>
          {Object.keys(s.grounds).length === 0 ? (
            <p>{t("noGrounds")}</p>
          ) : (
            <ul className="list-disc space-y-1 ps-6">
              {REFUSAL_GROUNDS.filter((g) => s.grounds[g]).map((g) => (
                <li key={g}>{tg(g)}: {format.number(s.grounds[g] ?? 0)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
