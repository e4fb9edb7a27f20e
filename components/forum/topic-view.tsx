// A topic's page: what was raised, its photos, where the commune stands (status, its public
// notes, the programme project or the competent body), "this affects me too", following, the
// replies with the commune's official answers marked, and the reply form. Works without
// JavaScript. Residents are not named: posts show their date, and "yours" to their author.
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { followAction, replyAction, supportAction } from "@/lib/forum/actions";
import type { TopicView } from "@/lib/forum/queries";
import { COMPETENCE_ARTICLE } from "@/lib/forum/rules";
import { REPLY_MAX } from "@/lib/forum/schemas";
import type { Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/pick";
import { forumErrorMessages } from "./error-messages";
import { TopicStatusBadge } from "./status-badge";
import { UserText } from "./user-text";

const DONE = ["posted", "replied", "reported"] as const;

export function HiddenNotice({ label, reason }: { label: string; reason: string | null }) {
  return (
    <div className="rounded-md border-2 border-danger bg-danger-soft p-3">
      <p className="font-bold">{label}</p>
      {reason && <UserText text={reason} />}
    </div>
  );
}

export function OfficialMark({ label }: { label: string }) {
  return (
    <span className="flex flex-wrap items-center gap-2 font-bold text-brand-dark">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 fill-current">
        <path d="M10 1l2.4 5.3 5.6.6-4.2 3.8 1.2 5.6L10 13.4l-5 2.9 1.2-5.6L2 6.9l5.6-.6z" />
      </svg>
      {label}
    </span>
  );
}

/** The facts of a topic (shared by the public page and the staff page). */
export async function TopicFacts({ topic, locale }: { topic: TopicView; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Forum"), getFormatter()]);
  const competence = topic.category.competence;
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="sr-only">{t("topic.statusLabel")}</span>
        <TopicStatusBadge status={topic.status} />
        <span>{localized(locale, topic.category.nameAr, topic.category.nameFr)}</span>
        <span>· {topic.douar ? localized(locale, topic.douar.nameAr, topic.douar.nameFr) : t("communeSpace")}</span>
        <span>· {t("topic.raisedOn", { date: format.dateTime(topic.createdAt, "long") })}</span>
        {topic.isDemo && <span className="rounded-md border border-accent px-2 text-sm text-accent">{t("demo")}</span>}
      </p>
      <p className="text-sm text-muted">
        {competence ? t("topic.competence", { kind: t(`competence.${competence}`), article: COMPETENCE_ARTICLE[competence] }) : t("topic.competenceCaseByCase")}
      </p>
      <UserText text={topic.body} className="text-lg" />
      {topic.place && (
        <p>
          <span className="font-bold">{t("topic.place")}: </span>
          <span dir="auto">{topic.place}</span>
        </p>
      )}
      {topic.photos.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2">
          {topic.photos.map((photo, index) => (
            <li key={photo.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized */}
              <img
                src={`/api/files/forum/${photo.id}`}
                width={photo.width}
                height={photo.height}
                loading="lazy"
                alt={t("topic.photoAlt", { number: index + 1, title: topic.title })}
                className="h-auto w-full rounded-md border border-divider"
              />
            </li>
          ))}
        </ul>
      )}
      {topic.project && (
        <p className="rounded-md border-s-4 border-brand bg-brand-soft p-3">
          {t("topic.plannedIn")}{" "}
          <Link href={`/programme/projects/${encodeURIComponent(topic.project.code)}`}>
            <span dir="ltr">{topic.project.code}</span> · {localized(locale, topic.project.titleAr, topic.project.titleFr)}
          </Link>
        </p>
      )}
      {topic.status === "OUTSIDE_COMPETENCE" && topic.competentBody && (
        <p className="rounded-md border-s-4 border-danger bg-danger-soft p-3">
          <span className="font-bold">{t("topic.competentBody")}: </span>
          <span dir="auto">{topic.competentBody}</span>
        </p>
      )}
      {topic.statusChanges.length > 0 && (
        <section aria-labelledby="topic-history" className="space-y-2">
          <h2 id="topic-history" className="text-xl">{t("topic.history")}</h2>
          <ol className="space-y-2">
            {topic.statusChanges.map((change) => (
              <li key={change.id} className="rounded-md border border-divider bg-surface p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <TopicStatusBadge status={change.toStatus} />
                  <span className="text-sm">{format.dateTime(change.createdAt, "long")}</span>
                </p>
                <UserText text={change.note} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {topic.meetingItems.length > 0 && (
        <section aria-labelledby="topic-meetings" className="space-y-2">
          <h2 id="topic-meetings" className="text-xl">{t("meetings.topicOutcomes")}</h2>
          <ul className="space-y-2">
            {topic.meetingItems.map((item) => (
              <li key={item.meeting.id} className="rounded-md border-s-4 border-brand bg-brand-soft p-3">
                <Link href={`/forum/meetings/${item.meeting.id}`} className="font-bold">{t("meetings.outcomeOn", { date: format.dateTime(item.meeting.scheduledAt, "long") })}</Link>
                <UserText text={item.outcome ?? ""} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export async function TopicPage({ topic, locale, done }: { topic: TopicView; locale: Locale; done: string | undefined }) {
  const [t, format, errorMessages] = await Promise.all([getTranslations("Forum"), getFormatter(), forumErrorMessages()]);
  const path = `/forum/topics/${topic.id}`;
  const { viewer } = topic;
  const signIn = (
    <p>
      {t("topic.signInToTakePart")}{" "}
      <Link href={{ pathname: "/signin", query: { callbackUrl: path } }} className="font-bold">{t("topic.signIn")}</Link>
    </p>
  );
  const toggleButton = (on: boolean, action: (formData: FormData) => Promise<void>, label: string, pressed: boolean) => (
    <form action={action}>
      <input type="hidden" name="topicId" value={topic.id} />
      <input type="hidden" name="on" value={on ? "1" : "0"} />
      <input type="hidden" name="returnTo" value={path} />
      <button
        type="submit"
        aria-pressed={pressed}
        className={`min-h-12 rounded-md px-5 font-bold ${pressed ? "border-2 border-brand bg-surface text-brand hover:bg-paper" : "bg-brand text-white hover:bg-brand-dark"}`}
      >
        {label}
      </button>
    </form>
  );

  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/forum">{t("title")}</Link>
            <span aria-hidden="true" className="ms-2">/</span>
          </li>
          {topic.douar && (
            <li>
              <Link href={`/forum/douars/${topic.douar.slug}`}>{localized(locale, topic.douar.nameAr, topic.douar.nameFr)}</Link>
              <span aria-hidden="true" className="ms-2">/</span>
            </li>
          )}
          <li aria-current="page">{t("topic.crumb", { id: topic.id })}</li>
        </ol>
      </nav>
      {done && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`done.${done as (typeof DONE)[number]}`)}</p>
      )}
      {topic.hiddenAt && <HiddenNotice label={t("topic.hiddenTopic")} reason={topic.hiddenReason} />}

      <header className="space-y-2">
        <h1 className="text-3xl" dir="auto">{topic.title}</h1>
        {topic.mine && <p className="text-muted">{t("topic.yours")}</p>}
      </header>
      <TopicFacts topic={topic} locale={locale} />

      <section aria-labelledby="topic-support" className="space-y-3 rounded-card border-2 border-brand bg-brand-soft p-5">
        <h2 id="topic-support" className="text-xl">{t("topic.supportTitle")}</h2>
        <p className="text-lg font-bold">{t("topic.supporters", { count: topic._count.supports })}</p>
        {viewer.canPost && !topic.hiddenAt ? (
          <div className="flex flex-wrap gap-3">
            {toggleButton(!viewer.supporting, supportAction, viewer.supporting ? t("topic.unsupport") : t("topic.support"), viewer.supporting)}
            {toggleButton(!viewer.following, followAction, viewer.following ? t("topic.unfollow") : t("topic.follow"), viewer.following)}
          </div>
        ) : viewer.signedIn ? null : (
          signIn
        )}
        {viewer.following && <p>{t("topic.followingNote")}</p>}
      </section>

      {!topic.hiddenAt && (
        <section aria-labelledby="topic-petition" className="space-y-2">
          <h2 id="topic-petition" className="text-xl">{t("topic.petitionTitle")}</h2>
          {topic.petitions.length > 0 && (
            <ul className="list-disc space-y-1 ps-6">
              {topic.petitions.map((petition) => (
                <li key={petition.id}>
                  <Link href={`/petitions/${petition.id}`} dir="auto">{petition.subject}</Link>
                </li>
              ))}
            </ul>
          )}
          <p>{t("topic.petitionIntro")}</p>
          <p>
            <Link href={{ pathname: "/petitions/new", query: { fromTopic: String(topic.id) } }} className="font-bold">{t("topic.toPetition")}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="topic-replies" className="space-y-4">
        <h2 id="topic-replies" className="text-2xl">{t("topic.replies", { count: topic.posts.length })}</h2>
        {topic.posts.length === 0 ? (
          <p>{t("topic.noReplies")}</p>
        ) : (
          <ol className="space-y-4">
            {topic.posts.map((post) => (
              <li key={post.id}>
                <article
                  aria-labelledby={`post-${post.id}`}
                  className={`space-y-2 rounded-card p-4 ${post.official ? "border-s-4 border-brand bg-brand-soft" : "border border-divider bg-surface"}`}
                >
                  <h3 id={`post-${post.id}`} className="text-base">
                    {post.official ? <OfficialMark label={t("topic.officialAnswer")} /> : <span className="font-bold">{t("topic.resident")}</span>}
                    <span className="text-sm font-normal"> · {format.dateTime(post.createdAt, "withTime")}</span>
                    {post.mine && <span className="ms-2 text-sm font-normal text-muted">{t("topic.yoursShort")}</span>}
                  </h3>
                  {post.hiddenAt && <HiddenNotice label={t("topic.hiddenPost")} reason={post.hiddenReason} />}
                  <UserText text={post.body} />
                  {viewer.signedIn && !post.official && !post.hiddenAt && !post.mine && (
                    <p className="no-print text-sm">
                      <Link href={{ pathname: `${path}/report`, query: { post: String(post.id) } }}>{t("topic.reportPost")}</Link>
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ol>
        )}
        {viewer.canPost && !topic.hiddenAt && (
          <div className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h3 className="text-lg">{t("topic.replyTitle")}</h3>
            <ProgrammeForm
              action={replyAction}
              idPrefix="reply"
              items={[{ kind: "textarea", name: "body", label: t("topic.replyBody"), hint: t("topic.replyHint"), required: true, maxLength: REPLY_MAX, rows: 4 }]}
              hidden={{ topicId: String(topic.id) }}
              submitLabel={t("topic.replySubmit")}
              errorMessages={errorMessages}
            />
          </div>
        )}
        {!viewer.signedIn && signIn}
      </section>

      {viewer.signedIn && !topic.mine && !topic.hiddenAt && (
        <p className="no-print">
          <Link href={`${path}/report`}>{t("topic.reportTopic")}</Link>
        </p>
      )}
      <p className="no-print">
        <Link href="/forum/rules">{t("rules.link")}</Link>
      </p>
    </div>
  );
}
