import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssociationDocuments } from "@/components/associations/documents";
import { associationErrorMessages } from "@/components/associations/error-messages";
import { AssociationStatusPill } from "@/components/associations/status";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { decideAssociationAction } from "@/lib/associations/actions";
import { getAssociationForStaff } from "@/lib/associations/queries";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { idFromSegment } from "@/lib/petitions/schemas";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/associations/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Associations" });
  return { title: t("admin.title") };
}

/** Staff read an association's registration and papers, and verify it or refuse it with a reason. */
export default async function AdminAssociationPage({ params, searchParams }: PageProps<"/[locale]/admin/associations/[id]">) {
  const locale = await pageLocale(params);
  const { id: segment } = await params;
  await pageUserWith("associations.verify", locale, `/admin/associations/${segment}`);
  const id = idFromSegment(segment);
  const [t, format, errorMessages, association] = await Promise.all([getTranslations("Associations"), getFormatter(), associationErrorMessages(), id ? getAssociationForStaff(id) : null]);
  if (!association) notFound();
  const done = (await searchParams).done;
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/associations">{t("admin.back")}</Link></p>
      <h1 className="flex flex-wrap items-center gap-2 text-3xl">
        <span dir="auto">{association.name}</span> <AssociationStatusPill status={association.status} />
      </h1>
      {done === "decided" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("admin.decided")}</p>}
      <ul className="space-y-1">
        {association.representative && <li>{t("admin.representative", { name: association.representative.name, email: association.representative.email })}</li>}
        <li>{t("admin.receipt", { number: association.receiptNumber, date: format.dateTime(association.receiptDate, "long") })}</li>
        <li>{t("admin.founded", { date: format.dateTime(association.foundedOn, "long") })}</li>
        <li>{t("admin.seat", { address: association.seatAddress })}</li>
        <li>{t("admin.branch", { answer: t(association.hasBranchInCommune ? "admin.yes" : "admin.no") })}</li>
        <li>{t("admin.domain", { domain: association.domain })}</li>
      </ul>
      {association.status === "REFUSED" && <p className="font-bold text-danger">{t("refusedText", { date: format.dateTime(association.refusedAt!, "long"), reason: association.refusalReason ?? "" })}</p>}
      {association.documents.length > 0 && <AssociationDocuments documents={association.documents} />}
      {association.status === "PENDING" && association.submittedAt && (
        <section aria-labelledby="decision" className="space-y-3 rounded-card border-2 border-brand p-5">
          <h2 id="decision" className="text-2xl">{t("admin.decision")}</h2>
          <ProgrammeForm
            action={decideAssociationAction}
            idPrefix="association-decision"
            hidden={{ associationId: String(association.id) }}
            items={[
              { kind: "radios", name: "decision", label: t("admin.decision"), required: true, options: [{ value: "VERIFY", label: t("admin.verify") }, { value: "REFUSE", label: t("admin.refuse") }] },
              { kind: "textarea", name: "reason", label: t("admin.reason"), maxLength: 1000, rows: 3 },
            ]}
            submitLabel={t("admin.decide")}
            errorMessages={errorMessages}
          />
        </section>
      )}
    </div>
  );
}
