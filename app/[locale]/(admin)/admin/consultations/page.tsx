import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsultationCards } from "@/components/consultations/consultation-cards";
import { pageUserWith } from "@/lib/auth/page-guards";
import { listConsultationsForStaff } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/consultations">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Consultations" });
  return { title: t("staff.title") };
}

export default async function StaffConsultationsPage({ params }: PageProps<"/[locale]/admin/consultations">) {
  const locale = await pageLocale(params);
  await pageUserWith("consultations.manage", locale, "/admin/consultations");
  const [t, consultations] = await Promise.all([getTranslations("Consultations"), listConsultationsForStaff()]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl">{t("staff.title")}</h1>
      <p>
        <Link href="/admin/consultations/new" className="inline-flex min-h-12 items-center rounded-md bg-brand px-6 font-bold text-white no-underline hover:bg-brand-dark">{t("staff.new")}</Link>
      </p>
      <ConsultationCards consultations={consultations} locale={locale} admin />
    </div>
  );
}
