import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { programmeErrorMessages } from "@/components/programme/error-messages";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { answerCommentAction, setCommentVisibilityAction } from "@/lib/programme/actions";
import { isolate } from "@/lib/notifications/email";
import { getDiscussionForStaff } from "@/lib/programme/service";
import { DoneMessage, ProjectHeader } from "../../_components/project-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/programme/[code]/discussion">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ProgrammeAdmin" });
  const { code } = await params;
  return { title: `${t("tabs.discussion")} ${code}` };
}

export default async function ProjectDiscussionAdminPage({ params, searchParams }: PageProps<"/[locale]/admin/programme/[code]/discussion">) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const user = await pageUserWith("programme.answer", locale, `/admin/programme/${encodeURIComponent(code)}/discussion`);
  const [t, format, errorMessages, data, query] = await Promise.all([
    getTranslations("ProgrammeAdmin"),
    getFormatter(),
    programmeErrorMessages(),
    getDiscussionForStaff(code),
    searchParams,
  ]);
  if (!data) notFound();
  const { project, comments } = data;

  return (
    <div className="max-w-4xl space-y-6">
      <ProjectHeader project={project} locale={locale} roles={user.roles} current="discussion" />
      <h2 className="text-2xl">{t("tabs.discussion")}</h2>
      <p>{t("discussion.intro")}</p>
      <DoneMessage
        text={query.done === "answered" ? t("done.answered") : query.done === "hidden" ? t("done.hidden") : query.done === "shown" ? t("done.shown") : null}
      />
      {comments.length === 0 ? (
        <p>{t("discussion.empty")}</p>
      ) : (
        <ol className="space-y-5">
          {comments.map((comment) => {
            const kind = t(`commentKind.${comment.kind as "QUESTION" | "OBSERVATION"}`);
            const date = format.dateTime(comment.createdAt, "withTime");
            return (
              <li key={comment.id} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                <article aria-labelledby={`comment-${comment.id}`} className="space-y-3">
                  <h3 id={`comment-${comment.id}`} className="flex flex-wrap items-center gap-2 text-lg">
                    {t("discussion.by", { kind, name: isolate(comment.author?.name ?? t("overview.unknownAuthor")), date })}
                    {comment.answers.length === 0 && (
                      <span className="rounded-full border-2 border-accent bg-warning-soft px-3 text-sm text-accent">{t("discussion.waiting")}</span>
                    )}
                    {comment.hiddenAt && <span className="rounded-full border-2 border-muted px-3 text-sm">{t("discussion.hidden")}</span>}
                  </h3>
                  <p dir="auto" className="whitespace-pre-line">{comment.body}</p>
                  {comment.answers.map((answer) => (
                    <div key={answer.id} className="space-y-1 rounded-md border-s-4 border-brand bg-brand-soft p-3">
                      <p className="font-bold">
                        {t("discussion.answerBy", { name: isolate(answer.author?.name ?? t("overview.unknownAuthor")), date: format.dateTime(answer.createdAt, "withTime") })}
                      </p>
                      <p dir="auto" className="whitespace-pre-line">{answer.body}</p>
                    </div>
                  ))}
                  <form action={setCommentVisibilityAction}>
                    <input type="hidden" name="commentId" value={comment.id} />
                    <input type="hidden" name="hide" value={comment.hiddenAt ? "0" : "1"} />
                    <button type="submit" className="min-h-11 rounded-md border-2 border-muted px-4 font-bold hover:bg-brand-soft">
                      {comment.hiddenAt ? t("discussion.show") : t("discussion.hide")}
                    </button>
                  </form>
                  {!comment.hiddenAt && (
                    <ProgrammeForm
                      action={answerCommentAction}
                      idPrefix={`answer-${comment.id}`}
                      label={t("discussion.answerFormLabel", { kind, date })}
                      items={[
                        {
                          kind: "textarea",
                          name: "body",
                          label: comment.answers.length ? t("discussion.answerAgain") : t("discussion.answer"),
                          required: true,
                          maxLength: 5000,
                          rows: 3,
                        },
                      ]}
                      hidden={{ commentId: String(comment.id) }}
                      submitLabel={t("discussion.answerSubmit")}
                      errorMessages={errorMessages}
                    />
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
