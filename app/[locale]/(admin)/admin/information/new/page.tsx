import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { informationErrorMessages, officerEntryItems } from "@/components/information/forms";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { enterRequestAction } from "@/lib/information/actions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/information/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Information.admin" });
  return { title: t("new") };
}

export default async function NewInformationRequestPage({ params }: PageProps<"/[locale]/admin/information/new">) {
  const locale = await pageLocale(params);
  await pageUserWith("information.handle_requests", locale, "/admin/information/new");
  const [t, items, errorMessages] = await Promise.all([getTranslations("Information.admin"), officerEntryItems(), informationErrorMessages()]);
  return (
    <div className="max-w-3xl space-y-5">
      <p><Link href="/admin/information">{t("backToList")}</Link></p>
      <h1 className="text-3xl">{t("new")}</h1>
      <ProgrammeForm action={enterRequestAction} idPrefix="entry" items={items} defaults={{ channel: "IN_PERSON", identityKind: "CIN", deliveryMode: "ON_SITE" }} submitLabel={t("enter")} errorMessages={errorMessages} />
    </div>
  );
}
