import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrintSheet } from "@/components/programme/print-sheet";
import { pageUser } from "@/lib/auth/page-guards";
import { getCommune } from "@/lib/commune/queries";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { getReceipt } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";

type Props = PageProps<"/[locale]/petitions/[id]/receipt">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("receipt.title"), robots: { index: false } };
}

/** The receipt issued at filing (art. 125): reference, date and time, deadline; printable. Its owner and the bureau only. */
export default async function ReceiptPage({ params }: Props) {
  const locale = await pageLocale(params);
  const raw = (await params).id;
  await pageUser(locale, `/petitions/${raw}/receipt`);
  const id = idFromSegment(raw);
  const [t, format, commune, receipt] = await Promise.all([getTranslations("Petitions"), getFormatter(), getCommune(), id ? getReceipt(id) : null]);
  if (!receipt) notFound();
  const path = `/petitions/${receipt.id}`;
  return (
    <PrintSheet locale={locale} path={path} backHref={path}>
      <article aria-labelledby="receipt-title" className="space-y-4">
        <h1 id="receipt-title" className="text-2xl">{t("receipt.title")}</h1>
        <p>{t("receipt.intro", { commune: commune ? localized(locale, commune.nameAr, commune.nameFr) : "" })}</p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("receipt.reference")}</dt>
          <dd dir="ltr" className="text-start font-bold" data-testid="receipt-reference">{receipt.reference}</dd>
          <dt className="font-bold">{t("receipt.filedAt")}</dt>
          <dd>{format.dateTime(receipt.filedAt!, "withTime")}</dd>
          <dt className="font-bold">{t("receipt.subject")}</dt>
          <dd dir="auto">{receipt.subject}</dd>
          <dt className="font-bold">{t("receipt.kind")}</dt>
          <dd>{t(`kind.${receipt.kind}`)}</dd>
          <dt className="font-bold">{t("receipt.petitioner")}</dt>
          <dd dir="auto">{receipt.association ? `${receipt.owner.name} — ${receipt.association.name}` : receipt.owner.name}</dd>
          {receipt.kind === "CITIZENS" && (
            <>
              <dt className="font-bold">{t("receipt.signatures")}</dt>
              <dd>{format.number(receipt._count.signatures)}</dd>
            </>
          )}
          <dt className="font-bold">{t("receipt.due")}</dt>
          <dd>{receipt.answerDueOn ? format.dateTime(receipt.answerDueOn, "long") : "—"}</dd>
        </dl>
        <p className="no-print">{t("receipt.print")}</p>
      </article>
    </PrintSheet>
  );
}
