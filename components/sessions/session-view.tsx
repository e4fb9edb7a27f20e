// What the public and staff pages show of a session: its status, dates and place, and its agenda
// with each item's origin, referred committee, decision and vote.
import { getFormatter, getTranslations } from "next-intl/server";
import { sessionDate } from "@/components/petitions/petition-view";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import type { SessionStatus } from "@/lib/sessions/rules";

const STATUS: Record<SessionStatus, { tone: StatusTone; mark: string }> = {
  PLANNED: { tone: "neutral", mark: "○" },
  AGENDA_PUBLISHED: { tone: "brand", mark: "◑" },
  HELD: { tone: "warning", mark: "●" },
  DECISIONS_PUBLISHED: { tone: "success", mark: "✓" },
};

export async function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const t = await getTranslations("Sessions");
  return <StatusPill status={status} {...STATUS[status]} label={t(`status.${status}`)} />;
}

type SessionHead = { kind: "ORDINARY" | "EXTRAORDINARY"; year: number; month: number; startsOn: Date | null; endsOn: Date | null; placeAr: string | null; placeFr: string | null };

/** "Ordinary session of February 2027". */
export async function sessionTitle(session: Pick<SessionHead, "kind" | "year" | "month">): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("Sessions"), getFormatter()]);
  return t("sessionTitle", { kind: session.kind, month: format.dateTime(sessionDate(session), { month: "long", year: "numeric", timeZone: "UTC" }) });
}

export async function SessionDates({ session, locale }: { session: SessionHead; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Sessions"), getFormatter()]);
  const place = localized(locale, session.placeAr, session.placeFr);
  return (
    <p>
      {session.startsOn && session.endsOn
        ? t("dates", { start: format.dateTime(session.startsOn, { dateStyle: "long", timeZone: "UTC" }), end: format.dateTime(session.endsOn, { dateStyle: "long", timeZone: "UTC" }) })
        : t("datesTbc")}
      {place && <> · <span dir="auto">{t("place", { place })}</span></>}
    </p>
  );
}

type Item = {
  id: number;
  origin: string;
  titleAr: string;
  titleFr: string;
  referredCommittee: string | null;
  decisionText: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstain: number | null;
  petition: { id: number; reference: string | null } | null;
};

export async function AgendaList({ items, locale }: { items: Item[]; locale: Locale }) {
  const t = await getTranslations("Sessions");
  return (
    <ol className="list-decimal space-y-4 ps-6" data-testid="agenda">
      {items.map((item) => (
        <li key={item.id} className="space-y-1">
          <p className="font-bold" dir="auto">{localized(locale, item.titleAr, item.titleFr)}</p>
          <p className="text-sm">
            {t(`origin.${item.origin as "PRESIDENT"}`)}
            {item.petition?.reference && (
              <> · <Link href={`/petitions/${item.petition.id}`}>{t("fromPetition", { reference: item.petition.reference })}</Link></>
            )}
          </p>
          {item.referredCommittee && <p className="text-sm" dir="auto">{t("committee", { committee: item.referredCommittee })}</p>}
          {item.decisionText && (
            <div className="rounded-md border-s-4 border-success bg-success-soft p-3" data-testid="decision">
              <p><strong>{t("decision")}:</strong> <span dir="auto" className="whitespace-pre-line">{item.decisionText}</span></p>
              {item.votesFor !== null && (
                <p className="text-sm">{t("votes", { for: item.votesFor, against: item.votesAgainst ?? 0, abstain: item.votesAbstain ?? 0 })}</p>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
