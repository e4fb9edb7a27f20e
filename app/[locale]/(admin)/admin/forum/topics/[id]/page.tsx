import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { HiddenNotice, OfficialMark, TopicFacts } from "@/components/forum/topic-view";
import { UserText } from "@/components/forum/user-text";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { can } from "@/lib/auth/permissions";
import { pageUserWith } from "@/lib/auth/page-guards";
import { hideAction, officialAnswerAction, statusChangeAction } from "@/lib/forum/actions";
import { getProjectChoices, getTopic } from "@/lib/forum/queries";
import { STATUS_NEXT, STATUS_NOTE_MAX } from "@/lib/forum/rules";
import { REASON_MAX, REPLY_MAX } from "@/lib/forum/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/admin/forum/topics/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("staff.topicTitle", { id: (await params).id }) };
}

const DONE = ["answered", "status", "hidden", "shown"] as const;

export default async function StaffTopicPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await pageUserWith("forum.answer", locale, `/admin/forum/topics/${id}`);
  const topic = /^[1-9]\d{0,8}$/.test(id) ? await getTopic(Number(id)) : null;
  if (!topic) notFound();
  const [t, format, errorMessages, projects] = await Promise.all([getTranslations("Forum"), getFormatter(), forumErrorMessages(), getProjectChoices()]);
  const done = (await searchParams).done;
  const moderator = can(user.roles, "forum.moderate");
  const next = STATUS_NEXT[topic.status];
  const hideForm = (postId: number | null, hidden: boolean) =>
    moderator && (
      <ProgrammeForm
        action={hideAction}
        idPrefix={`hide-${postId ?? "topic"}`}
        label={hidden ? t("staff.show") : t("staff.hide")}
        items={hidden ? [] : [{ kind: "text", name: "reason", label: t("staff.hideReason"), hint: t("staff.hideReasonHint"), required: true, maxLength: REASON_MAX, dir: "auto" }]}
        hidden={{ topicId: String(topic.id), postId: postId ? String(postId) : "", hide: hidden ? "0" : "1" }}
        submitLabel={hidden ? t("staff.show") : postId ? t("staff.hidePost") : t("staff.hideTopic")}
        errorMessages={errorMessages}
      />
    );

  return (
    <div className="max-w-4xl space-y-8">
      <p><Link href="/admin/forum">{t("staff.back")}</Link></p>
      {typeof done === "string" && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`staff.done.${done as (typeof DONE)[number]}`)}</p>
      )}
      <header className="space-y-2">
        <h1 className="text-3xl" dir="auto">{topic.title}</h1>
        <p><Link href={`/forum/topics/${topic.id}`}>{t("staff.publicPage")}</Link></p>
      </header>
      {topic.hiddenAt && <HiddenNotice label={t("staff.topicHidden")} reason={topic.hiddenReason} />}
      <TopicFacts topic={topic} locale={locale} />
      {hideForm(null, topic.hiddenAt !== null)}

      <section aria-labelledby="staff-replies" className="space-y-4">
        <h2 id="staff-replies" className="text-2xl">{t("topic.replies", { count: topic.posts.length })}</h2>
        <ol className="space-y-4">
          {topic.posts.map((post) => (
            <li key={post.id} className={`space-y-2 rounded-card p-4 ${post.official ? "border-s-4 border-brand bg-brand-soft" : "border border-divider bg-surface"}`}>
              <p>
                {post.official ? <OfficialMark label={t("topic.officialAnswer")} /> : <span className="font-bold">{t("topic.resident")}</span>}
                <span className="text-sm"> · {format.dateTime(post.createdAt, "withTime")}</span>
              </p>
              {post.hiddenAt && <HiddenNotice label={t("staff.postHidden")} reason={post.hiddenReason} />}
              <UserText text={post.body} />
              {!post.official && hideForm(post.id, post.hiddenAt !== null)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="staff-answer" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="staff-answer" className="text-2xl">{t("staff.answerTitle")}</h2>
        <ProgrammeForm
          action={officialAnswerAction}
          idPrefix="answer"
          items={[{ kind: "textarea", name: "body", label: t("staff.answerBody"), hint: t("staff.answerHint"), required: true, maxLength: REPLY_MAX, rows: 5 }]}
          hidden={{ topicId: String(topic.id) }}
          submitLabel={t("staff.answerSubmit")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="staff-status" className="space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="staff-status" className="text-2xl">{t("staff.statusTitle")}</h2>
        {next.length === 0 ? (
          <p>{t("staff.closed")}</p>
        ) : (
          <ProgrammeForm
            action={statusChangeAction}
            idPrefix="status"
            items={[
              { kind: "radios", name: "status", label: t("staff.newStatus"), required: true, options: next.map((s) => ({ value: s, label: t(`status.${s}`) })) },
              { kind: "textarea", name: "note", label: t("staff.note"), hint: t("staff.noteHint"), required: true, maxLength: STATUS_NOTE_MAX, rows: 3 },
              {
                kind: "select", name: "projectId", label: t("staff.project"), hint: t("staff.projectHint"), placeholder: t("staff.noProject"),
                options: projects.map((p) => ({ value: String(p.id), label: `${p.code} · ${localized(locale, p.titleAr, p.titleFr)}` })),
              },
              { kind: "text", name: "competentBody", label: t("staff.competentBody"), hint: t("staff.competentBodyHint"), maxLength: 200, dir: "auto" },
            ]}
            hidden={{ topicId: String(topic.id) }}
            submitLabel={t("staff.statusSubmit")}
            errorMessages={errorMessages}
          />
        )}
      </section>
    </div>
  );
}
