// The part of a public project page where people take part: follow the project, read and join the
// discussion (the commune's official answers clearly marked), and the public register of
// difficulties. Forms work without JavaScript. People's names are never shown here.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { followAction, postCommentAction, reportDifficultyAction } from "@/lib/programme/actions";
import { COMMENT_KINDS } from "@/lib/programme/schemas";
import { getProjectEngagement } from "@/lib/programme/service";
import { programmeErrorMessages } from "./error-messages";
import { ProgrammeForm } from "./programme-form";
import { DifficultyStatusBadge } from "./badges";

type Props = {
  projectId: number;
  projectCode: string;
  locale: Locale;
  /** Where sign-in and the forms come back to; the project's public page by default. */
  returnTo?: string;
};

export async function ProjectEngagement({ projectId, projectCode, locale, returnTo }: Props) {
  const back = returnTo ?? `/programme/projects/${encodeURIComponent(projectCode)}`;
  const [t, format, errorMessages, data] = await Promise.all([
    getTranslations({ locale, namespace: "ProgrammeAdmin" }),
    getFormatter({ locale }),
    programmeErrorMessages(),
    getProjectEngagement(projectId),
  ]);
  const { viewer } = data;
  const date = (value: Date) => format.dateTime(value, "long");
  const signInLink = (
    <Link href={{ pathname: "/signin", query: { callbackUrl: back } }} className="font-bold">
      {t("engagement.signIn")}
    </Link>
  );

  return (
    <div id="engagement" className="space-y-8">
      <section aria-labelledby="engagement-follow" className="space-y-3 rounded-card border-2 border-brand bg-brand-soft p-5">
        <h2 id="engagement-follow" className="text-2xl">{t("engagement.title")}</h2>
        <p>{t("engagement.followers", { count: data.followers })}</p>
        {viewer.signedIn && viewer.canFollow ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="flex-1 basis-64" role={viewer.following ? "status" : undefined}>
              {viewer.following ? t("engagement.following") : t("engagement.followPitch")}
            </p>
            <form action={followAction}>
              <input type="hidden" name="projectId" value={projectId} />
              <input type="hidden" name="follow" value={viewer.following ? "0" : "1"} />
              <input type="hidden" name="returnTo" value={back} />
              <button
                type="submit"
                className={`min-h-12 rounded-md px-6 font-bold ${viewer.following ? "border-2 border-brand bg-surface text-brand hover:bg-paper" : "bg-brand text-white hover:bg-brand-dark"}`}
              >
                {viewer.following ? t("engagement.unfollow") : t("engagement.follow")}
              </button>
            </form>
          </div>
        ) : viewer.signedIn ? (
          <p>{t("engagement.cannotPost")}</p>
        ) : (
          <p>
            {t("engagement.signInToTakePart")} {signInLink}
          </p>
        )}
      </section>

      <section aria-labelledby="engagement-discussion" className="space-y-4">
        <h2 id="engagement-discussion" className="text-2xl">{t("engagement.discussion")}</h2>
        <p>{t("engagement.discussionIntro")}</p>
        {data.comments.length === 0 ? (
          <p>{t("engagement.discussionEmpty")}</p>
        ) : (
          <ol className="space-y-4">
            {data.comments.map((comment) => (
              <li key={comment.id}>
                <article aria-labelledby={`post-${comment.id}`} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                  <h3 id={`post-${comment.id}`} className="text-base font-bold">
                    {t("engagement.postedOn", { kind: t(`commentKind.${comment.kind as "QUESTION"}`), date: date(comment.createdAt) })}
                    {comment.mine && <span className="ms-2 font-normal text-muted">{t("engagement.mine")}</span>}
                  </h3>
                  <p dir="auto" className="whitespace-pre-line break-words">{comment.body}</p>
                  {comment.answers.length === 0 ? (
                    <p className="text-muted">{t("engagement.awaitingAnswer")}</p>
                  ) : (
                    comment.answers.map((answer) => (
                      <div key={answer.id} className="space-y-1 rounded-md border-s-4 border-brand bg-brand-soft p-3">
                        <p className="flex flex-wrap items-center gap-2 font-bold text-brand-dark">
                          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 fill-current">
                            <path d="M10 1l2.4 5.3 5.6.6-4.2 3.8 1.2 5.6L10 13.4l-5 2.9 1.2-5.6L2 6.9l5.6-.6z" />
                          </svg>
                          {t("engagement.officialAnswer")}
                          <span className="font-normal text-ink">· {date(answer.createdAt)}</span>
                        </p>
                        <p dir="auto" className="whitespace-pre-line break-words">{answer.body}</p>
                      </div>
                    ))
                  )}
                </article>
              </li>
            ))}
          </ol>
        )}
        {data.commentCount > data.comments.length && (
          <p className="text-muted">{t("engagement.discussionMore", { shown: data.comments.length, total: data.commentCount })}</p>
        )}
        {viewer.canPost && (
          <div className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h3 className="text-lg">{t("engagement.askTitle")}</h3>
            <ProgrammeForm
              action={postCommentAction}
              idPrefix="engagement-ask"
              items={[
                { kind: "radios", name: "kind", label: t("engagement.kind"), required: true, options: COMMENT_KINDS.map((k) => ({ value: k, label: t(`commentKind.${k}`) })) },
                { kind: "textarea", name: "body", label: t("engagement.body"), hint: t("engagement.bodyHint"), required: true, maxLength: 3000, rows: 4 },
              ]}
              defaults={{ kind: "QUESTION" }}
              hidden={{ projectId: String(projectId), returnTo: back }}
              submitLabel={t("engagement.askSubmit")}
              successText={t("engagement.posted")}
              errorMessages={errorMessages}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="engagement-difficulties" className="space-y-4">
        <h2 id="engagement-difficulties" className="text-2xl">{t("engagement.difficulties")}</h2>
        <p>{t("engagement.difficultiesIntro")}</p>
        {data.difficulties.length === 0 ? (
          <p>{t("engagement.difficultiesEmpty")}</p>
        ) : (
          <ol className="space-y-4">
            {data.difficulties.map((difficulty) => (
              <li key={difficulty.id}>
                <article aria-labelledby={`difficulty-${difficulty.id}`} className="space-y-3 rounded-card border border-divider bg-surface p-4">
                  <h3 id={`difficulty-${difficulty.id}`} className="flex flex-wrap items-center gap-2 text-base font-bold">
                    <span>
                      {t("engagement.reportedOn", { date: date(difficulty.createdAt) })}
                      {difficulty.mine && <span className="ms-2 font-normal text-muted">{t("engagement.mine")}</span>}
                    </span>
                    <span className="sr-only">{t("engagement.statusLabel")}</span>
                    <DifficultyStatusBadge status={difficulty.status} />
                  </h3>
                  <p dir="auto" className="whitespace-pre-line break-words">{difficulty.body}</p>
                  {difficulty.answer && (
                    <div className="space-y-1 rounded-md border-s-4 border-brand bg-brand-soft p-3">
                      <p className="font-bold text-brand-dark">
                        {t("engagement.communeAnswer")}
                        {difficulty.answeredAt && <span className="font-normal text-ink"> · {date(difficulty.answeredAt)}</span>}
                      </p>
                      <p dir="auto" className="whitespace-pre-line break-words">{difficulty.answer}</p>
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ol>
        )}
        {viewer.canPost && (
          <div className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h3 className="text-lg">{t("engagement.reportTitle")}</h3>
            <ProgrammeForm
              action={reportDifficultyAction}
              idPrefix="engagement-report"
              items={[{ kind: "textarea", name: "body", label: t("engagement.reportBody"), hint: t("engagement.reportHint"), required: true, maxLength: 3000, rows: 4 }]}
              hidden={{ projectId: String(projectId), returnTo: back }}
              submitLabel={t("engagement.reportSubmit")}
              successText={t("engagement.reported")}
              errorMessages={errorMessages}
            />
          </div>
        )}
        {!viewer.signedIn && (
          <p>
            {t("engagement.signInToTakePart")} {signInLink}
          </p>
        )}
      </section>
    </div>
  );
}
