import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCommune } from "@/lib/commune/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/right-to-information">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "RightToInformation" });
  return { title: t("title") };
}

export default async function RightToInformationPage({ params }: PageProps<"/[locale]/right-to-information">) {
  await pageLocale(params);
  const [t, commune] = await Promise.all([getTranslations("RightToInformation"), getCommune()]);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <section aria-labelledby="rti-proactive" className="space-y-2">
        <h2 id="rti-proactive" className="text-xl">{t("proactiveTitle")}</h2>
        <p>{t("proactiveText")}</p>
        <p><Link href="/information">{t("libraryLink")}</Link></p>
      </section>
      <section aria-labelledby="rti-request" className="space-y-2">
        <h2 id="rti-request" className="text-xl">{t("requestTitle")}</h2>
        <p>{t("requestText")}</p>
        <p>{commune?.informationOfficer ? t("officer", { name: commune.informationOfficer }) : t("officerUnset")}</p>
        {commune?.informationOfficerContact && <p>{t("officerContact", { contact: commune.informationOfficerContact })}</p>}
        <p>{t("onlineSoon")}</p>
        <p>
          <Link href="/information/request" className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark">{t("requestLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="rti-complaints" className="space-y-2">
        <h2 id="rti-complaints" className="text-xl">{t("complaintsTitle")}</h2>
        <p>{t("complaintsText")}</p>
        <p><a href="https://www.chafafiya.ma" rel="noopener">{t("chafafiya")}</a></p>
      </section>
    </article>
  );
}
