import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionDates, SessionStatusBadge, sessionTitle } from "@/components/sessions/session-view";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { listSessionsForStaff } from "@/lib/sessions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sessions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Sessions" });
  return { title: t("staff.title") };
}

export default async function StaffSessionsPage({ params }: PageProps<"/[locale]/admin/sessions">) {
  const locale = await pageLocale(params);
  await pageUserWith("sessions.manage", locale, "/admin/sessions");
  const [t, sessions] = await Promise.all([getTranslations("Sessions"), listSessionsForStaff()]);
  const titles = await Promise.all(sessions.map((s) => sessionTitle(s)));
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("staff.title")}</h1>
      <p>
        <Link href="/admin/sessions/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 font-bold text-white no-underline hover:bg-brand-dark">{t("staff.new")}</Link>
      </p>
      {sessions.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <ul className="space-y-3">
          {sessions.map((s, i) => (
            <li key={s.id} className="space-y-1 rounded-card border border-divider bg-surface p-4">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/sessions/${s.id}`} className="font-bold">{titles[i]}</Link>
                <SessionStatusBadge status={s.status} />
              </p>
              <SessionDates session={s} locale={locale} />
              <p className="text-sm">{t("list.items")}: {s._count.agendaItems}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
