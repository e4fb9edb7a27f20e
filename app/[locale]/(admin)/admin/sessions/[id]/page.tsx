import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { sessionErrorMessages } from "@/components/sessions/error-messages";
import { sessionFieldItems } from "@/components/sessions/session-fields";
import { FormSection } from "@/components/ui/form-section";
import { AgendaList, SessionDates, SessionStatusBadge, sessionTitle } from "@/components/sessions/session-view";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { idFromSegment } from "@/lib/petitions/schemas";
import { wallClock } from "@/lib/programme/meeting-schemas";
import {
  addAgendaItemAction,
  updateAgendaItemAction, linkDocumentAction, markHeldAction, publishAgendaAction, publishDecisionsAction, recordDecisionAction, updateSessionAction,
} from "@/lib/sessions/actions";
import { getSessionForStaff } from "@/lib/sessions/queries";
import { decisionsDueOn } from "@/lib/sessions/rules";
import { MANUAL_ORIGINS } from "@/lib/sessions/schemas";

type Props = PageProps<"/[locale]/admin/sessions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Sessions" });
  return { title: t("staff.title") };
}

const DONE = ["created", "saved", "itemAdded", "itemUpdated", "agendaPublished", "held", "decisionRecorded", "decisionsPublished", "documentLinked"] as const;
const asDay = (d: Date | null) => (d ? wallClock(d, "UTC").date : "");

export default async function StaffSessionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("sessions.manage", locale, `/admin/sessions/${id}`);
  const sessionId = idFromSegment(id);
  const session = sessionId ? await getSessionForStaff(sessionId) : null;
  if (!session) notFound();
  const [t, format, errorMessages] = await Promise.all([getTranslations("Sessions"), getFormatter(), sessionErrorMessages()]);
  const done = (await searchParams).done;
  const hidden = { sessionId: String(session.id) };
  const beforeHeld = session.status === "PLANNED" || session.status === "AGENDA_PUBLISHED";
  const agendaItemFields: FormItem[] = [
    { kind: "select", name: "origin", label: t("staff.originLabel"), required: true, options: MANUAL_ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) })) },
    { kind: "row", fields: [
      { kind: "textarea", name: "titleAr", label: t("staff.titleAr"), required: true, maxLength: 500, rows: 2, dir: "rtl", lang: "ar" },
      { kind: "textarea", name: "titleFr", label: t("staff.titleFr"), required: true, maxLength: 500, rows: 2, dir: "ltr", lang: "fr" },
    ] },
    { kind: "text", name: "referredCommittee", label: t("staff.referredCommittee"), maxLength: 200, dir: "auto" },
  ];
  const card = "space-y-3 rounded-card border border-divider bg-surface p-4";
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/sessions">{t("staff.back")}</Link></p>
      {typeof done === "string" && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`staff.done.${done as (typeof DONE)[number]}`)}</p>
      )}
      <h1 className="text-3xl">{await sessionTitle(session)}</h1>
      <p><SessionStatusBadge status={session.status} /></p>
      <SessionDates session={session} locale={locale} />
      {session.agendaPublishedAt && <p className="text-sm">{t("agendaPublishedOn", { date: format.dateTime(session.agendaPublishedAt, { dateStyle: "long" }) })}</p>}
      {session.decisionsPublishedAt && <p className="text-sm">{t("decisionsPublishedOn", { date: format.dateTime(session.decisionsPublishedAt, { dateStyle: "long" }) })}</p>}
      {session.status === "HELD" && session.endsOn && <p className="font-bold">{t("decisionsDue", { date: format.dateTime(decisionsDueOn(session.endsOn), { dateStyle: "long", timeZone: "UTC" }) })}</p>}
      <p><Link href={`/sessions/${session.id}`}>{t("staff.publicPage")}</Link></p>

      <section aria-labelledby="agenda-title" className="space-y-3">
        <h2 id="agenda-title" className="text-2xl">{t("agenda")}</h2>
        {session.agendaItems.length === 0 ? <p>{t("agendaEmpty")}</p> : <AgendaList items={session.agendaItems} locale={locale} />}
      </section>

      {beforeHeld && (
        <section aria-labelledby="edit-title" className={card}>
          <h2 id="edit-title" className="text-xl">{t("staff.edit")}</h2>
          <ProgrammeForm
            action={updateSessionAction}
            idPrefix="edit"
            items={sessionFieldItems(t)}
            hidden={hidden}
            defaults={{ startsOn: asDay(session.startsOn), endsOn: asDay(session.endsOn), placeAr: session.placeAr ?? "", placeFr: session.placeFr ?? "" }}
            submitLabel={t("staff.save")}
            errorMessages={errorMessages}
          />
        </section>
      )}

      {beforeHeld && (
        <section aria-labelledby="item-title" className={card}>
          <h2 id="item-title" className="text-xl">{t("staff.addItem")}</h2>
          <ProgrammeForm
            action={addAgendaItemAction}
            idPrefix="item"
            items={agendaItemFields}
            hidden={hidden}
            defaults={{ origin: "PRESIDENT" }}
            submitLabel={t("staff.addItemSubmit")}
            errorMessages={errorMessages}
          />
        </section>
      )}

      {session.status === "PLANNED" && session.agendaItems.filter((item) => item.origin !== "PETITION").map((item) => {
        const title = t("staff.editItem", { title: localized(locale, item.titleAr, item.titleFr) });
        return (
          <section key={item.id} aria-labelledby={`edit-item-${item.id}-title`} className={card}>
            <h2 id={`edit-item-${item.id}-title`} className="text-xl" dir="auto">{title}</h2>
            <ProgrammeForm
              action={updateAgendaItemAction}
              idPrefix={`edit-item-${item.id}`}
              label={title}
              items={agendaItemFields}
              hidden={{ ...hidden, itemId: String(item.id) }}
              defaults={{ origin: item.origin, titleAr: item.titleAr, titleFr: item.titleFr, referredCommittee: item.referredCommittee ?? "" }}
              submitLabel={t("staff.editItemSubmit")}
              errorMessages={errorMessages}
            />
          </section>
        );
      })}

      {session.status === "PLANNED" && (
        <FormSection framed id="publish-agenda" title={t("staff.publishAgenda")} action={publishAgendaAction} items={[]} hidden={hidden} submitLabel={t("staff.publishAgenda")} errorMessages={errorMessages}>
          <p>{t("staff.publishAgendaHint")}</p>
        </FormSection>
      )}

      {session.status === "AGENDA_PUBLISHED" && (
        <FormSection framed id="held" title={t("staff.markHeld")} action={markHeldAction} items={[]} hidden={hidden} submitLabel={t("staff.markHeld")} errorMessages={errorMessages}>
          <p>{t("staff.markHeldHint")}</p>
        </FormSection>
      )}

      {session.status === "HELD" && session.agendaItems.map((item) => {
        const title = localized(locale, item.titleAr, item.titleFr);
        return (
          <section key={item.id} aria-labelledby={`decision-${item.id}`} className={card}>
            <h2 id={`decision-${item.id}`} className="text-xl" dir="auto">{t("staff.decisionFor", { title })}</h2>
            <ProgrammeForm
              action={recordDecisionAction}
              idPrefix={`decision-${item.id}`}
              label={t("staff.decisionFor", { title })}
              items={[
                { kind: "textarea", name: "decisionText", label: t("staff.decisionText"), required: true, maxLength: 5000, rows: 3, dir: "auto" },
                { kind: "row", fields: [
                  { kind: "text", name: "votesFor", label: t("staff.votesFor"), required: true, maxLength: 4, inputMode: "numeric", dir: "ltr", short: true },
                  { kind: "text", name: "votesAgainst", label: t("staff.votesAgainst"), required: true, maxLength: 4, inputMode: "numeric", dir: "ltr", short: true },
                  { kind: "text", name: "votesAbstain", label: t("staff.votesAbstain"), required: true, maxLength: 4, inputMode: "numeric", dir: "ltr", short: true },
                ] },
              ]}
              hidden={{ ...hidden, itemId: String(item.id) }}
              defaults={{ decisionText: item.decisionText ?? "", votesFor: item.votesFor?.toString() ?? "", votesAgainst: item.votesAgainst?.toString() ?? "", votesAbstain: item.votesAbstain?.toString() ?? "" }}
              submitLabel={t("staff.recordDecision")}
              errorMessages={errorMessages}
            />
          </section>
        );
      })}

      {session.status === "HELD" && (
        <FormSection framed id="publish-decisions" title={t("staff.publishDecisions")} action={publishDecisionsAction} items={[]} hidden={hidden} submitLabel={t("staff.publishDecisions")} errorMessages={errorMessages}>
          <p>{t("staff.publishDecisionsHint")}</p>
        </FormSection>
      )}

      <section aria-labelledby="documents-title" className={card}>
        <h2 id="documents-title" className="text-xl">{t("documents")}</h2>
        {session.documents.length > 0 && (
          <ul className="list-disc space-y-1 ps-6">
            {session.documents.map(({ document: d }) => (
              <li key={d.id} dir="auto">#{d.id} · {localized(locale, d.titleAr, d.titleFr)}{d.status !== "PUBLISHED" && ` (${t("staff.unpublished")})`}</li>
            ))}
          </ul>
        )}
        <ProgrammeForm
          action={linkDocumentAction}
          idPrefix="document"
          label={t("staff.linkDocument")}
          items={[{ kind: "text", name: "documentId", label: t("staff.documentId"), hint: t("staff.documentIdHint"), required: true, maxLength: 9, inputMode: "numeric", dir: "ltr", short: true }]}
          hidden={hidden}
          submitLabel={t("staff.linkDocumentSubmit")}
          errorMessages={errorMessages}
        />
      </section>
    </div>
  );
}
