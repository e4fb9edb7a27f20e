import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsultationStatus } from "@/components/consultations/consultation-cards";
import { ConsultationResults, Synthesis } from "@/components/consultations/consultation-results";
import { consultationErrorMessages } from "@/components/consultations/error-messages";
import { closesOnItem, consultationTextItems } from "@/components/consultations/consultation-fields";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { linkMeetingAction, publishSynthesisAction, updateConsultationAction } from "@/lib/consultations/actions";
import { TIME_ZONE } from "@/lib/i18n/config";
import { freeTextForStaff, getPublicConsultation } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { idFromSegment } from "@/lib/petitions/schemas";

type Props = PageProps<"/[locale]/admin/consultations/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Consultations" });
  return { title: t("staff.title") };
}

const DONE = ["opened", "updated", "synthesisPublished", "meetingLinked"] as const;

export default async function StaffConsultationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("consultations.manage", locale, `/admin/consultations/${id}`);
  const consultationId = idFromSegment(id);
  const consultation = consultationId ? await getPublicConsultation(consultationId) : null;
  if (!consultation) notFound();
  const [t, errorMessages, freeText] = await Promise.all([getTranslations("Consultations"), consultationErrorMessages(), freeTextForStaff(consultation.id)]);
  const done = (await searchParams).done;
  const prompts = new Map(consultation.questions.map((q) => [q.id, localized(locale, q.promptAr, q.promptFr)]));
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/consultations">{t("staff.back")}</Link></p>
      {typeof done === "string" && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`staff.done.${done as (typeof DONE)[number]}`)}</p>
      )}
      <h1 className="text-3xl" dir="auto">{localized(locale, consultation.titleAr, consultation.titleFr)}</h1>
      <p className="flex flex-wrap items-center gap-2"><ConsultationStatus consultation={consultation} /> {t("participants", { count: consultation._count.responses })}</p>
      <p><Link href={`/consultations/${consultation.id}`}>{t("staff.publicPage")}</Link></p>

      {consultation.open && (
        <section aria-labelledby="edit-title" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="edit-title" className="text-xl">{t("staff.editTitle")}</h2>
          <ProgrammeForm
            action={updateConsultationAction}
            idPrefix="edit"
            items={[...consultationTextItems(t), closesOnItem(t)]}
            hidden={{ consultationId: String(consultation.id) }}
            defaults={{
              titleAr: consultation.titleAr, titleFr: consultation.titleFr, descriptionAr: consultation.descriptionAr, descriptionFr: consultation.descriptionFr,
              closesOn: new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(consultation.closesAt),
            }}
            submitLabel={t("staff.editSubmit")}
            errorMessages={errorMessages}
          />
        </section>
      )}

      <section aria-labelledby="free-text-title" className="space-y-2">
        <h2 id="free-text-title" className="text-2xl">{t("staff.freeText")}</h2>
        {freeText.answers.length + freeText.comments.length === 0 ? (
          <p>{t("staff.noFreeText")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {freeText.answers.map((a, i) => <li key={`a${i}`} dir="auto"><span className="text-sm text-muted">{prompts.get(a.questionId)}</span> — {a.text}</li>)}
            {freeText.comments.map((c, i) => <li key={`c${i}`} dir="auto">{c}</li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="meeting-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="meeting-form" className="text-xl">{t("staff.linkMeeting")}</h2>
        <p className="text-sm">{t("staff.linkMeetingHint")} <Link href="/admin/programme/meetings">{t("meetings")}</Link></p>
        {consultation.meetings.length > 0 && (
          <ul className="list-disc space-y-1 ps-6">
            {consultation.meetings.map(({ meeting, women, men }) => (
              <li key={meeting.id}>#{meeting.id} · <span dir="auto">{localized(locale, meeting.placeAr, meeting.placeFr)}</span> · {t("meetingParticipants", { women, men })}</li>
            ))}
          </ul>
        )}
        <ProgrammeForm
          action={linkMeetingAction}
          idPrefix="meeting"
          items={[
            { kind: "text", name: "meetingId", label: t("staff.meetingId"), required: true, maxLength: 9, inputMode: "numeric", dir: "ltr", short: true },
            { kind: "row", fields: [
              { kind: "text", name: "women", label: t("staff.women"), required: true, maxLength: 5, inputMode: "numeric", dir: "ltr", short: true },
              { kind: "text", name: "men", label: t("staff.men"), required: true, maxLength: 5, inputMode: "numeric", dir: "ltr", short: true },
            ] },
            { kind: "text", name: "categories", label: t("staff.categories"), hint: t("staff.categoriesHint"), maxLength: 500, dir: "auto" },
          ]}
          hidden={{ consultationId: String(consultation.id) }}
          submitLabel={t("staff.linkMeetingSubmit")}
          errorMessages={errorMessages}
        />
      </section>

      {!consultation.open && !consultation.synthesisPublishedAt && (
        <section aria-labelledby="synthesis-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="synthesis-form" className="text-xl">{t("staff.synthesisTitle")}</h2>
          <ProgrammeForm
            action={publishSynthesisAction}
            idPrefix="synthesis"
            items={[
              { kind: "row", fields: [
                { kind: "textarea", name: "heardAr", label: t("staff.heardAr"), required: true, maxLength: 20000, rows: 6, dir: "rtl", lang: "ar" },
                { kind: "textarea", name: "heardFr", label: t("staff.heardFr"), required: true, maxLength: 20000, rows: 6, dir: "ltr", lang: "fr" },
              ] },
              { kind: "row", fields: [
                { kind: "textarea", name: "decidedAr", label: t("staff.decidedAr"), required: true, maxLength: 20000, rows: 6, dir: "rtl", lang: "ar" },
                { kind: "textarea", name: "decidedFr", label: t("staff.decidedFr"), required: true, maxLength: 20000, rows: 6, dir: "ltr", lang: "fr" },
              ] },
            ]}
            hidden={{ consultationId: String(consultation.id) }}
            submitLabel={t("staff.publish")}
            errorMessages={errorMessages}
          />
        </section>
      )}

      {consultation.synthesisPublishedAt && <Synthesis consultation={consultation} locale={locale} />}
      {consultation.results && <ConsultationResults consultation={consultation} locale={locale} />}
    </div>
  );
}
