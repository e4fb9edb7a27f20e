import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { UserText } from "@/components/forum/user-text";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { dismissReportAction, hideAction } from "@/lib/forum/actions";
import { listOpenReports } from "@/lib/forum/queries";
import { REASON_MAX } from "@/lib/forum/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/forum/reports">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("staff.reportsTitle") };
}

/** Reports waiting for a moderator, oldest first: hide the post (with a reason the author sees) or dismiss the report. */
export default async function ForumReportsPage({ params, searchParams }: PageProps<"/[locale]/admin/forum/reports">) {
  const locale = await pageLocale(params);
  await pageUserWith("forum.moderate", locale, "/admin/forum/reports");
  const [t, format, errorMessages, reports] = await Promise.all([getTranslations("Forum"), getFormatter(), forumErrorMessages(), listOpenReports()]);
  const done = (await searchParams).done;
  return (
    <div className="max-w-4xl space-y-6">
      <p><Link href="/admin/forum">{t("staff.back")}</Link></p>
      <h1 className="text-3xl">{t("staff.reportsTitle")}</h1>
      {done === "dismissed" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("staff.done.dismissed")}</p>}
      {reports.length === 0 ? (
        <p>{t("staff.noReports")}</p>
      ) : (
        <ol className="space-y-4">
          {reports.map((report) => {
            const hidden = report.post ? report.post.hiddenAt !== null : report.topic.hiddenAt !== null;
            return (
              <li key={report.id} id={`report-${report.id}`} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                <p className="text-sm">{format.dateTime(report.createdAt, "withTime")} · <Link href={`/admin/forum/topics/${report.topicId}`} dir="auto">{report.topic.title}</Link></p>
                <p className="font-bold">{report.postId ? t("staff.reportedPost") : t("staff.reportedTopic")}</p>
                <blockquote className="rounded-md border-s-4 border-muted p-3"><UserText text={report.post?.body ?? report.topic.body} /></blockquote>
                <p><span className="font-bold">{t("staff.reportReason")}: </span><span dir="auto">{report.reason}</span></p>
                {!hidden && (
                  <ProgrammeForm
                    action={hideAction}
                    idPrefix={`report-${report.id}`}
                    label={t("staff.hide")}
                    items={[{ kind: "text", name: "reason", label: t("staff.hideReason"), hint: t("staff.hideReasonHint"), required: true, maxLength: REASON_MAX, dir: "auto" }]}
                    hidden={{ topicId: String(report.topicId), postId: report.postId ? String(report.postId) : "", hide: "1" }}
                    submitLabel={report.postId ? t("staff.hidePost") : t("staff.hideTopic")}
                    errorMessages={errorMessages}
                  />
                )}
                <form action={dismissReportAction}>
                  <input type="hidden" name="reportId" value={report.id} />
                  <button type="submit" className="min-h-12 rounded-md border-2 border-brand px-5 font-bold text-brand">{t("staff.dismiss")}</button>
                </form>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
