import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ABUSE_WINDOW_DAYS, HIDDEN_POSTS_BEFORE_SUSPENSION, SUSPENSION_DAYS } from "@/lib/forum/rules";
import { REPLIES_PER_HOUR, TOPICS_PER_HOUR } from "@/lib/forum/service";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/rules">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Forum" });
  return { title: t("rules.title") };
}

const RULES = ["local", "respect", "privacy", "noAds", "oneTopic", "photos"] as const;

export default async function ForumRulesPage({ params }: PageProps<"/[locale]/forum/rules">) {
  await pageLocale(params);
  const t = await getTranslations("Forum");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("rules.title")}</h1>
      <p className="text-lg">{t("rules.intro")}</p>
      <ol className="list-decimal space-y-3 ps-6">
        {RULES.map((rule) => <li key={rule}>{t(`rules.items.${rule}`)}</li>)}
      </ol>
      <h2 className="text-2xl">{t("rules.moderationTitle")}</h2>
      <p>{t("rules.moderation")}</p>
      <p>{t("rules.suspension", { count: HIDDEN_POSTS_BEFORE_SUSPENSION, window: ABUSE_WINDOW_DAYS, days: SUSPENSION_DAYS })}</p>
      <p>{t("rules.limits", { topics: TOPICS_PER_HOUR, replies: REPLIES_PER_HOUR })}</p>
      <h2 className="text-2xl">{t("rules.commitmentTitle")}</h2>
      <p>{t("rules.commitment")}</p>
      <p>
        <Link href="/forum">{t("rules.back")}</Link>
      </p>
    </div>
  );
}
