import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { addCommitteeDocumentAction, removeCommitteeDocumentAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { listCommitteeDocuments } from "@/lib/equality/queries";
import { COMMITTEE_DOCUMENT_KINDS } from "@/lib/equality/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace/library">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.library" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The committee's shared library: every member reads and adds; the uploader or the chair removes. */
export default async function CommitteeLibraryPage({ params, searchParams }: PageProps<"/[locale]/equality/workspace/library">) {
  const locale = await pageLocale(params);
  await workspacePage(locale, "/equality/workspace/library");
  const [t, tm, format, documents, errorMessages] = await Promise.all([
    getTranslations("Equality.library"),
    getTranslations("Equality.meetings"),
    getFormatter(),
    listCommitteeDocuments(),
    equalityErrorMessages(),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="no-print"><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <DoneBanner done={(await searchParams).done} known={["added", "removed"]} text={(done) => t(`done.${done as "added" | "removed"}`)} />
      {documents.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {documents.map((document) => (
            <li key={document.id} className="space-y-2 rounded-card border border-divider bg-surface p-4">
              <p className="text-sm font-bold text-muted">{t(`kinds.${document.kind}`)}</p>
              <h2 className="text-xl" dir="auto">
                <a href={`/api/files/committee-documents/${document.id}`} aria-label={t("open", { title: document.title })}>{document.title}</a>
              </h2>
              {document.description && <p dir="auto">{document.description}</p>}
              <p className="text-sm text-muted">
                {t("addedBy", { name: document.uploadedBy?.name ?? "—", date: format.dateTime(document.createdAt, "long") })} · {document.mimeType === "application/pdf" ? "PDF" : "JPEG"} · {t("size", { size: format.number(Math.max(1, Math.round(document.bytes / 1024))) })}
              </p>
              {document.removable && (
                <div className="no-print">
                  <ProgrammeForm action={removeCommitteeDocumentAction} idPrefix={`library-remove-${document.id}`} label={t("remove", { title: document.title })} items={[]} hidden={{ documentId: String(document.id) }} submitLabel={t("remove", { title: document.title })} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="library-add" className="no-print space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="library-add" className="text-xl">{t("add")}</h2>
        <ProgrammeForm
          action={addCommitteeDocumentAction}
          idPrefix="library"
          items={[
            { kind: "text", name: "title", label: t("docTitle"), required: true, maxLength: 200, dir: "auto" },
            { kind: "select", name: "kind", label: t("kind"), required: true, options: COMMITTEE_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })) },
            { kind: "textarea", name: "description", label: t("description"), maxLength: 1000, rows: 3 },
            { kind: "file", name: "file", label: t("file"), hint: t("fileHint"), accept: PHOTO_OR_PDF_ACCEPT, required: true },
          ]}
          defaults={{ kind: "DRAFT" }}
          submitLabel={t("submit")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
