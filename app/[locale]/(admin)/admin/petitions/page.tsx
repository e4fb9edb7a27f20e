import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PetitionTable } from "@/components/petitions/register";
import { pageUserWith } from "@/lib/auth/page-guards";
import { pageLocale } from "@/lib/i18n/page";
import { listPetitionsForBureau } from "@/lib/petitions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/petitions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("admin.title") };
}

export default async function AdminPetitionsPage({ params }: PageProps<"/[locale]/admin/petitions">) {
  const locale = await pageLocale(params);
  await pageUserWith("petitions.review", locale, "/admin/petitions");
  const [t, rows] = await Promise.all([getTranslations("Petitions"), listPetitionsForBureau()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {rows.length === 0 ? <p>{t("admin.empty")}</p> : <PetitionTable rows={rows} label={t("admin.title")} href={(id) => `/admin/petitions/${id}`} showDue />}
    </div>
  );
}
