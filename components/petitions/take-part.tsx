// Where people act on a petition's page: the mandataire's steps (open, file, receipt), signing
// online with the art. 123 declarations, withdrawing, following. Every form works without
// JavaScript; the CIN typed is never sent back into the page.
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { Link } from "@/lib/i18n/navigation";
import { filePetitionAction, followPetitionAction, openForSignaturesAction, signPetitionAction, withdrawSignatureAction } from "@/lib/petitions/actions";
import type { PublicPetition } from "@/lib/petitions/queries";
import { SIGNATURE_BASES } from "@/lib/petitions/schemas";
import { petitionErrorMessages } from "./error-messages";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";

const secondaryButton = "min-h-12 rounded-md border-2 border-brand bg-surface px-6 font-bold text-brand hover:bg-paper";

export async function OwnerSteps({ petition }: { petition: PublicPetition }) {
  const [t, errorMessages] = await Promise.all([getTranslations("Petitions"), petitionErrorMessages()]);
  const hidden = { petitionId: String(petition.id) };
  const canFileNow = petition.kind === "ASSOCIATION" ? petition.status === "DRAFT" : petition.status === "COLLECTING";
  return (
    <section aria-labelledby="owner-title" className="no-print space-y-4 rounded-card border-2 border-accent bg-surface p-5">
      <h2 id="owner-title" className="text-2xl">{t("page.ownerTitle")}</h2>
      {petition.status === "DRAFT" && petition.kind === "CITIZENS" && (
        <>
          <p>{t("page.draftNotice")}</p>
          <ProgrammeForm action={openForSignaturesAction} items={[]} hidden={hidden} submitLabel={t("page.open")} errorMessages={errorMessages} idPrefix="open" />
        </>
      )}
      {canFileNow && (
        <>
          <p>{t("page.fileHint")}</p>
          {petition.kind === "ASSOCIATION" ? <p>{t("page.fileAssociationHint")}</p> : petition.signatures < petition.threshold && <p>{t("page.belowThreshold", { threshold: petition.threshold })}</p>}
          <ProgrammeForm action={filePetitionAction} items={[]} hidden={hidden} submitLabel={t("page.file")} errorMessages={errorMessages} idPrefix="file" />
        </>
      )}
      {petition.reference && (
        <p><Link href={`/petitions/${petition.id}/receipt`} className="font-bold">{t("links.receipt")}</Link></p>
      )}
    </section>
  );
}

export async function SignSection({ petition }: { petition: PublicPetition }) {
  const [t, errorMessages] = await Promise.all([getTranslations("Petitions"), petitionErrorMessages()]);
  const back = `/petitions/${petition.id}`;
  const { viewer } = petition;
  const collecting = petition.status === "COLLECTING";
  let body: React.ReactNode;
  if (!collecting) body = <p>{t("page.notCollecting")}</p>;
  else if (!viewer.signedIn)
    body = (
      <p>
        {t("page.signInToSign")} <Link href={{ pathname: "/signin", query: { callbackUrl: back } }} className="font-bold">{t("page.signIn")}</Link>
      </p>
    );
  else if (viewer.hasSigned)
    body = (
      <div className="space-y-3">
        <p role="status" className="font-bold">{t("page.signed")}</p>
        <p className="text-sm">{t("page.withdrawHint")}</p>
        <form action={withdrawSignatureAction}>
          <input type="hidden" name="petitionId" value={petition.id} />
          <button type="submit" className={secondaryButton}>{t("page.withdraw")}</button>
        </form>
      </div>
    );
  else if (!viewer.canSign) body = <p>{t("page.cannotSign")}</p>;
  else
    body = (
      <div className="space-y-3">
        <p>{t("page.signIntro")}</p>
        <ProgrammeForm
          action={signPetitionAction}
          idPrefix="sign"
          hidden={{ petitionId: String(petition.id) }}
          submitLabel={t("page.signSubmit")}
          errorMessages={errorMessages}
          items={[
            { kind: "text", name: "fullName", label: t("page.fullName"), required: true, maxLength: 120 },
            { kind: "text", name: "idNumber", label: t("page.idNumber"), hint: t("page.idNumberHint"), required: true, dir: "ltr", maxLength: 12, short: true },
            { kind: "text", name: "address", label: t("page.address"), required: true, maxLength: 300 },
            { kind: "radios", name: "basis", label: t("page.basisLabel"), required: true, options: SIGNATURE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) })) },
            { kind: "file", name: "idCopy", label: t("page.idCopy"), hint: t("page.idCopyHint"), accept: PHOTO_OR_PDF_ACCEPT },
            { kind: "checkbox", name: "declaredBasis", label: t("page.declaredBasis") },
            { kind: "checkbox", name: "declaredElectoral", label: t("page.declaredElectoral") },
            { kind: "checkbox", name: "declaredInterest", label: t("page.declaredInterest") },
          ]}
        />
      </div>
    );
  return (
    <section aria-labelledby="sign-title" className="no-print space-y-3 rounded-card border border-divider bg-surface p-5">
      <h2 id="sign-title" className="text-2xl">{t("page.signTitle")}</h2>
      <p className="text-sm text-muted">{t("eSignatureNote")}</p>
      {petition.kind === "CITIZENS" ? body : <p>{t("countAssociation")}</p>}
    </section>
  );
}

export async function FollowSection({ petition }: { petition: PublicPetition }) {
  const t = await getTranslations("Petitions");
  const { viewer } = petition;
  if (!viewer.signedIn || petition.status === "DRAFT") return null;
  return (
    <section aria-labelledby="follow-title" className="no-print flex flex-wrap items-center gap-3">
      <h2 id="follow-title" className="sr-only">{t("page.follow")}</h2>
      <p className="flex-1 basis-64" role={viewer.following ? "status" : undefined}>
        {viewer.following ? t("page.following") : t("page.followers", { count: petition.followers })}
      </p>
      <form action={followPetitionAction}>
        <input type="hidden" name="petitionId" value={petition.id} />
        <input type="hidden" name="follow" value={viewer.following ? "0" : "1"} />
        <button type="submit" className={secondaryButton}>{viewer.following ? t("page.unfollow") : t("page.follow")}</button>
      </form>
    </section>
  );
}
