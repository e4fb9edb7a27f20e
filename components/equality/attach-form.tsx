// The form that attaches a file to a meeting's minutes or to an opinion, with the page's message
// once it is attached (?done=attached). It goes to the committee's library, linked to its record.
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { addCommitteeDocumentAction } from "@/lib/equality/actions";
import { PHOTO_OR_PDF_ACCEPT } from "@/lib/uploads/evidence";
import { DoneBanner } from "./done-banner";
import { equalityErrorMessages } from "./error-messages";

export async function AttachForm({ to, done }: { to: { meetingId: number } | { opinionId: number }; done: unknown }) {
  const [t, tl, errorMessages] = await Promise.all([getTranslations("Equality.attachments"), getTranslations("Equality.library"), equalityErrorMessages()]);
  const hidden: Record<string, string> = "meetingId" in to ? { meetingId: String(to.meetingId) } : { opinionId: String(to.opinionId) };
  return (
    <section aria-labelledby="attach-form" className="no-print space-y-3 rounded-card border border-divider bg-surface p-4">
      <DoneBanner done={done} known={["attached"]} text={() => t("attached")} />
      <h2 id="attach-form" className="text-xl">{t("add")}</h2>
      <ProgrammeForm
        action={addCommitteeDocumentAction}
        idPrefix="attachment"
        items={[
          { kind: "text", name: "title", label: t("fileTitle"), required: true, maxLength: 200, dir: "auto" },
          { kind: "file", name: "file", label: tl("file"), hint: `${tl("fileHint")} ${t("meetingId" in to ? "hintMeeting" : "hintOpinion")}`, accept: PHOTO_OR_PDF_ACCEPT, required: true },
        ]}
        hidden={{ ...hidden, kind: "OTHER" }}
        submitLabel={t("submit")}
        errorMessages={errorMessages}
      />
    </section>
  );
}
