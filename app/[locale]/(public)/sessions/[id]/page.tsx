import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { sessionDate } from "@/components/petitions/petition-view";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { idFromSegment } from "@/lib/petitions/schemas";
import { getSessionWithAgenda } from "@/lib/sessions/agenda";

type Props = PageProps<"/[locale]/sessions/[id]">;

async function load(params: Props["params"]) {
  const id = idFromSegment((await params).id);
  return id ? getSessionWithAgenda(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const [t, format, session] = await Promise.all([getTranslations("Petitions"), getFormatter(), load(params)]);
  return session ? { title: t("session.title", { kind: t(`session.kind.${session.kind}`), month: format.dateTime(sessionDate(session), { month: "long", year: "numeric" }) }) } : {};
}

/** A council session and its agenda (public, art. 48). Minimal until the sessions module (issue 8) extends it. */
export default async function SessionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, format, session] = await Promise.all([getTranslations("Petitions"), getFormatter(), load(params)]);
  if (!session) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("session.title", { kind: t(`session.kind.${session.kind}`), month: format.dateTime(sessionDate(session), { month: "long", year: "numeric" }) })}</h1>
      <p>{t(`session.status.${session.status}`)} — {t("session.intro")}</p>
      <section aria-labelledby="agenda-title" className="space-y-3">
        <h2 id="agenda-title" className="text-2xl">{t("session.agenda")}</h2>
        {session.agendaItems.length === 0 ? (
          <p>{t("session.empty")}</p>
        ) : (
          <ol className="list-decimal space-y-3 ps-6" data-testid="agenda">
            {session.agendaItems.map((item) => (
              <li key={item.id} className="space-y-1">
                <p dir="auto">{localized(locale, item.titleAr, item.titleFr)}</p>
                {item.referredCommittee && <p className="text-sm" dir="auto">{t("session.committee", { committee: item.referredCommittee })}</p>}
                {item.petition?.reference && (
                  <p className="text-sm"><Link href={`/petitions/${item.petition.id}`}>{t("session.fromPetition", { reference: item.petition.reference })}</Link></p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
