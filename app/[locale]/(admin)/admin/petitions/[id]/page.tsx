import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PetitionStatusBadge } from "@/components/petitions/badges";
import { petitionErrorMessages } from "@/components/petitions/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { DataTable } from "@/components/ui/data-table";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { addPaperSignatureAction, decidePetitionAction, invalidateSignatureAction, recordCouncilDecisionAction, startReviewAction } from "@/lib/petitions/actions";
import { getPetitionForReview } from "@/lib/petitions/queries";
import { fromDateColumn, isAnswerLate } from "@/lib/petitions/rules";
import { idFromSegment, SIGNATURE_BASES } from "@/lib/petitions/schemas";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

type Props = PageProps<"/[locale]/admin/petitions/[id]">;

const FLASHES = ["review", "invalidated", "accepted", "rejected", "council"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("links.review") };
}

/**
 * The bureau's review (arts. 121–125): the checklist, every signatory with the CIN in full (the
 * one page where it is shown), invalid signatures with a reason, paper entry while collecting,
 * and the reasoned decision.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const raw = (await params).id;
  await pageUserWith("petitions.review", locale, `/admin/petitions/${raw}`);
  const id = idFromSegment(raw);
  const [t, format, errorMessages, petition] = await Promise.all([getTranslations("Petitions"), getFormatter(), petitionErrorMessages(), id ? getPetitionForReview(id) : null]);
  if (!petition) notFound();
  const done = (await searchParams).done;
  const flash = FLASHES.find((f) => f === done);
  const hidden = { petitionId: String(petition.id) };
  const yesNo = (value: boolean) => (value ? t("admin.yes") : t("admin.no"));
  const late = petition.answerDueOn && !petition.decidedAt && isAnswerLate(fromDateColumn(petition.answerDueOn), new Date());
  const valid = petition.signatures.filter((s) => !s.invalidatedAt);
  return (
    <div className="max-w-5xl space-y-8">
      {flash && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`admin.flash.${flash}`)}</p>}
      <header className="space-y-2">
        <h1 className="text-3xl" dir="auto">{petition.subject}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <PetitionStatusBadge status={petition.status} />
          <span>{t(`kind.${petition.kind}`)}</span>
          {petition.reference && <span dir="ltr">{petition.reference}</span>}
          <Link href={`/petitions/${petition.id}`}>{t("links.register")}</Link>
        </p>
        {petition.answerDueOn && !petition.decidedAt && (
          <p className={`rounded-md border-s-4 p-3 ${late ? "border-danger bg-danger-soft font-bold" : "border-accent bg-warning-soft"}`}>
            {late ? t("page.overdue", { date: format.dateTime(petition.answerDueOn, "long") }) : t("page.dueText", { date: format.dateTime(petition.answerDueOn, "long") })}
          </p>
        )}
        <p><strong>{t("admin.owner")}: </strong><span dir="auto">{petition.owner.name}</span> — <span dir="ltr">{petition.owner.email}</span></p>
      </header>

      <section aria-labelledby="texts" className="space-y-2">
        <h2 id="texts" className="text-2xl">{t("page.facts")}</h2>
        <h3 className="text-lg">{t("page.reasons")}</h3>
        <p className="whitespace-pre-line" dir="auto">{petition.reasons}</p>
        <h3 className="text-lg">{t("page.objectives")}</h3>
        <p className="whitespace-pre-line" dir="auto">{petition.objectives}</p>
      </section>

      <section aria-labelledby="declarations" className="space-y-2">
        <h2 id="declarations" className="text-2xl">{t("admin.declarations")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t("form.declaredAdmissible")} — {yesNo(petition.declaredAdmissible)}</li>
          {petition.kind === "ASSOCIATION" && (
            <>
              <li>{t("form.declaredGoodStanding")} — {yesNo(petition.declaredGoodStanding)}</li>
              <li>{t("form.declaredRelatedActivity")} — {yesNo(petition.declaredRelatedActivity)}</li>
            </>
          )}
        </ul>
        {petition.association && (
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t("admin.association")}</dt>
            <dd dir="auto">{petition.association.name}</dd>
            <dt className="font-bold">{t("admin.founded")}</dt>
            <dd>{format.dateTime(petition.association.foundedOn, "long")}</dd>
            <dt className="font-bold">{t("admin.seat")}</dt>
            <dd dir="auto">{petition.association.seatAddress}</dd>
            <dt className="font-bold">{t("admin.verified")}</dt>
            <dd>{petition.association.verifiedAt ? format.dateTime(petition.association.verifiedAt, "long") : t("admin.notVerified")}</dd>
            <dt className="font-bold">{t("admin.attachments")}</dt>
            <dd>
              <ul>
                {petition.attachments.map((a) => (
                  <li key={a.id}><a href={`/api/files/petition-attachments/${a.id}`}>{t(`admin.attachmentKind.${a.kind}`)}</a></li>
                ))}
              </ul>
            </dd>
          </dl>
        )}
      </section>

      {petition.status === "FILED" && (
        <ProgrammeForm action={startReviewAction} items={[]} hidden={hidden} submitLabel={t("admin.startReview")} errorMessages={errorMessages} idPrefix="review" />
      )}

      {petition.status === "COLLECTING" && petition.kind === "CITIZENS" && (
        <section aria-labelledby="paper" className="space-y-3 rounded-card border border-divider bg-surface p-5">
          <h2 id="paper" className="text-2xl">{t("admin.paperTitle")}</h2>
          <p>{t("admin.paperIntro")}</p>
          <ProgrammeForm
            action={addPaperSignatureAction}
            idPrefix="paper"
            hidden={hidden}
            submitLabel={t("admin.paperSubmit")}
            successText={t("admin.paperAdded")}
            errorMessages={errorMessages}
            defaults={{ basis: "RESIDENT" }}
            items={[
              { kind: "text", name: "fullName", label: t("page.fullName"), required: true, maxLength: 120 },
              { kind: "text", name: "idNumber", label: t("page.idNumber"), hint: t("page.idNumberHint"), required: true, dir: "ltr", maxLength: 12, short: true },
              { kind: "text", name: "address", label: t("page.address"), required: true, maxLength: 300 },
              { kind: "radios", name: "basis", label: t("page.basisLabel"), required: true, options: SIGNATURE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) })) },
              { kind: "file", name: "idCopy", label: t("admin.paperIdCopy"), hint: t("admin.paperIdCopyHint"), accept: PHOTO_OR_PDF_ACCEPT },
            ]}
          />
        </section>
      )}

      {petition.kind === "CITIZENS" && (
        <section aria-labelledby="signatories" className="space-y-3">
          <h2 id="signatories" className="text-2xl">{t("admin.signatures")}</h2>
          <p className="font-bold" data-testid="valid-count">{t("admin.threshold", { valid: petition.validSignatures, threshold: petition.threshold })}</p>
          <p className="rounded-md border-s-4 border-accent bg-warning-soft p-3 text-sm">{t("admin.signaturesIntro")}</p>
          {petition.personalDataPurgedAt && <p role="note" className="rounded-md border border-divider p-3">{t("admin.anonymised", { date: format.dateTime(petition.personalDataPurgedAt, "long") })}</p>}
          <DataTable
            label={t("admin.signatures")}
            columns={[{ label: "#" }, { label: t("columns.name") }, { label: t("columns.idNumber") }, { label: t("columns.address") }, { label: t("columns.basis") }, { label: t("columns.channel") }, { label: t("columns.idCopy") }, { label: t("columns.validity") }]}
          >
            {petition.signatures.map((s) => (
              <tr key={s.id} className="border-b border-divider align-top">
                <td className="p-2">{s.id}</td>
                <td className="p-2" dir="auto">{s.idNumber === null ? t("admin.anonymisedCell") : s.fullName}</td>
                <td className="p-2"><span dir="ltr">{s.idNumber}</span></td>
                <td className="p-2" dir="auto">{s.address}</td>
                <td className="p-2">{t(`basis.${s.basis}`)}</td>
                <td className="p-2">{t(`channel.${s.channel}`)}</td>
                <td className="p-2">
                  {s.hasIdCopy ? (
                    <a href={`/api/files/petition-id-copies/${s.id}`} target="_blank" rel="noopener">{t("admin.idCopyView", { id: s.id })}</a>
                  ) : (
                    <span className="font-bold text-danger">{t("admin.idCopyMissing")}</span>
                  )}
                </td>
                <td className={`p-2 ${s.invalidatedAt ? "font-bold text-danger" : "text-success"}`}>{s.invalidatedAt ? t("admin.invalid", { reason: s.invalidReason ?? "" }) : t("admin.valid")}</td>
              </tr>
            ))}
          </DataTable>
          {petition.status === "UNDER_REVIEW" && valid.length > 0 && (
            <ProgrammeForm
              action={invalidateSignatureAction}
              idPrefix="invalidate"
              label={t("admin.invalidate")}
              hidden={hidden}
              submitLabel={t("admin.invalidate")}
              errorMessages={errorMessages}
              items={[
                { kind: "select", name: "signatureId", label: t("admin.signatures"), required: true, options: valid.map((s) => ({ value: String(s.id), label: `#${s.id} — ${s.fullName}` })) },
                { kind: "text", name: "reason", label: t("admin.invalidReason"), required: true, maxLength: 500 },
              ]}
            />
          )}
        </section>
      )}

      {petition.status === "UNDER_REVIEW" && (
        <section aria-labelledby="decision" className="space-y-3 rounded-card border-2 border-brand p-5">
          <h2 id="decision" className="text-2xl">{t("admin.decision")}</h2>
          <ProgrammeForm
            action={decidePetitionAction}
            idPrefix="decision"
            hidden={hidden}
            submitLabel={t("admin.decisionSubmit")}
            errorMessages={errorMessages}
            items={[
              { kind: "heading", text: t("admin.checklist") },
              { kind: "checkbox", name: "checkCompetence", label: t("admin.checkCompetence") },
              { kind: "checkbox", name: "checkConstants", label: t("admin.checkConstants") },
              ...(petition.kind === "ASSOCIATION" ? [{ kind: "checkbox" as const, name: "checkAssociation", label: t("admin.checkAssociation") }] : []),
              { kind: "radios", name: "decision", label: t("admin.decision"), required: true, options: [{ value: "ACCEPTED", label: t("admin.accept") }, { value: "REJECTED", label: t("admin.reject") }] },
              { kind: "textarea", name: "reasons", label: t("admin.decisionReasons"), hint: t("admin.decisionReasonsHint"), required: true, maxLength: 4000, rows: 5 },
              { kind: "text", name: "referredCommittee", label: t("admin.committee"), maxLength: 200 },
            ]}
          />
        </section>
      )}

      {petition.decisionReasons && (
        <section aria-labelledby="decided" className="space-y-2">
          <h2 id="decided" className="text-2xl">{t("page.decision")}</h2>
          <p className="whitespace-pre-line" dir="auto">{petition.decisionReasons}</p>
          {petition.agendaItem && <p><Link href={`/sessions/${petition.agendaItem.session.id}`}>{t("page.agenda")}</Link></p>}
        </section>
      )}

      {petition.status === "ACCEPTED" && petition.agendaItem && (
        <section aria-labelledby="council" className="space-y-3 rounded-card border border-divider bg-surface p-5">
          <h2 id="council" className="text-2xl">{t("admin.councilTitle")}</h2>
          {petition.agendaItem.decisionText && <p dir="auto">{t("page.councilDecision", { decision: petition.agendaItem.decisionText })}</p>}
          <ProgrammeForm
            action={recordCouncilDecisionAction}
            idPrefix="council"
            hidden={hidden}
            submitLabel={t("admin.councilSubmit")}
            errorMessages={errorMessages}
            defaults={{ decision: petition.agendaItem.decisionText ?? "" }}
            items={[{ kind: "textarea", name: "decision", label: t("admin.councilDecision"), hint: t("admin.councilHint"), required: true, maxLength: 4000, rows: 4 }]}
          />
        </section>
      )}
    </div>
  );
}
