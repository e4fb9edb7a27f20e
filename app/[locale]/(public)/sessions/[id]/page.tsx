import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AgendaList, SessionDates, SessionStatusBadge, sessionTitle } from "@/components/sessions/session-view";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { idFromSegment } from "@/lib/petitions/schemas";
import { getPublicSession } from "@/lib/sessions/queries";
import { decisionsDueOn } from "@/lib/sessions/rules";

type Props = PageProps<"/[locale]/sessions/[id]">;

async function load(params: Props["params"]) {
  const id = idFromSegment((await params).id);
  return id ? getPublicSession(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const session = await load(params);
  if (!session) return {};
  const t = await getTranslations({ locale, namespace: "Sessions" });
  return shareMetadata(locale, `/sessions/${session.id}`, { title: await sessionTitle(session), description: t("intro") });
}

/** A council session: dates, place, the published agenda, then the decisions and votes (arts. 48, 273). */
export default async function SessionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, format, session] = await Promise.all([getTranslations("Sessions"), getFormatter(), load(params)]);
  if (!session) notFound();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/sessions">{t("back")}</Link></p>
      <h1 className="text-3xl">{await sessionTitle(session)}</h1>
      <p><SessionStatusBadge status={session.status} /></p>
      <SessionDates session={session} locale={locale} />
      <section aria-labelledby="agenda-title" className="space-y-3">
        <h2 id="agenda-title" className="text-2xl">{t("agenda")}</h2>
        <p className="text-sm text-muted">
          {session.agendaPublishedAt ? t("agendaPublishedOn", { date: format.dateTime(session.agendaPublishedAt, { dateStyle: "long" }) }) : t("agendaNotPublished")}
        </p>
        {session.decisionsPublishedAt ? (
          <p className="text-sm text-muted">{t("decisionsPublishedOn", { date: format.dateTime(session.decisionsPublishedAt, { dateStyle: "long" }) })}</p>
        ) : (
          session.status === "HELD" && session.endsOn && <p className="text-sm">{t("decisionsDue", { date: day(decisionsDueOn(session.endsOn)) })}</p>
        )}
        {session.agendaItems.length === 0 ? <p>{t("agendaEmpty")}</p> : <AgendaList items={session.agendaItems} locale={locale} />}
      </section>
      {session.documents.length > 0 && (
        <section aria-labelledby="documents-title" className="space-y-3">
          <h2 id="documents-title" className="text-2xl">{t("documents")}</h2>
          <ul className="list-disc space-y-1 ps-6">
            {session.documents.map((d) => (
              <li key={d.id}><Link href={`/information/documents/${d.id}`} dir="auto">{localized(locale, d.titleAr, d.titleFr)}</Link> · {day(d.documentDate)}</li>
            ))}
          </ul>
        </section>
      )}
      <ShareLinks locale={locale} path={`/sessions/${session.id}`} title={await sessionTitle(session)} />
    </div>
  );
}
