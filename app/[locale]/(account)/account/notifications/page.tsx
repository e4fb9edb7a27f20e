import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { listMyNotifications } from "@/lib/notifications/queries";
import { renderNotice } from "@/lib/notifications/registry";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/notifications">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Notifications" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params, searchParams }: PageProps<"/[locale]/account/notifications">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/notifications");
  const [t, format, notices, query] = await Promise.all([getTranslations("Notifications"), getFormatter(), listMyNotifications(), searchParams]);
  const shown = notices.flatMap((notice) => {
    const view = renderNotice(locale, notice.kind, notice.payload);
    return view ? [{ ...notice, view }] : [];
  });
  const unread = shown.filter((n) => !n.read).length;

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/account/notifications/preferences">{t("preferences.link")}</Link>
      </p>
      {query.done === "read" && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("markedRead")}</p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-bold">{t("unread", { count: unread })}</p>
        {unread > 0 && (
          <form action={markNotificationsReadAction}>
            <button type="submit" className="min-h-12 rounded-md border-2 border-brand px-5 font-bold text-brand hover:bg-brand-soft">
              {t("markAllRead")}
            </button>
          </form>
        )}
      </div>
      {shown.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {shown.map(({ id, read, createdAt, view }) => (
            <li key={id} className={`space-y-1 rounded-card border p-4 ${read ? "border-divider bg-surface" : "border-s-4 border-brand bg-brand-soft"}`}>
              <p className="text-sm text-muted">
                {!read && <strong className="me-2 text-brand-dark">{t("new")}</strong>}
                {format.dateTime(createdAt, "withTime")}
              </p>
              <p className="font-bold">{view.summary}</p>
              {view.details.map((detail) => (
                <p key={detail} dir="auto" className="whitespace-pre-line">{detail}</p>
              ))}
              <p>
                <Link href={view.href}>{view.linkLabel}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
