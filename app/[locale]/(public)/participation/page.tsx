import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SessionDates, SessionStatusBadge, sessionTitle } from "@/components/sessions/session-view";
import { openConsultations } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";
import { upcomingSessions } from "@/lib/sessions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/participation">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Participation" });
  return { title: t("title") };
}

/**
 * The participation hub: upcoming council sessions, open consultations and the participatory
 * budget, one <section> each.
 */
export default async function ParticipationPage({ params }: PageProps<"/[locale]/participation">) {
  const locale = await pageLocale(params);
  const [t, tc, tb, ty, format, sessions, consultations] = await Promise.all([
    getTranslations("Participation"), getTranslations("Consultations"), getTranslations("Budget"), getTranslations("Youth"), getFormatter(), upcomingSessions(3), openConsultations(5),
  ]);
  const titles = await Promise.all(sessions.map((s) => sessionTitle(s)));
  const card = "space-y-1 rounded-card border border-divider bg-surface p-4";
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>

      <section aria-labelledby="hub-sessions" className="space-y-3">
        <h2 id="hub-sessions" className="text-2xl">{t("sessionsTitle")}</h2>
        {sessions.length === 0 ? <p>{t("noSessions")}</p> : (
          <ul className="space-y-3">
            {sessions.map((s, i) => (
              <li key={s.id} className={card}>
                <p className="flex flex-wrap items-center gap-2"><Link href={`/sessions/${s.id}`} className="font-bold">{titles[i]}</Link> <SessionStatusBadge status={s.status} /></p>
                <SessionDates session={s} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <p><Link href="/sessions" className="font-bold">{t("allSessions")}</Link></p>
      </section>

      <section aria-labelledby="hub-consultations" className="space-y-3">
        <h2 id="hub-consultations" className="text-2xl">{t("consultationsTitle")}</h2>
        {consultations.length === 0 ? <p>{t("noConsultations")}</p> : (
          <ul className="space-y-3">
            {consultations.map((c) => (
              <li key={c.id} className={card}>
                <p><Link href={`/consultations/${c.id}`} className="font-bold" dir="auto">{localized(locale, c.titleAr, c.titleFr)}</Link></p>
                <p className="text-sm">{tc(`audience.${c.audience}`)} · {tc("closesOn", { date: format.dateTime(c.closesAt, { dateStyle: "long" }) })}</p>
              </li>
            ))}
          </ul>
        )}
        <p><Link href="/consultations" className="font-bold">{t("allConsultations")}</Link></p>
      </section>

      <section aria-labelledby="hub-budget" className="space-y-3">
        <h2 id="hub-budget" className="text-2xl">{tb("title")}</h2>
        <p>{tb("intro")}</p>
        <p><Link href="/budget" className="font-bold">{tb("title")}</Link></p>
      </section>

      <section aria-labelledby="hub-youth" className="space-y-3">
        <h2 id="hub-youth" className="text-2xl">{ty("title")}</h2>
        <p>{ty("intro")}</p>
        <p><Link href="/youth-council" className="font-bold">{ty("hubLink")}</Link></p>
      </section>
    </div>
  );
}
