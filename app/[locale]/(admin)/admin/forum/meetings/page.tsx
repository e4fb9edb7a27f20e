import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { listForumMeetingsForStaff } from "@/lib/forum/meetings";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/forum/meetings">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("meetings.staffTitle") };
}

export default async function StaffForumMeetingsPage({ params }: PageProps<"/[locale]/admin/forum/meetings">) {
  const locale = await pageLocale(params);
  await pageUserWith("forum.answer", locale, "/admin/forum/meetings");
  const [t, format, meetings] = await Promise.all([getTranslations("Forum"), getFormatter(), listForumMeetingsForStaff()]);
  return (
    <div className="max-w-4xl space-y-6">
      <p><Link href="/admin/forum">{t("staff.back")}</Link></p>
      <h1 className="text-3xl">{t("meetings.staffTitle")}</h1>
      <p>
        <Link href="/admin/forum/meetings/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 font-bold text-white no-underline hover:bg-brand-dark">{t("meetings.schedule")}</Link>
      </p>
      {meetings.length === 0 ? (
        <p>{t("meetings.none")}</p>
      ) : (
        <ul className="space-y-3">
          {meetings.map((m) => (
            <li key={m.id} className="rounded-card border border-divider bg-surface p-4">
              <Link href={`/admin/forum/meetings/${m.id}`} className="font-bold">
                {localized(locale, m.douar.nameAr, m.douar.nameFr)} · {format.dateTime(m.scheduledAt, "withTime")}
              </Link>
              <p className="text-sm">
                <span dir="auto">{m.place}</span> · {t("meetings.agendaCount", { count: m._count.items })} · {m.minutesPublishedAt ? t("meetings.minutesPublished") : t("meetings.minutesPending")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
