import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PetitionTable } from "@/components/petitions/register";
import { pageUser } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { listMyPetitions } from "@/lib/petitions/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/petitions">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Petitions" });
  return { title: t("mine.title") };
}

export default async function MyPetitionsPage({ params }: PageProps<"/[locale]/account/petitions">) {
  const locale = await pageLocale(params);
  await pageUser(locale, "/account/petitions");
  const [t, rows] = await Promise.all([getTranslations("Petitions"), listMyPetitions()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("mine.title")}</h1>
      <p><Link href="/petitions/new" className="font-bold">{t("start")}</Link></p>
      {rows.length === 0 ? <p>{t("mine.empty")}</p> : <PetitionTable rows={rows} label={t("mine.title")} href={(id) => `/petitions/${id}`} />}
    </div>
  );
}
