import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import type { ModuleKey } from "./nav-items";

type Props = { params: Promise<{ locale: string }> };

/** The page of a module whose issue has not landed yet: real navigation, honest "coming soon". */
export function comingSoonPage(module: ModuleKey) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const t = await getTranslations({ locale: await pageLocale(params), namespace: "Modules" });
    return { title: t(`${module}.title`) };
  }
  async function ComingSoonPage({ params }: Props) {
    await pageLocale(params);
    const t = await getTranslations("Modules");
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{t(`${module}.title`)}</h1>
        <p className="text-lg">{t(`${module}.summary`)}</p>
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-4">
          <strong>{t("comingSoon")}.</strong> {t("comingSoonText")}
        </p>
        <p>
          <Link href="/">{t("backHome")}</Link>
        </p>
      </div>
    );
  }
  return { generateMetadata, ComingSoonPage };
}
