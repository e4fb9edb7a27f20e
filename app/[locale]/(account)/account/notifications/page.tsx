import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { markNotificationsReadAction } from "@/lib/programme/actions";
import { invitationText, MEETING_INVITATION_KIND, type MeetingNoticePayload } from "@/lib/programme/meetings";
import { listMyNotifications, noticeText, projectNoticeKind, type NoticePayload } from "@/lib/programme/notify";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/notifications">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin.notifications" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params, searchParams }: PageProps<"/[locale]/account/notifications">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/notifications");
  const [t, tm, format, notices, query] = await Promise.all([
    getTranslations("ProgrammeAdmin.notifications"),
    getTranslations("ProgrammeMeetings"),
    getFormatter(),
    listMyNotifications(),
    searchParams,
  ]);
  const unread = notices.filter((n) => !n.read).length;

  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
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
      {notices.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {notices.map((notice) => {
            const projectKind = projectNoticeKind(notice.kind);
            const invitation = notice.kind === MEETING_INVITATION_KIND;
            if (!projectKind && !invitation) return null;
            const payload = notice.payload as NoticePayload & MeetingNoticePayload;
            const text = projectKind ? noticeText(locale, projectKind, payload) : { ...invitationText(locale, payload), details: [] };
            return (
              <li
                key={notice.id}
                className={`space-y-1 rounded-card border p-4 ${notice.read ? "border-divider bg-surface" : "border-s-4 border-brand bg-brand-soft"}`}
              >
                <p className="text-sm text-muted">
                  {!notice.read && <strong className="me-2 text-brand-dark">{t("new")}</strong>}
                  {format.dateTime(notice.createdAt, "withTime")}
                </p>
                <p className="font-bold">{text.summary}</p>
                {text.details.map((detail) => (
                  <p key={detail} dir="auto" className="whitespace-pre-line">{detail}</p>
                ))}
                <p>
                  {projectKind ? (
                    <Link href={`/programme/projects/${encodeURIComponent(payload.code)}`}>{t("open", { code: payload.code })}</Link>
                  ) : (
                    <Link href="/account/invitations">{tm("invitations.title")}</Link>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
