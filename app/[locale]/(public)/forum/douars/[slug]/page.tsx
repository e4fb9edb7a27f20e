import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForumLinks } from "@/components/forum/forum-links";
import { TopicList } from "@/components/forum/topic-list";
import { listDouarMeetings } from "@/lib/forum/meetings";
import { getDouarBySlug, getForumChoices, listTopics, parseTopicFilters } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/forum/douars/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, douar] = await Promise.all([getTranslations({ locale, namespace: "Forum" }), getDouarBySlug((await params).slug)]);
  return douar ? { title: t("douar.title", { douar: localized(locale, douar.nameAr, douar.nameFr) }) } : {};
}

export default async function DouarForumPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const douar = await getDouarBySlug((await params).slug);
  if (!douar) notFound();
  const filters = { ...parseTopicFilters(await searchParams), douar: douar.id };
  const [t, format, choices, result, meetings] = await Promise.all([getTranslations("Forum"), getFormatter(), getForumChoices(), listTopics(filters), listDouarMeetings(douar.id)]);
  const name = localized(locale, douar.nameAr, douar.nameFr);
  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="no-print text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/forum">{t("title")}</Link>
            <span aria-hidden="true" className="ms-2">/</span>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("douar.title", { douar: name })}</h1>
        {douar.isDemo && <p className="text-accent">{t("douar.demo")}</p>}
        <p className="max-w-3xl text-lg">{t("douar.intro")}</p>
      </header>
      <ForumLinks douarId={douar.id} />
      {meetings.length > 0 && (
        <section aria-labelledby="douar-meetings" className="space-y-2">
          <h2 id="douar-meetings" className="text-2xl">{t("meetings.douarSection")}</h2>
          <ul className="space-y-2">
            {meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/forum/meetings/${m.id}`}>{format.dateTime(m.scheduledAt, "withTime")}</Link> · <span dir="auto">{m.place}</span>
                {m.minutesPublishedAt && <span> · {t("meetings.minutesPublished")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TopicList locale={locale} pathname={`/forum/douars/${douar.slug}`} filters={filters} result={result} categories={choices.categories} />
    </div>
  );
}
