import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationStatus } from "@/components/consultations/consultation-cards";
import { ConsultationResults, Synthesis } from "@/components/consultations/consultation-results";
import { consultationErrorMessages } from "@/components/consultations/error-messages";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { getSession } from "@/lib/auth/session";
import { submitResponseAction } from "@/lib/consultations/actions";
import { douarChoices, getPublicConsultation } from "@/lib/consultations/queries";
import { eligibility } from "@/lib/consultations/service";
import { GENDERS } from "@/lib/consultations/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { idFromSegment } from "@/lib/petitions/schemas";

type Props = PageProps<"/[locale]/consultations/[id]">;

async function load(params: Props["params"]) {
  const id = idFromSegment((await params).id);
  return id ? getPublicConsultation(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const consultation = await load(params);
  return consultation ? shareMetadata(locale, `/consultations/${consultation.id}`, { title: localized(locale, consultation.titleAr, consultation.titleFr), description: localized(locale, consultation.descriptionAr, consultation.descriptionFr) }) : {};
}

const DONE = ["answered", "updated"] as const;

/** A consultation: its subject and documents, the answer form while open (works without JavaScript), then the results and synthesis. */
export default async function ConsultationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, format, consultation, user] = await Promise.all([getTranslations("Consultations"), getFormatter(), load(params), getSession()]);
  if (!consultation) notFound();
  const done = (await searchParams).done;
  const mayAnswer = consultation.open && user ? await eligibility(consultation, user.id) : false;
  const [douars, errorMessages] = mayAnswer ? await Promise.all([douarChoices(), consultationErrorMessages()]) : [[], {}];
  const mine = consultation.mine;
  const items: FormItem[] = [
    ...consultation.questions.map((q): FormItem => {
      const label = localized(locale, q.promptAr, q.promptFr);
      return q.kind === "SINGLE_CHOICE"
        ? { kind: "radios", name: `q${q.id}`, label, options: q.optionsAr.map((optionAr, i) => ({ value: String(i), label: localized(locale, optionAr, q.optionsFr[i] ?? optionAr) })) }
        : { kind: "textarea", name: `q${q.id}`, label, maxLength: 3000, rows: 4, dir: "auto" };
    }),
    { kind: "textarea", name: "comment", label: t("comment"), maxLength: 3000, rows: 4, dir: "auto" },
    { kind: "select", name: "douarId", label: t("douar"), placeholder: t("douarNone"), options: douars.map((d) => ({ value: String(d.id), label: localized(locale, d.nameAr, d.nameFr) })) },
    { kind: "radios", name: "gender", label: t("gender"), hint: t("genderHint"), options: [...GENDERS.map((g) => ({ value: g, label: t(`genderOption.${g}`) })), { value: "", label: t("genderOption.NONE") }] },
  ];
  const defaults: Record<string, string> = { douarId: mine?.douarId ? String(mine.douarId) : "", gender: mine?.gender ?? "", comment: mine?.comment ?? "" };
  for (const a of mine?.answers ?? []) defaults[`q${a.questionId}`] = a.choice !== null ? String(a.choice) : (a.text ?? "");
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/consultations">{t("back")}</Link></p>
      {typeof done === "string" && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`done.${done as (typeof DONE)[number]}`)}</p>
      )}
      <h1 className="text-3xl" dir="auto">{localized(locale, consultation.titleAr, consultation.titleFr)}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <ConsultationStatus consultation={consultation} />
        <span>{t(`audience.${consultation.audience}`)}</span>
      </p>
      <p>{t(consultation.open ? "closesOn" : "closedOn", { date: format.dateTime(consultation.closesAt, { dateStyle: "long" }) })} · {t("participants", { count: consultation._count.responses })}</p>
      <div className="whitespace-pre-line" dir="auto">{localized(locale, consultation.descriptionAr, consultation.descriptionFr)}</div>
      {consultation.documents.length > 0 && (
        <section aria-labelledby="documents-title" className="space-y-2">
          <h2 id="documents-title" className="text-2xl">{t("documents")}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {consultation.documents.map((d) => <li key={d.id}><Link href={`/information/documents/${d.id}`} dir="auto">{localized(locale, d.titleAr, d.titleFr)}</Link></li>)}
          </ul>
        </section>
      )}

      {consultation.meetings.length > 0 && (
        <section aria-labelledby="meetings-title" className="space-y-2">
          <h2 id="meetings-title" className="text-2xl">{t("meetings")}</h2>
          <ul className="space-y-2" data-testid="consultation-meetings">
            {consultation.meetings.map(({ meeting, women, men, categories }) => (
              <li key={meeting.id} className="space-y-1 rounded-card border border-divider bg-surface p-3">
                <p className="font-bold">{format.dateTime(meeting.scheduledAt, "withTime")} · <span dir="auto">{localized(locale, meeting.placeAr, meeting.placeFr)}</span></p>
                <p className="text-sm">{t("meetingParticipants", { women, men })}{categories && <> · <span dir="auto">{categories}</span></>}</p>
                <p className="text-sm"><Link href={`/programme/meetings/${meeting.id}`}>{t("meetingDetails")}</Link></p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {consultation.open && (
        <section aria-labelledby="answer-title" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="answer-title" className="text-2xl">{t("answerTitle")}</h2>
          {!user ? (
            <p>{t("signInToAnswer")} <Link href={{ pathname: "/signin", query: { callbackUrl: `/consultations/${consultation.id}` } }} className="font-bold">{t("signIn")}</Link></p>
          ) : !mayAnswer ? (
            <p>{t("associationsOnly")}</p>
          ) : (
            <>
              <p>{t("answerHint")}</p>
              {mine && <p className="font-bold">{t("yourAnswer", { date: format.dateTime(mine.updatedAt, "withTime") })}</p>}
              <ProgrammeForm action={submitResponseAction} idPrefix="answer" items={items} hidden={{ consultationId: String(consultation.id) }} defaults={defaults} submitLabel={t("submit")} errorMessages={errorMessages} />
            </>
          )}
        </section>
      )}

      {!consultation.open && <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{t("closedNotice")}</p>}

      {consultation.synthesisPublishedAt ? (
        <Synthesis consultation={consultation} locale={locale} />
      ) : (
        !consultation.open && <p>{t("synthesisPending")}</p>
      )}

      {consultation.results && <ConsultationResults consultation={consultation} locale={locale} />}
      <ShareLinks locale={locale} path={`/consultations/${consultation.id}`} title={localized(locale, consultation.titleAr, consultation.titleFr)} />
    </div>
  );
}
