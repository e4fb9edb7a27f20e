import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getPublishedDocument } from "@/lib/documents/queries";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/rules";
import { LANGUAGES } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

async function load(id: string) {
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const document = await getPublishedDocument(Number(id));
  if (!document) notFound();
  return document;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/information/documents/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const document = await load((await params).id);
  return shareMetadata(locale, `/information/documents/${document.id}`, { title: localized(locale, document.titleAr, document.titleFr), description: localized(locale, document.summaryAr, document.summaryFr) });
}

export default async function DocumentPage({ params }: PageProps<"/[locale]/information/documents/[id]">) {
  const locale = await pageLocale(params);
  const document = await load((await params).id);
  const [t, format] = await Promise.all([getTranslations("Documents"), getFormatter()]);
  const basis = DOCUMENT_CATEGORIES.find((c) => c.value === document.category)?.basis[LANGUAGES[locale]];
  const kb = (bytes: number) => format.number(Math.max(1, Math.ceil(bytes / 1024)));
  return (
    <article className="max-w-3xl space-y-6">
      <p className="no-print"><Link href="/information">{t("backToLibrary")}</Link></p>
      <header className="space-y-2">
        <p className="font-bold text-brand-dark">{t(`categories.${document.category}`)}</p>
        <h1 className="text-3xl">{localized(locale, document.titleAr, document.titleFr)}</h1>
      </header>
      <p className="whitespace-pre-line text-lg" data-testid="document-summary">{localized(locale, document.summaryAr, document.summaryFr)}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("documentDate")}</dt>
        <dd>{format.dateTime(document.documentDate, "long")}</dd>
        {document.periodFrom && document.periodTo && (
          <>
            <dt className="font-bold">{t("period")}</dt>
            <dd>{t("periodRange", { from: format.dateTime(document.periodFrom, "long"), to: format.dateTime(document.periodTo, "long") })}</dd>
          </>
        )}
        <dt className="font-bold">{t("source")}</dt>
        <dd>{localized(locale, document.sourceServiceAr, document.sourceServiceFr)}</dd>
        {document.publishedAt && (
          <>
            <dt className="font-bold">{t("publishedLabel")}</dt>
            <dd>{format.dateTime(document.publishedAt, "long")}</dd>
          </>
        )}
        {basis && (
          <>
            <dt className="font-bold">{t("basis")}</dt>
            <dd>{basis}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="document-versions" className="space-y-3">
        <h2 id="document-versions" className="text-xl">{t("versions")}</h2>
        <ul className="space-y-3">
          {document.versions.map((version, index) => (
            <li key={version.id} className="rounded-card border border-divider bg-surface p-4">
              <p className="font-bold">
                {t("version", { number: version.number })} — {index === 0 ? t("current") : t("superseded")}
              </p>
              <p>
                <a href={`/api/files/documents/${version.id}`} className="inline-flex min-h-12 items-center" download>
                  {t("download", { format: version.format, size: kb(version.bytes) })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-muted">{t("reuse")}</p>
      <ShareLinks locale={locale} path={`/information/documents/${document.id}`} title={localized(locale, document.titleAr, document.titleFr)} />
    </article>
  );
}
