import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeMeetingSheet } from "@/components/equality/meeting-sheet";
import { getPublicMeeting } from "@/lib/equality/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/equality/meetings/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.meetings" });
  return { title: t("publicTitle") };
}

/** A meeting's published minutes; drafts are not public (404). */
export default async function PublicCommitteeMeetingPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  const meeting = /^[1-9]\d{0,8}$/.test(id) ? await getPublicMeeting(Number(id)) : null;
  if (!meeting) notFound();
  const t = await getTranslations("Equality.meetings");
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality">{t("back")}</Link></p>
      <CommitteeMeetingSheet meeting={meeting} />
    </div>
  );
}
