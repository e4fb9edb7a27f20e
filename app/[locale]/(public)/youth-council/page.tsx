import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { RichText } from "@/components/ui/rich-text";
import { DataTable } from "@/components/ui/data-table";
import { YouthProposalView } from "@/components/youth/proposal-view";
import { pageLocale } from "@/lib/i18n/page";
import { getPublicYouthCouncil } from "@/lib/youth/queries";
import { YOUTH_COUNCIL_AGES } from "@/lib/youth/rules";

export async function generateMetadata({ params }: PageProps<"/[locale]/youth-council">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Youth" });
  return shareMetadata(locale, "/youth-council", { title: t("title"), description: t("intro"), type: "website" });
}

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

/** The youth and childhood council's public page: composition (figures, and names only as consented), activities, proposals and the council's answers. */
export default async function YouthCouncilPage({ params }: PageProps<"/[locale]/youth-council">) {
  const locale = await pageLocale(params);
  const [t, format, council] = await Promise.all([getTranslations("Youth"), getFormatter(), getPublicYouthCouncil()]);
  const bands = ["CHILD", "YOUTH"] as const;
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </header>

      <section aria-labelledby="youth-composition" className="space-y-3">
        <h2 id="youth-composition" className="text-2xl">{t("composition.title")}</h2>
        <p>{t("composition.bands", { min: YOUTH_COUNCIL_AGES.min, minorMax: YOUTH_COUNCIL_AGES.majority - 1, majority: YOUTH_COUNCIL_AGES.majority, max: YOUTH_COUNCIL_AGES.max })}</p>
        <DataTable label={t("composition.title")} columns={[{ label: t("composition.band") }, { label: t("composition.girls") }, { label: t("composition.boys") }, { label: t("composition.total") }]}>
          {bands.map((band) => (
            <tr key={band} className="border-b border-divider">
              <th scope="row" className="p-2 text-start">{t(`composition.${band}`)}</th>
              <td className="p-2">{format.number(council.counts[band].WOMAN)}</td>
              <td className="p-2">{format.number(council.counts[band].MAN)}</td>
              <td className="p-2 font-bold">{format.number(council.counts[band].WOMAN + council.counts[band].MAN)}</td>
            </tr>
          ))}
        </DataTable>
        <h3 className="text-xl">{t("composition.listedTitle")}</h3>
        {council.listed.length === 0 ? <p>{t("composition.none")}</p> : (
          <ul className="flex flex-wrap gap-2">
            {council.listed.map((m, i) => (
              <li key={i} className="rounded-md border border-divider bg-surface px-3 py-2" dir="auto">{m.name} <span className="text-sm text-muted">({t(`composition.${m.band}`)})</span></li>
            ))}
          </ul>
        )}
        <p className="text-sm text-muted">{t("composition.privacy")}</p>
      </section>

      <section aria-labelledby="youth-meetings" className="space-y-3">
        <h2 id="youth-meetings" className="text-2xl">{t("meetings.title")}</h2>
        {council.meetings.length === 0 ? <p>{t("meetings.none")}</p> : (
          <ul className="space-y-3">
            {council.meetings.map((m) => (
              <li key={m.id} className="space-y-1 rounded-card border border-divider bg-surface p-4">
                <h3 className="text-lg font-bold" dir="auto">{m.topic}</h3>
                <p className="text-sm">{t("meetings.heldOn", { date: format.dateTime(m.heldOn, DAY), place: m.place })}</p>
                {m.minutes && (
                  <details>
                    <summary className="min-h-12 cursor-pointer py-2 font-bold">{t("meetings.minutes")}</summary>
                    <RichText text={m.minutes} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="youth-proposals" className="space-y-3">
        <h2 id="youth-proposals" className="text-2xl">{t("proposals.title")}</h2>
        {council.proposals.length === 0 ? <p>{t("proposals.none")}</p> : (
          <div className="space-y-4">
            {council.proposals.map((p) => <YouthProposalView key={p.id} proposal={p} />)}
          </div>
        )}
      </section>
      <ShareLinks locale={locale} path="/youth-council" title={t("title")} />
    </div>
  );
}
