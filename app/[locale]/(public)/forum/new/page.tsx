import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { TopicStatusBadge } from "@/components/forum/status-badge";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { createTopicAction } from "@/lib/forum/actions";
import { getForumChoices, suggestSimilarTopics } from "@/lib/forum/queries";
import { COMPETENCE_ARTICLE } from "@/lib/forum/rules";
import { BODY_MAX, PLACE_MAX, TITLE_MAX } from "@/lib/forum/schemas";
import { MAX_PHOTOS } from "@/lib/forum/service";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/forum/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("new.title"), robots: { index: false } };
}

const fieldClass = "block min-h-12 w-full max-w-2xl rounded-md border-2 border-muted bg-surface px-3 py-2";

/**
 * Raising a problem in two steps, without JavaScript: first the douar and a title (a GET form),
 * then the topics already raised there that look alike — to join rather than duplicate — and the
 * rest of the form.
 */
export default async function NewTopicPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const douarParam = typeof query.douar === "string" ? query.douar : "";
  const title = typeof query.title === "string" ? query.title.trim().slice(0, TITLE_MAX) : "";
  const returnTo = `/forum/new${douarParam ? `?douar=${encodeURIComponent(douarParam)}` : ""}`;
  await pageUserWith("forum.post", locale, returnTo);
  const [t, format, choices, errorMessages] = await Promise.all([getTranslations("Forum"), getFormatter(), getForumChoices(), forumErrorMessages()]);
  const douar = douarParam === "commune" ? null : choices.douars.find((d) => String(d.id) === douarParam);
  const douarChosen = douarParam === "commune" || !!douar;
  const secondStep = douarChosen && title !== "";
  const suggestions = secondStep ? await suggestSimilarTopics(douar?.id ?? null, title) : [];
  const douarName = douar ? localized(locale, douar.nameAr, douar.nameFr) : t("communeSpace");

  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("new.title")}</h1>
        <p className="text-lg">{t("new.intro")}</p>
        <p>
          <Link href="/forum/rules">{t("rules.link")}</Link>
        </p>
      </header>

      {!secondStep ? (
        <form method="get" action={localizedPath(locale, "/forum/new")} className="space-y-5 rounded-card border border-divider bg-surface p-4">
          <h2 className="text-xl">{t("new.step1")}</h2>
          <div className="space-y-1">
            <label htmlFor="new-douar" className="block font-bold">{t("new.douar")}</label>
            <select id="new-douar" name="douar" required defaultValue={douarParam} className={fieldClass}>
              <option value="">{t("new.chooseDouar")}</option>
              <option value="commune">{t("communeSpace")}</option>
              {choices.douars.map((d) => <option key={d.id} value={d.id}>{localized(locale, d.nameAr, d.nameFr)}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="new-title" className="block font-bold">{t("new.topicTitle")}</label>
            <p id="new-title-hint" className="text-sm text-muted">{t("new.titleHint")}</p>
            <input id="new-title" name="title" type="text" required maxLength={TITLE_MAX} defaultValue={title} dir="auto" aria-describedby="new-title-hint" className={fieldClass} />
          </div>
          {douarParam !== "" && !douarChosen && <p role="alert" className="font-bold text-danger">{t("errors.invalidChoice")}</p>}
          <button type="submit" className="min-h-12 rounded-md bg-brand px-6 font-bold text-white hover:bg-brand-dark">{t("new.continue")}</button>
        </form>
      ) : (
        <>
          <section aria-labelledby="similar-title" className="space-y-3">
            <h2 id="similar-title" className="text-xl">{t("new.similarTitle", { douar: douarName })}</h2>
            {suggestions.length === 0 ? (
              <p>{t("new.noSimilar")}</p>
            ) : (
              <>
                <p>{t("new.similarIntro")}</p>
                <ul className="space-y-2" data-testid="similar-topics">
                  {suggestions.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2 rounded-md border border-divider bg-surface p-3">
                      <Link href={`/forum/topics/${s.id}`} dir="auto" className="font-bold">{s.title}</Link>
                      <TopicStatusBadge status={s.status} />
                      <span className="text-sm">{format.dateTime(s.createdAt, "long")} · {t("list.supporters", { count: s._count.supports })}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <Link href={{ pathname: "/forum/new", query: { douar: douarParam, title } }}>{t("new.changeStep1")}</Link>
            </p>
          </section>
          <section aria-labelledby="new-step2" className="space-y-4 rounded-card border border-divider bg-surface p-4">
            <h2 id="new-step2" className="text-xl">{t("new.step2", { douar: douarName })}</h2>
            <ProgrammeForm
              action={createTopicAction}
              idPrefix="topic"
              items={[
                { kind: "text", name: "title", label: t("new.topicTitle"), required: true, maxLength: TITLE_MAX, dir: "auto" },
                {
                  kind: "select", name: "categoryId", label: t("new.category"), hint: t("new.categoryHint"), required: true, placeholder: t("new.chooseCategory"),
                  options: choices.categories.map((c) => ({
                    value: String(c.id),
                    label: `${localized(locale, c.nameAr, c.nameFr)}${c.competence ? ` — ${t(`competence.${c.competence}`)} (${t("articleShort", { article: COMPETENCE_ARTICLE[c.competence] })})` : ""}`,
                  })),
                },
                { kind: "textarea", name: "body", label: t("new.body"), hint: t("new.bodyHint"), required: true, maxLength: BODY_MAX, rows: 6 },
                { kind: "text", name: "place", label: t("new.place"), hint: t("new.placeHint"), maxLength: PLACE_MAX, dir: "auto" },
                { kind: "file", name: "photos", label: t("new.photos"), hint: t("new.photosHint", { max: MAX_PHOTOS }), accept: "image/jpeg,image/png,image/webp", multiple: true },
              ]}
              defaults={{ title }}
              hidden={{ douar: douarParam }}
              submitLabel={t("new.submit")}
              errorMessages={errorMessages}
            />
          </section>
        </>
      )}
    </div>
  );
}
