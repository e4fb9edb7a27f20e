import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LibraryView } from "@/components/equality/library-view";
import { workspacePage } from "@/lib/equality/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

export async function generateMetadata({ params }: PageProps<"/[locale]/equality/workspace/library">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.library" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The committee's shared library: every member reads and adds; the uploader or the chair removes. */
export default async function CommitteeLibraryPage({ params, searchParams }: PageProps<"/[locale]/equality/workspace/library">) {
  const locale = await pageLocale(params);
  await workspacePage(locale, "/equality/workspace/library");
  const [t, tm] = await Promise.all([getTranslations("Equality.library"), getTranslations("Equality.meetings")]);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="no-print"><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <LibraryView space="EQUALITY_COMMITTEE" done={(await searchParams).done} />
    </div>
  );
}
