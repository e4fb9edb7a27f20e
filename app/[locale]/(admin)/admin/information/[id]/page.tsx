import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DoneMessage } from "@/app/[locale]/(admin)/admin/programme/_components/project-header";
import { AnswerView } from "@/components/information/answer-view";
import { answerItems, archiveItems, informationErrorMessages } from "@/components/information/forms";
import { FormSection } from "@/components/ui/form-section";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { addCalendarDays, moroccanDay } from "@/lib/calendar/working-days";
import { answerRequestAction, archiveRequestAction, decideComplaintAction, extendRequestAction, withdrawArchiveAction } from "@/lib/information/actions";
import { getRequestForOfficer } from "@/lib/information/queries";
import { extensionRefusal, PRESIDENT_DECISION_DAYS } from "@/lib/information/rules";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

const DONE = ["entered", "extended", "answered", "decided", "archived", "archiveWithdrawn"] as const;

async function load(id: string) {
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const request = await getRequestForOfficer(Number(id));
  if (!request) notFound();
  return request;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/information/[id]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("information.handle_requests", locale, `/admin/information/${id}`);
  return { title: (await load(id)).reference };
}

export default async function AdminInformationRequestPage({ params, searchParams }: PageProps<"/[locale]/admin/information/[id]">) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("information.handle_requests", locale, `/admin/information/${id}`);
  const request = await load(id);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const [t, tf, tc, format, items, archive, errorMessages] = await Promise.all([
    getTranslations("Information.admin"),
    getTranslations("Information.form"),
    getTranslations("Information.channel"),
    getFormatter(),
    answerItems(),
    archiveItems(),
    informationErrorMessages(),
  ]);
  const today = moroccanDay(new Date());
  const canExtend = extensionRefusal({ firstDueOn: request.firstDueOn, extendedAt: request.extendedAt, answeredAt: request.answeredOn }, today) === null;
  const hidden = { requestId: String(request.id) };
  return (
    <div className="max-w-4xl space-y-6">
      <p><Link href="/admin/information">{t("backToList")}</Link></p>
      <h1 className="text-3xl">{request.reference}</h1>
      <DoneMessage text={done ? t(`done.${done}`) : null} />
      <section aria-labelledby="request-details" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="request-details" className="text-xl">{t("details")}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("columns.requester")}</dt><dd>{request.firstName} {request.lastName}</dd>
          <dt className="font-bold">{tf("address")}</dt><dd className="whitespace-pre-line">{request.address}</dd>
          <dt className="font-bold">{t("identity")}</dt>
          <dd><span dir="ltr">{t("identityMasked", { kind: tf(request.identityKind), number: request.identityNumberMasked })}</span> — {t("sameRequester", { count: request.sameRequesterThisYear })}</dd>
          {request.email && (<><dt className="font-bold">{tf("email")}</dt><dd dir="ltr" className="text-start">{request.email}</dd></>)}
          <dt className="font-bold">{t("channel")}</dt><dd>{tc(request.channel)}{request.enteredBy && <> — {t("enteredBy", { name: request.enteredBy.name })}</>}</dd>
          <dt className="font-bold">{t("receivedOn")}</dt><dd>{format.dateTime(request.receivedOn, "long")}</dd>
          <dt className="font-bold">{t("firstDue")}</dt><dd data-testid="first-due">{format.dateTime(request.firstDueOn, "long")}{request.urgent && <> — <strong>{t("urgent")}</strong></>}</dd>
          {request.extendedDueOn && (<><dt className="font-bold">{t("extendedDue")}</dt><dd data-testid="extended-due">{format.dateTime(request.extendedDueOn, "long")} — {request.extensionReason}</dd></>)}
          <dt className="font-bold">{tf("deliveryMode")}</dt><dd>{tf(request.deliveryMode)}</dd>
        </dl>
        <h3 className="text-lg">{tf("informationRequested")}</h3>
        <p className="whitespace-pre-line">{request.informationRequested}</p>
      </section>

      {request.outcome ? (
        <>
          {request.answeredBy && request.answeredOn && <p>{t("answeredBy", { name: request.answeredBy.name, date: format.dateTime(request.answeredOn, "long") })}</p>}
          <AnswerView request={request} />
          {request.complaintFiledOn && (
            <section aria-labelledby="complaint-admin-title" className="space-y-3 rounded-card border border-divider bg-surface p-4">
              <h2 id="complaint-admin-title" className="text-xl">{t("complaintTitle")}</h2>
              <p>{t("complaintFiled", { date: format.dateTime(request.complaintFiledOn, "long"), due: format.dateTime(addCalendarDays(request.complaintFiledOn, PRESIDENT_DECISION_DAYS), "long") })}</p>
              {request.complaintText && <p className="whitespace-pre-line">{request.complaintText}</p>}
              {request.complaintDecidedOn ? (
                <p className="whitespace-pre-line">{request.complaintDecision}</p>
              ) : (
                <ProgrammeForm action={decideComplaintAction} idPrefix="decision" hidden={hidden} items={[{ kind: "textarea", name: "decision", label: t("complaintDecision"), required: true, maxLength: 4000, rows: 4, dir: "auto" }]} submitLabel={t("decide")} errorMessages={errorMessages} />
              )}
            </section>
          )}
          <FormSection framed id="archive" title={t("archiveTitle")} action={archiveRequestAction} hidden={hidden} errorMessages={errorMessages}
            submitLabel={request.archiveStatus === "PUBLISHED" ? t("archiveSave") : t("archivePublish")} items={archive}
            defaults={{
              category: request.archiveCategory ?? "",
              question: request.archiveQuestion ?? request.informationRequested,
              answer: request.archiveAnswer ?? [request.answerText, request.withheldPart, request.refusalReasons].filter(Boolean).join("\n\n"),
            }}>
            <p data-testid="archive-status"><strong>{t("archiveStatus", { status: request.archiveStatus ?? "NONE" })}</strong></p>
            {request.archivedBy && request.archivedAt && <p>{t("archivedBy", { name: request.archivedBy.name, date: format.dateTime(request.archivedAt, "withTime") })}</p>}
            {request.archiveStatus === "PUBLISHED" && <p><Link href={`/information/archive/${request.id}`}>{t("archiveView")}</Link></p>}
            <p className="text-sm text-muted">{t("archiveIntro")}</p>
          </FormSection>
          {request.archiveStatus === "PUBLISHED" && (
            <FormSection id="archive-withdraw" title={t("archiveWithdrawTitle")} action={withdrawArchiveAction} hidden={hidden} errorMessages={errorMessages} submitLabel={t("archiveWithdraw")}
              items={[{ kind: "textarea", name: "reason", label: t("archiveWithdrawReason"), required: true, maxLength: 1000, rows: 2, dir: "auto" }]} />
          )}
        </>
      ) : (
        <>
          {canExtend && (
            <section aria-labelledby="extend-title" className="space-y-3 rounded-card border border-divider bg-surface p-4">
              <h2 id="extend-title" className="text-xl">{t("extendTitle")}</h2>
              <p className="text-sm text-muted">{t("extendHint")}</p>
              <ProgrammeForm action={extendRequestAction} idPrefix="extend" hidden={hidden} items={[{ kind: "textarea", name: "reason", label: t("extendReason"), required: true, maxLength: 2000, rows: 3 }]} submitLabel={t("extend")} errorMessages={errorMessages} />
            </section>
          )}
          <section aria-labelledby="answer-form-title" className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h2 id="answer-form-title" className="text-xl">{t("answerTitle")}</h2>
            <ProgrammeForm action={answerRequestAction} idPrefix="answer" hidden={hidden} items={items} submitLabel={t("answer")} errorMessages={errorMessages} />
          </section>
        </>
      )}
    </div>
  );
}
