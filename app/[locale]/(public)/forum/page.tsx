import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForumLinks } from "@/components/forum/forum-links";
import { TopicList } from "@/components/forum/topic-list";
import { getDouarSpaces, getForumChoices, listTopics, parseTopicFilters } from "@/lib/forum/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("title") };
}

export default async function ForumPage({ params, searchParams }: PageProps<"/[locale]/forum">) {
  const locale = await pageLocale(params);
  const filters = parseTopicFilters(await searchParams);
  const [t, spaces, choices, result] = await Promise.all([getTranslations("Forum"), getDouarSpaces(), getForumChoices(), listTopics(filters)]);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
      </header>
      <ForumLinks />
      <section aria-labelledby="forum-spaces" className="space-y-3">
        <h2 id="forum-spaces" className="text-2xl">{t("spaces.title")}</h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          <li>
            <Link href={{ pathname: "/forum", query: { douar: "commune" } }} className="flex min-h-12 items-center justify-between gap-2 rounded-md border border-divider bg-surface px-4 py-2">
              <span className="font-bold">{t("communeSpace")}</span>
              <span className="text-sm">{t("spaces.open", { count: spaces.commune })}</span>
            </Link>
          </li>
          {spaces.douars.map((douar) => (
            <li key={douar.id}>
              <Link href={`/forum/douars/${douar.slug}`} className="flex min-h-12 items-center justify-between gap-2 rounded-md border border-divider bg-surface px-4 py-2">
                <span className="font-bold">{localized(locale, douar.nameAr, douar.nameFr)}</span>
                <span className="text-sm">{t("spaces.open", { count: douar.open })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="forum-topics" className="space-y-4">
        <h2 id="forum-topics" className="text-2xl">{t("list.title")}</h2>
        <TopicList locale={locale} pathname="/forum" filters={filters} result={result} categories={choices.categories} douars={choices.douars} />
      </section>
    </div>
  );
}
