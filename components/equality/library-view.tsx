// A committee's library: its files (open, remove for the uploader or whoever manages it) and the
// form that adds one. The equality committee's workspace and the internal-audit committee's space
// (its working papers) show it alike.
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { addCommitteeDocumentAction, removeCommitteeDocumentAction } from "@/lib/equality/actions";
import { listCommitteeDocuments } from "@/lib/equality/queries";
import { COMMITTEE_DOCUMENT_KINDS, type LibrarySpace } from "@/lib/equality/schemas";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";
import { DoneBanner } from "./done-banner";
import { equalityErrorMessages } from "./error-messages";

export async function LibraryView({ space, done }: { space: LibrarySpace; done: unknown }) {
  const [t, format, documents, errorMessages] = await Promise.all([getTranslations("Equality.library"), getFormatter(), listCommitteeDocuments(space), equalityErrorMessages()]);
  return (
    <>
      <DoneBanner done={done} known={["added", "removed"]} text={(key) => t(`done.${key as "added" | "removed"}`)} />
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
          hidden={{ space }}
          defaults={{ kind: "DRAFT" }}
          submitLabel={t("submit")}
          errorMessages={errorMessages}
        />
      </section>
    </>
  );
}
