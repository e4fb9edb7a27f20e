import { getTranslations } from "next-intl/server";
import type { AssociationDocumentKind } from "@/lib/associations/schemas";

/** Links to an association's registration papers (served only to its representative and to staff who verify). */
export async function AssociationDocuments({ documents }: { documents: { id: number; kind: AssociationDocumentKind }[] }) {
  const t = await getTranslations("Associations");
  return (
    <section aria-labelledby="association-documents" className="space-y-2">
      <h2 id="association-documents" className="text-xl">{t("documents")}</h2>
      <ul className="list-disc space-y-1 ps-6">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={`/api/files/association-documents/${d.id}`} target="_blank" rel="noopener">{t("openDocument", { kind: t(`kind.${d.kind}`) })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
