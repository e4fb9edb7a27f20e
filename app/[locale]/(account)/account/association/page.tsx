import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssociationDocuments } from "@/components/associations/documents";
import { associationErrorMessages } from "@/components/associations/error-messages";
import { AssociationStatusPill } from "@/components/associations/status";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { registerAssociationAction } from "@/lib/associations/actions";
import { getMyAssociation } from "@/lib/associations/queries";
import { ASSOCIATION_DOCUMENT_KINDS } from "@/lib/associations/schemas";
import { pageUser } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/association">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Associations" });
  return { title: t("title") };
}

const day = (value: Date) => value.toISOString().slice(0, 10);

/** The person registers the association they represent, follows its verification, and corrects a refused one. */
export default async function MyAssociationPage({ params, searchParams }: PageProps<"/[locale]/account/association">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/association");
  const [t, format, errorMessages, association] = await Promise.all([getTranslations("Associations"), getFormatter(), associationErrorMessages(), getMyAssociation()]);
  const done = (await searchParams).done;
  const items: FormItem[] = [
    { kind: "text", name: "name", label: t("form.name"), required: true, maxLength: 200 },
    { kind: "row", fields: [
      { kind: "text", name: "receiptNumber", label: t("form.receiptNumber"), required: true, maxLength: 60, dir: "ltr" },
      { kind: "text", name: "receiptDate", label: t("form.receiptDate"), required: true, maxLength: 10, dir: "ltr", inputMode: "numeric" },
    ] },
    { kind: "text", name: "foundedOn", label: t("form.foundedOn"), required: true, maxLength: 10, dir: "ltr", inputMode: "numeric", short: true },
    { kind: "text", name: "seatAddress", label: t("form.seatAddress"), required: true, maxLength: 300 },
    { kind: "checkbox", name: "hasBranchInCommune", label: t("form.hasBranchInCommune") },
    { kind: "textarea", name: "domain", label: t("form.domain"), required: true, maxLength: 300, rows: 3 },
    ...ASSOCIATION_DOCUMENT_KINDS.map((kind) => ({ kind: "file" as const, name: `file_${kind}`, label: t(`form.file_${kind}`), hint: t("form.filesHint"), accept: PHOTO_OR_PDF_ACCEPT, required: !association })),
  ];
  const defaults: Record<string, string> = association
    ? {
        name: association.name, receiptNumber: association.receiptNumber, receiptDate: day(association.receiptDate), foundedOn: day(association.foundedOn),
        seatAddress: association.seatAddress, hasBranchInCommune: association.hasBranchInCommune ? "on" : "", domain: association.domain,
      }
    : {};
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      {done === "sent" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("sent")}</p>}
      <p>{t("intro")}</p>
      {association && (
        <section aria-labelledby="my-association" className="space-y-3 rounded-card border border-divider bg-surface p-5">
          <h2 id="my-association" className="flex flex-wrap items-center gap-2 text-2xl">
            <span dir="auto">{association.name}</span> <AssociationStatusPill status={association.status} />
          </h2>
          {association.status === "PENDING" && association.submittedAt && <p>{t("pendingText", { date: format.dateTime(association.submittedAt, "long") })}</p>}
          {association.status === "VERIFIED" && <p>{t("verifiedText", { date: format.dateTime(association.verifiedAt!, "long") })}</p>}
          {association.status === "REFUSED" && (
            <>
              <p className="font-bold text-danger">{t("refusedText", { date: format.dateTime(association.refusedAt!, "long"), reason: association.refusalReason ?? "" })}</p>
              <p>{t("refusedHelp")}</p>
            </>
          )}
          {association.documents.length > 0 && <AssociationDocuments documents={association.documents} />}
        </section>
      )}
      {association?.status !== "VERIFIED" && (
        <ProgrammeForm
          action={registerAssociationAction}
          idPrefix="association"
          items={items}
          defaults={defaults}
          submitLabel={t(association ? "form.resubmit" : "form.submit")}
          errorMessages={errorMessages}
        />
      )}
    </div>
  );
}
