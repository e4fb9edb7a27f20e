import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { documentErrorMessages, documentFieldItems, fileItem } from "@/components/documents/admin-forms";
import { FormSection } from "@/components/ui/form-section";
import { DoneMessage } from "@/app/[locale]/(admin)/admin/programme/_components/project-header";
import { pageUserWith } from "@/lib/auth/page-guards";
import { publishDocumentAction, replaceDocumentFileAction, unpublishDocumentAction, updateDocumentAction } from "@/lib/documents/actions";
import { getDocumentForStaff } from "@/lib/documents/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

const DONE = ["created", "saved", "replaced", "published", "unpublished"] as const;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

async function load(id: string) {
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const document = await getDocumentForStaff(Number(id));
  if (!document) notFound();
  return document;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/documents/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  await pageUserWith("documents.publish", locale, `/admin/documents/${(await params).id}`);
  const document = await load((await params).id);
  return { title: localized(locale, document.titleAr, document.titleFr) };
}

export default async function AdminDocumentPage({ params, searchParams }: PageProps<"/[locale]/admin/documents/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("documents.publish", locale, `/admin/documents/${id}`);
  const document = await load(id);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const [t, tc, format, fields, file, errorMessages] = await Promise.all([
    getTranslations("Documents.admin"),
    getTranslations("Documents.categories"),
    getFormatter(),
    documentFieldItems({ withFile: false }),
    fileItem(),
    documentErrorMessages(),
  ]);
  const hidden = { documentId: String(document.id) };
  return (
    <div className="max-w-5xl space-y-8">
      <p><Link href="/admin/documents">{t("backToList")}</Link></p>
      <header className="space-y-2">
        <p className="font-bold text-brand-dark">{tc(document.category)}</p>
        <h1 className="text-3xl">{localized(locale, document.titleAr, document.titleFr)}</h1>
        <p data-testid="document-status">
          <strong>{t(`status.${document.status}`)}</strong>
          {document.status === "PUBLISHED" && document.publishedAt && <> — {t("publishedOn", { date: format.dateTime(document.publishedAt, "withTime") })}</>}
        </p>
        {document.privacyCheckedBy && document.privacyCheckedAt && (
          <p>{t("checkedBy", { name: document.privacyCheckedBy.name, date: format.dateTime(document.privacyCheckedAt, "withTime") })}</p>
        )}
        {document.status === "UNPUBLISHED" && document.unpublishedAt && (
          <p className="rounded-md bg-danger-soft p-3">{t("unpublishedBecause", { date: format.dateTime(document.unpublishedAt, "long"), reason: document.unpublishReason ?? "" })}</p>
        )}
        {document.status === "PUBLISHED" && <p><Link href={`/information/documents/${document.id}`}>{t("viewPublic")}</Link></p>}
      </header>
      <DoneMessage text={done ? t(`done.${done}`) : null} />

      {document.status !== "PUBLISHED" ? (
        <FormSection framed id="publish" title={t("publishTitle")} action={publishDocumentAction} hidden={hidden} errorMessages={errorMessages} submitLabel={t("publish")}
          items={[{ kind: "checkbox", name: "privacyChecked", label: t("privacyCheck"), required: true }]} />
      ) : (
        <FormSection framed id="unpublish" title={t("unpublishTitle")} action={unpublishDocumentAction} hidden={hidden} errorMessages={errorMessages} submitLabel={t("unpublish")}
          items={[{ kind: "textarea", name: "reason", label: t("reason"), hint: t("reasonHint"), required: true, maxLength: 1000, rows: 3 }]} />
      )}

      <FormSection id="replace" title={t("replaceTitle")} action={replaceDocumentFileAction} hidden={hidden} errorMessages={errorMessages} submitLabel={t("replace")} items={[file]}>
        <ul className="space-y-2">
          {document.versions.map((version) => (
            <li key={version.id} className="rounded-md border border-divider p-3">
              <a href={`/api/files/documents/${version.id}`}>v{version.number} · {version.format}</a>
              {" — "}
              {t("uploadedBy", { name: version.uploadedBy.name, date: format.dateTime(version.uploadedAt, "withTime") })}
              {version.format === "PDF" && <> · {t("textFound", { count: version.extractedText.length })}</>}
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">{t("replaceHint")}</p>
      </FormSection>

      <FormSection id="edit" title={t("editTitle")} action={updateDocumentAction} hidden={hidden} errorMessages={errorMessages} submitLabel={t("save")} items={fields}
        defaults={{
          category: document.category, titleAr: document.titleAr, titleFr: document.titleFr, summaryAr: document.summaryAr, summaryFr: document.summaryFr,
          documentDate: day(document.documentDate), sourceServiceAr: document.sourceServiceAr, sourceServiceFr: document.sourceServiceFr,
          periodFrom: day(document.periodFrom), periodTo: day(document.periodTo),
        }} />
    </div>
  );
}
