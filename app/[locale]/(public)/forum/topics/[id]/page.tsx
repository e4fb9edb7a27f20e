import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { TopicPage } from "@/components/forum/topic-view";
import { getTopic } from "@/lib/forum/queries";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/forum/topics/[id]">;

function topicId(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const id = topicId((await params).id);
  const topic = id ? await getTopic(id) : null;
  // A hidden topic (seen by its author or a moderator) is never indexed.
  if (!topic) return {};
  return { ...(await shareMetadata(locale, `/forum/topics/${topic.id}`, { title: topic.title, description: topic.body })), ...(topic.hiddenAt ? { robots: { index: false } } : {}) };
}

export default async function ForumTopicPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const id = topicId((await params).id);
  const topic = id ? await getTopic(id) : null;
  if (!topic) notFound();
  const done = (await searchParams).done;
  return (
    <>
      <TopicPage topic={topic} locale={locale} done={typeof done === "string" ? done : undefined} />
      {!topic.hiddenAt && <div className="mt-8 max-w-3xl"><ShareLinks locale={locale} path={`/forum/topics/${topic.id}`} title={topic.title} /></div>}
    </>
  );
}
