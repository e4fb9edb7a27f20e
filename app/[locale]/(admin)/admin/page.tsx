import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: t("title") };
}

export default async function AdminHomePage({ params }: PageProps<"/[locale]/admin">) {
  // Layouts and pages render concurrently: the page guards itself rather than relying on the layout.
  const locale = await pageLocale(params);
  const user = await pageUserWith("admin.access", locale, "/admin");
  const t = await getTranslations("Admin");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("homeIntro", { name: user.name })}</p>
      <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">{t("homeQueuesSoon")}</p>
    </div>
  );
}
