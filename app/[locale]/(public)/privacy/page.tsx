import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCommune } from "@/lib/commune/queries";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

const SECTIONS = ["controller", "data", "purpose", "cin", "retention", "rights", "cookies"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = await pageLocale(params);
  const [t, commune] = await Promise.all([getTranslations("Privacy"), getCommune()]);
  const values = {
    commune: commune ? localized(locale, commune.nameAr, commune.nameFr) : "",
    address: commune ? localized(locale, commune.addressAr, commune.addressFr) : "",
    email: commune?.email ?? "",
    months: commune?.signatoryDataRetentionMonths ?? 6,
  };
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="text-lg">{t("intro", values)}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="space-y-2">
          <h2 id={`privacy-${section}`} className="text-xl">{t(`${section}Title`)}</h2>
          <p>{t(`${section}Text`, values)}</p>
        </section>
      ))}
      {commune?.cndpAuthorisation && <p>{t("cndp", { number: commune.cndpAuthorisation })}</p>}
    </article>
  );
}
