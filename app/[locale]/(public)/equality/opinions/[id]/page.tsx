import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpinionView } from "@/components/equality/opinion-view";
import { getPublicOpinion } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/equality/opinions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.opinions" });
  return { title: t("publicTitle") };
}

/** An opinion sent to the council, with the council's response; drafts are not public (404). */
export default async function PublicOpinionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const opinion = /^[1-9]\d{0,8}$/.test(id) ? await getPublicOpinion(Number(id)) : null;
  if (!opinion) notFound();
  const t = await getTranslations("Equality.meetings");
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality">{t("back")}</Link></p>
      <OpinionView opinion={opinion} locale={locale} />
    </div>
  );
}
