import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkQueues } from "@/components/work-queue/work-queues";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { loadMyWorkQueues } from "@/lib/work-queue/registry";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("title") };
}

export default async function AdminHomePage({ params }: PageProps<"/[locale]/admin">) {
  // Layouts and pages render concurrently: the page guards itself rather than relying on the layout.
  const locale = await pageLocale(params);
  const user = await pageUserWith("admin.access", locale, "/admin");
  const now = new Date();
  const [t, queues] = await Promise.all([getTranslations("Admin"), loadMyWorkQueues(locale, now)]);
  return (
    <div className="max-w-4xl space-y-5">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("homeIntro", { name: user.name })}</p>
      <WorkQueues queues={queues} now={now} />
    </div>
  );
}
