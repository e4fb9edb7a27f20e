import type { Metadata } from "next";
import { FollowTopicForm } from "@/components/participation/follow-form";
import { getTranslations } from "next-intl/server";
import { ConsultationCards } from "@/components/consultations/consultation-cards";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/consultations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Consultations" });
  return { title: t("title") };
}

export default async function ConsultationsPage({ params, searchParams }: PageProps<"/[locale]/consultations">) {
  const locale = await pageLocale(params);
  const [t, lists] = await Promise.all([getTranslations("Consultations"), listPublicConsultations()]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <FollowTopicForm topic="CONSULTATIONS" done={(await searchParams).done} />
      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-2xl">{t("open")}</h2>
        <ConsultationCards consultations={lists.open} locale={locale} />
      </section>
      <section aria-labelledby="closed-title" className="space-y-3">
        <h2 id="closed-title" className="text-2xl">{t("closed")}</h2>
        <ConsultationCards consultations={lists.closed} locale={locale} />
      </section>
    </div>
  );
}
