import { getTranslations } from "next-intl/server";
import { DocumentCard } from "@/components/documents/library";
import { listPublishedDocuments } from "@/lib/documents/queries";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";

/** How many of the programme's documents the overview shows; the library lists them all. */
const SHOWN = 6;

/**
 * The programme's documents (the adopted programme, its annual evaluation summaries…) as the
 * library publishes them under "action programme" (law 31.13 art. 10; decree 2.16.301 art. 15).
 */
export async function ProgrammeDocuments({ locale }: { locale: Locale }) {
  const [t, { total, documents }] = await Promise.all([
    getTranslations("Programme"),
    listPublishedDocuments({ category: "ACTION_PROGRAMME", page: 1 }),
  ]);
  return (
    <section aria-labelledby="programme-documents" className="space-y-3">
      <h2 id="programme-documents" className="text-2xl">{t("overview.documentsTitle")}</h2>
      {documents.length === 0 ? (
        <p>{t("overview.noDocuments")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {documents.slice(0, SHOWN).map((document) => (
            <li key={document.id}>
              <DocumentCard document={document} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={{ pathname: "/information", query: { category: "ACTION_PROGRAMME" } }}>{t("overview.allDocuments", { count: total })}</Link>
      </p>
    </section>
  );
}
