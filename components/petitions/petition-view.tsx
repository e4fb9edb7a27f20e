// The parts of a petition's public page: its facts and counts, its timeline, the bureau's and the
// council's decisions. Never a signatory's name: the public sees counts and the threshold.
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { PublicPetition } from "@/lib/petitions/queries";
import { fromDateColumn, isAnswerLate } from "@/lib/petitions/rules";
import { PetitionStatusBadge } from "./badges";

export function sessionDate(session: { year: number; month: number }): Date {
  // The middle of the month: the month's name whatever the time zone.
  return new Date(Date.UTC(session.year, session.month - 1, 15));
}

export async function PetitionFacts({ petition }: { petition: PublicPetition }) {
  const [t, format] = await Promise.all([getTranslations("Petitions"), getFormatter()]);
  const late = petition.answerDueOn && !petition.decidedAt && isAnswerLate(fromDateColumn(petition.answerDueOn), new Date());
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl" dir="auto">{petition.subject}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <PetitionStatusBadge status={petition.status} />
          <span>{t(`kind.${petition.kind}`)}</span>
          {petition.reference && <span dir="ltr">{petition.reference}</span>}
        </p>
      </header>
      <section aria-labelledby="count-title" className="rounded-card border-2 border-brand bg-brand-soft p-5">
        <h2 id="count-title" className="sr-only">{t("columns.signatures")}</h2>
        {petition.kind === "CITIZENS" ? (
          <>
            <p className="text-xl font-bold" data-testid="signature-count">{t("count", { count: petition.signatures, threshold: petition.threshold })}</p>
            <progress className="mt-2 h-3 w-full accent-brand" max={petition.threshold} value={Math.min(petition.signatures, petition.threshold)} aria-labelledby="count-title" />
          </>
        ) : (
          <p>{t("countAssociation")}</p>
        )}
      </section>
      {petition.answerDueOn && !petition.decidedAt && (
        <p className={`rounded-md border-s-4 p-3 ${late ? "border-danger bg-danger-soft font-bold" : "border-accent bg-warning-soft"}`}>
          {late ? t("page.overdue", { date: format.dateTime(petition.answerDueOn, "long") }) : t("page.dueText", { date: format.dateTime(petition.answerDueOn, "long") })}
        </p>
      )}
      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className="text-2xl">{t("page.facts")}</h2>
        {petition.association && (
          <p><strong>{t("page.association")}: </strong><span dir="auto">{petition.association.name}</span></p>
        )}
        <h3 className="text-lg">{t("page.reasons")}</h3>
        <p className="whitespace-pre-line" dir="auto">{petition.reasons}</p>
        <h3 className="text-lg">{t("page.objectives")}</h3>
        <p className="whitespace-pre-line" dir="auto">{petition.objectives}</p>
      </section>
      {petition.decisionReasons && (
        <section aria-labelledby="decision-title" className="space-y-2 rounded-card border border-divider bg-surface p-4">
          <h2 id="decision-title" className="text-2xl">{t("page.decision")}</h2>
          <p><PetitionStatusBadge status={petition.status} /></p>
          <p className="whitespace-pre-line" dir="auto">{petition.decisionReasons}</p>
        </section>
      )}
      {petition.agendaItem && (
        <section aria-labelledby="agenda-title" className="space-y-2 rounded-card border border-divider bg-surface p-4">
          <h2 id="agenda-title" className="text-2xl">{t("page.agenda")}</h2>
          <p>
            {(() => {
              const session = t("links.session", { session: format.dateTime(sessionDate(petition.agendaItem.session), { month: "long", year: "numeric" }) });
              const committee = petition.agendaItem.referredCommittee;
              return committee ? t("page.agendaText", { session, committee }) : t("page.agendaNoCommittee", { session });
            })()}
          </p>
          <p>
            <Link href={`/sessions/${petition.agendaItem.session.id}`} className="font-bold">
              {t("links.session", { session: format.dateTime(sessionDate(petition.agendaItem.session), { month: "long", year: "numeric" }) })}
            </Link>
          </p>
          {petition.agendaItem.decisionText && <p dir="auto">{t("page.councilDecision", { decision: petition.agendaItem.decisionText })}</p>}
        </section>
      )}
    </div>
  );
}

export async function PetitionTimeline({ petition }: { petition: PublicPetition }) {
  const [t, format] = await Promise.all([getTranslations("Petitions"), getFormatter()]);
  const steps: { key: string; label: string; at: Date }[] = [{ key: "created", label: t("timeline.created"), at: petition.createdAt }];
  if (petition.filedAt) steps.push({ key: "filed", label: t("timeline.filed", { reference: petition.reference ?? "" }), at: petition.filedAt });
  if (petition.reviewStartedAt) steps.push({ key: "review", label: t("timeline.review"), at: petition.reviewStartedAt });
  if (petition.decidedAt && (petition.status === "ACCEPTED" || petition.status === "REJECTED")) steps.push({ key: "decided", label: t(`timeline.${petition.status}`), at: petition.decidedAt });
  return (
    <section aria-labelledby="timeline-title" className="space-y-3">
      <h2 id="timeline-title" className="text-2xl">{t("page.timeline")}</h2>
      <ol className="space-y-2 border-s-4 border-brand ps-4">
        {steps.map((step) => (
          <li key={step.key}>
            <time dateTime={step.at.toISOString()} className="block text-sm text-muted">{format.dateTime(step.at, "withTime")}</time>
            <span>{step.label}</span>
          </li>
        ))}
        {petition.answerDueOn && !petition.decidedAt && (
          <li>
            <time dateTime={petition.answerDueOn.toISOString().slice(0, 10)} className="block text-sm text-muted">{format.dateTime(petition.answerDueOn, "long")}</time>
            <span>{t("timeline.due")}</span>
          </li>
        )}
      </ol>
    </section>
  );
}
