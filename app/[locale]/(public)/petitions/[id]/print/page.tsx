import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { QrCode } from "@/components/ui/qr-code";
import { PrintSheet } from "@/components/programme/print-sheet";
import { getCommune } from "@/lib/commune/queries";
import { env } from "@/lib/env";
import { pageLocale } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { getPrintablePetition } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";
import "@/components/petitions/print.css";

type Props = PageProps<"/[locale]/petitions/[id]/print">;

/** Sheets printed with the form; people print more copies of the last one as needed. */
const SHEETS = 3;
const ROWS_PER_SHEET = 15;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("links.print"), robots: { index: false } };
}

/** The petition in the decree's model, then signature sheets with the date and subject atop each page and a QR code to the petition's page. */
export default async function PetitionPrintPage({ params }: Props) {
  const locale = await pageLocale(params);
  const id = idFromSegment((await params).id);
  const [t, format, commune, petition] = await Promise.all([getTranslations("Petitions"), getFormatter(), getCommune(), id ? getPrintablePetition(id) : null]);
  if (!petition) notFound();
  const path = `/petitions/${petition.id}`;
  const url = `${env().PUBLIC_URL}${localizedPath(locale, path)}`;
  const communeName = commune ? localized(locale, commune.nameAr, commune.nameFr) : "";
  const date = petition.filedAt ? format.dateTime(petition.filedAt, "long") : t("print.dateBlank");
  const topOfPage = (
    <div className="flex flex-wrap items-start justify-between gap-4 border-b border-ink pb-2">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
        <dt className="font-bold">{t("print.date")}</dt>
        <dd>{date}</dd>
        <dt className="font-bold">{t("print.subject")}</dt>
        <dd dir="auto">{petition.subject}</dd>
      </dl>
      <QrCode value={url} label={t("print.qr")} size={96} />
    </div>
  );
  const columns = ["#", t("columns.name"), t("columns.idNumber"), t("columns.address"), t("columns.signature")];
  return (
    <PrintSheet locale={locale} path={path} backHref={path}>
      <article className="space-y-6" aria-labelledby="form-title">
        {topOfPage}
        <h1 id="form-title" className="text-2xl">{t("print.title", { commune: communeName })}</h1>
        {petition.reference && <p dir="ltr" className="text-end">{petition.reference}</p>}
        <p><strong>{t("columns.kind")}: </strong>{t(`kind.${petition.kind}`)}{petition.association && <> — <span dir="auto">{petition.association.name}</span></>}</p>
        <h2 className="text-xl">{t("page.reasons")}</h2>
        <p className="whitespace-pre-line" dir="auto">{petition.reasons}</p>
        <h2 className="text-xl">{t("page.objectives")}</h2>
        <p className="whitespace-pre-line" dir="auto">{petition.objectives}</p>
        <h2 className="text-xl">{t("print.petitioners")}</h2>
        <p>{t("print.instructions")}</p>
      </article>
      {Array.from({ length: petition.kind === "CITIZENS" ? SHEETS : 0 }, (_, sheet) => (
        <section key={sheet} className="signature-sheet space-y-3" aria-labelledby={`sheet-${sheet}`}>
          {topOfPage}
          <h2 id={`sheet-${sheet}`} className="text-xl">{t("print.sheetTitle")} — {t("print.sheetPage", { n: sheet + 1 })}</h2>
          {/* On a phone the sheet scrolls on its own, not the page (WCAG 1.4.10); on paper it is whole. */}
          <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-labelledby={`sheet-${sheet}`}>
            <table className="w-full border-collapse border border-ink text-start">
              <thead>
                <tr>{columns.map((c) => <th key={c} scope="col" className="border border-ink p-1 text-start">{c}</th>)}</tr>
              </thead>
              <tbody>
                {Array.from({ length: ROWS_PER_SHEET }, (_, row) => (
                  <tr key={row}>
                    <td className="w-8 border border-ink p-1 text-center">{sheet * ROWS_PER_SHEET + row + 1}</td>
                    <td className="border border-ink p-1" />
                    <td className="w-32 border border-ink p-1" />
                    <td className="border border-ink p-1" />
                    <td className="w-32 border border-ink p-1" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </PrintSheet>
  );
}
