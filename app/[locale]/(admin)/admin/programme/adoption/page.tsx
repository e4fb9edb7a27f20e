// The programme's adoption record (decree 2.16.301 arts. 4–12), its consultations (art. 7) and
// its axes' titles, for staff with "programme.manage". Each item has its own small form posting to
// a server action that comes back here with a status message (works without JavaScript).
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { getAdoptionForStaff } from "@/lib/programme/adoption";
import {
  addConsultationAction,
  removeConsultationAction,
  updateAdoptionRecordAction,
  updateAxisAction,
  updateConsultationAction,
} from "@/lib/programme/adoption-actions";
import { ADOPTION_ERROR_KEYS, CONSULTATION_KINDS } from "@/lib/programme/adoption-schemas";
import { DoneMessage } from "../_components/project-header";

type Props = PageProps<"/[locale]/admin/programme/adoption">;

const DONE = ["recordSaved", "consultationAdded", "consultationSaved", "consultationRemoved", "axisSaved"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdoption" });
  return { title: t("title") };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const count = (value: number | null) => (value === null ? "" : String(value));

export default async function ProgrammeAdoptionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await pageUserWith("programme.manage", locale, "/admin/programme/adoption");
  const [t, format, adoption, query] = await Promise.all([getTranslations("ProgrammeAdoption"), getFormatter(), getAdoptionForStaff(), searchParams]);
  if (!adoption) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("noProgramme")}</p>
      </div>
    );
  }
  const { programme, axes, councilSize } = adoption;
  const done = DONE.find((d) => d === query.done);
  const errorMessages = Object.fromEntries(ADOPTION_ERROR_KEYS.map((key) => [key, t(`errors.${key}`)]));
  const card = "space-y-4 rounded-card border border-divider bg-surface p-5";
  const item = "space-y-3 rounded-card border border-divider p-4";
  const dateField = (name: string, label: string) => ({ kind: "text" as const, name, label, hint: t("dateHint"), dir: "ltr" as const, maxLength: 10, short: true });
  const countField = (name: string, label: string, hint?: string) => ({ kind: "text" as const, name, label, hint, dir: "ltr" as const, inputMode: "numeric" as const, maxLength: 6, short: true });

  const recordFields: FormItem[] = [
    {
      kind: "row",
      fields: [
        { kind: "text", name: "titleAr", label: t("record.titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 300 },
        { kind: "text", name: "titleFr", label: t("record.titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 300 },
      ],
    },
    dateField("decisionToPrepareOn", t("record.decisionToPrepareOn")),
    dateField("decisionPostedOn", t("record.decisionPostedOn")),
    dateField("committeeReviewOn", t("record.committeeReviewOn")),
    dateField("councilVoteOn", t("record.councilVoteOn")),
    {
      kind: "row",
      fields: [
        countField("votesFor", t("record.votesFor"), councilSize === null ? undefined : t("record.votesHint", { size: councilSize })),
        countField("votesAgainst", t("record.votesAgainst")),
        countField("votesAbstaining", t("record.votesAbstaining")),
      ],
    },
    dateField("governorVisaOn", t("record.governorVisaOn")),
  ];
  const consultationFields: FormItem[] = [
    { kind: "select", name: "kind", label: t("consultations.kind"), required: true, placeholder: "", options: CONSULTATION_KINDS.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}`) })) },
    { ...dateField("heldOn", t("consultations.heldOn")), required: true },
    { kind: "row", fields: [countField("participantsWomen", t("consultations.participantsWomen")), countField("participantsMen", t("consultations.participantsMen"))] },
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "summaryAr", label: t("consultations.summaryAr"), required: true, dir: "rtl", lang: "ar", maxLength: 2000, rows: 3 },
        { kind: "textarea", name: "summaryFr", label: t("consultations.summaryFr"), required: true, dir: "ltr", lang: "fr", maxLength: 2000, rows: 3 },
      ],
    },
  ];
  const axisFields: FormItem[] = [
    {
      kind: "row",
      fields: [
        { kind: "textarea", name: "titleAr", label: t("axes.titleAr"), required: true, dir: "rtl", lang: "ar", maxLength: 500, rows: 2 },
        { kind: "textarea", name: "titleFr", label: t("axes.titleFr"), required: true, dir: "ltr", lang: "fr", maxLength: 500, rows: 2 },
      ],
    },
    {
      kind: "row",
      fields: [
        { kind: "text", name: "noteAr", label: t("axes.noteAr"), hint: t("axes.noteHint"), dir: "rtl", lang: "ar", maxLength: 1000 },
        { kind: "text", name: "noteFr", label: t("axes.noteFr"), hint: t("axes.noteHint"), dir: "ltr", lang: "fr", maxLength: 1000 },
      ],
    },
  ];

  return (
    <div className="max-w-5xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      <DoneMessage text={done ? t(`done.${done}`) : null} />

      <section aria-labelledby="record" className={card}>
        <h2 id="record" className="text-2xl">{t("record.title")}</h2>
        <ProgrammeForm
          action={updateAdoptionRecordAction}
          idPrefix="record"
          items={recordFields}
          submitLabel={t("record.save")}
          hidden={{ programmeId: String(programme.id) }}
          errorMessages={errorMessages}
          defaults={{
            titleAr: programme.titleAr, titleFr: programme.titleFr,
            decisionToPrepareOn: day(programme.decisionToPrepareOn), decisionPostedOn: day(programme.decisionPostedOn),
            committeeReviewOn: day(programme.committeeReviewOn), councilVoteOn: day(programme.councilVoteOn),
            votesFor: count(programme.votesFor), votesAgainst: count(programme.votesAgainst), votesAbstaining: count(programme.votesAbstaining),
            governorVisaOn: day(programme.governorVisaOn),
          }}
        />
      </section>

      <section aria-labelledby="consultations" className={card}>
        <h2 id="consultations" className="text-2xl">{t("consultations.title")}</h2>
        <p>{t("consultations.intro")}</p>
        {programme.consultations.length === 0 ? (
          <p>{t("consultations.none")}</p>
        ) : (
          <ol className="space-y-4">
            {programme.consultations.map((consultation) => {
              const name = t("consultations.item", { date: format.dateTime(consultation.heldOn, "long") });
              return (
                <li key={consultation.id} className={item}>
                  <h3 className="text-lg">{name}</h3>
                  <ProgrammeForm
                    action={updateConsultationAction}
                    idPrefix={`consultation-${consultation.id}`}
                    label={name}
                    items={consultationFields}
                    submitLabel={t("consultations.save")}
                    hidden={{ consultationId: String(consultation.id) }}
                    errorMessages={errorMessages}
                    defaults={{
                      kind: consultation.kind, heldOn: day(consultation.heldOn),
                      participantsWomen: count(consultation.participantsWomen), participantsMen: count(consultation.participantsMen),
                      summaryAr: consultation.summaryAr, summaryFr: consultation.summaryFr,
                    }}
                  />
                  <p className="text-sm text-muted">{t("consultations.removeHint")}</p>
                  <ProgrammeForm
                    action={removeConsultationAction}
                    idPrefix={`consultation-remove-${consultation.id}`}
                    label={`${t("consultations.remove")} · ${name}`}
                    items={[]}
                    submitLabel={t("consultations.remove")}
                    hidden={{ consultationId: String(consultation.id) }}
                    errorMessages={errorMessages}
                  />
                </li>
              );
            })}
          </ol>
        )}
        <div className={item}>
          <h3 className="text-lg">{t("consultations.addTitle")}</h3>
          <ProgrammeForm
            action={addConsultationAction}
            idPrefix="consultation-new"
            label={t("consultations.addTitle")}
            items={consultationFields}
            submitLabel={t("consultations.add")}
            hidden={{ programmeId: String(programme.id) }}
            errorMessages={errorMessages}
          />
        </div>
      </section>

      <section aria-labelledby="axes" className={card}>
        <h2 id="axes" className="text-2xl">{t("axes.title")}</h2>
        <ol className="space-y-4">
          {axes.map((axis) => (
            <li key={axis.id} className={item}>
              <h3 className="text-lg">{t("axes.item", { number: axis.number })}</h3>
              <ProgrammeForm
                action={updateAxisAction}
                idPrefix={`axis-${axis.id}`}
                label={t("axes.item", { number: axis.number })}
                items={axisFields}
                submitLabel={t("axes.save", { number: axis.number })}
                hidden={{ axisId: String(axis.id) }}
                errorMessages={errorMessages}
                defaults={{ titleAr: axis.titleAr, titleFr: axis.titleFr, noteAr: axis.noteAr ?? "", noteFr: axis.noteFr ?? "" }}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
