import type { Metadata } from "next";
import { FollowTopicForm } from "@/components/participation/follow-form";
import { getTranslations } from "next-intl/server";
import { SessionDates, SessionStatusBadge, sessionTitle } from "@/components/sessions/session-view";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { LANGUAGES } from "@/lib/i18n/config";
import { listPublicSessions } from "@/lib/sessions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Sessions" });
  return { title: t("title") };
}

type Listed = Awaited<ReturnType<typeof listPublicSessions>>["upcoming"][number];

async function SessionCards({ sessions, locale, testId }: { sessions: Listed[]; locale: Locale; testId: string }) {
  const t = await getTranslations("Sessions");
  if (sessions.length === 0) return <p>{t("none")}</p>;
  const titles = await Promise.all(sessions.map((s) => sessionTitle(s)));
  return (
    <ul className="space-y-3" data-testid={testId}>
      {sessions.map((s, i) => (
        <li key={s.id} className="space-y-1 rounded-card border border-divider bg-surface p-4">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/sessions/${s.id}`} className="text-lg font-bold">{titles[i]}</Link>
            <SessionStatusBadge status={s.status} />
          </p>
          <SessionDates session={s} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The council's calendar: upcoming and past sessions (sessions are public, art. 48). */
export default async function SessionsPage({ params, searchParams }: PageProps<"/[locale]/sessions">) {
  const locale = await pageLocale(params);
  const [t, sessions] = await Promise.all([getTranslations("Sessions"), listPublicSessions()]);
  const feed = `/sessions/calendar.ics${LANGUAGES[locale] === "fr" ? "?lang=fr" : ""}`;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="space-y-1">
        <a href={feed} className="inline-flex min-h-12 items-center font-bold">{t("calendarFeed")}</a>
        <span className="block text-sm text-muted">{t("calendarFeedHint")}</span>
      </p>
      <FollowTopicForm topic="SESSIONS" done={(await searchParams).done} />
      <section aria-labelledby="upcoming-title" className="space-y-3">
        <h2 id="upcoming-title" className="text-2xl">{t("upcoming")}</h2>
        <SessionCards sessions={sessions.upcoming} locale={locale} testId="upcoming-sessions" />
      </section>
      <section aria-labelledby="past-title" className="space-y-3">
        <h2 id="past-title" className="text-2xl">{t("past")}</h2>
        <SessionCards sessions={sessions.past} locale={locale} testId="past-sessions" />
      </section>
    </div>
  );
}
