import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { forumErrorMessages } from "@/components/forum/error-messages";
import { UserText } from "@/components/forum/user-text";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUser } from "@/lib/auth/page-guards";
import { reportAction } from "@/lib/forum/actions";
import { getTopic } from "@/lib/forum/queries";
import { REASON_MAX } from "@/lib/forum/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/forum/topics/[id]/report">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("report.title"), robots: { index: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const topicId = /^[1-9]\d{0,8}$/.test(id) ? Number(id) : null;
  const postParam = (await searchParams).post;
  await pageUser(locale, `/forum/topics/${id}/report${typeof postParam === "string" ? `?post=${encodeURIComponent(postParam)}` : ""}`);
  const topic = topicId ? await getTopic(topicId) : null;
  if (!topic || topic.hiddenAt) notFound();
  const post = typeof postParam === "string" ? topic.posts.find((p) => String(p.id) === postParam && !p.hiddenAt && !p.official) : undefined;
  if (typeof postParam === "string" && !post) notFound();
  const [t, errorMessages] = await Promise.all([getTranslations("Forum"), forumErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("report.title")}</h1>
      <p>{t("report.intro")}</p>
      <blockquote className="rounded-md border-s-4 border-muted bg-surface p-3">
        <p className="font-bold" dir="auto">{topic.title}</p>
        <UserText text={post ? post.body : topic.body} />
      </blockquote>
      <ProgrammeForm
        action={reportAction}
        idPrefix="report"
        items={[{ kind: "textarea", name: "reason", label: t("report.reason"), hint: t("report.reasonHint"), required: true, maxLength: REASON_MAX, rows: 3 }]}
        hidden={{ topicId: String(topic.id), postId: post ? String(post.id) : "" }}
        submitLabel={t("report.submit")}
        errorMessages={errorMessages}
      />
      <p>
        <Link href={`/forum/topics/${topic.id}`}>{t("report.back")}</Link> · <Link href="/forum/rules">{t("rules.link")}</Link>
      </p>
    </div>
  );
}
