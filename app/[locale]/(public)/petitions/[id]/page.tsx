import type { Metadata } from "next";
import { ShareLinks } from "@/components/sharing/share-links";
import { shareMetadata } from "@/lib/sharing/metadata";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PetitionFacts, PetitionTimeline } from "@/components/petitions/petition-view";
import { FollowSection, OwnerSteps, SignSection } from "@/components/petitions/take-part";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getPublicPetition } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";

type Props = PageProps<"/[locale]/petitions/[id]">;

const FLASHES = ["created", "opened", "signed", "alreadySigned", "withdrawn"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const id = idFromSegment((await params).id);
  const petition = id ? await getPublicPetition(id) : null;
  return petition ? shareMetadata(locale, `/petitions/${(await params).id}`, { title: petition.subject, description: petition.objectives }) : {};
}

export default async function PetitionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const id = idFromSegment((await params).id);
  const [t, petition] = await Promise.all([getTranslations("Petitions"), id ? getPublicPetition(id) : null]);
  if (!petition) notFound();
  const done = (await searchParams).done;
  const flash = FLASHES.find((f) => f === done);
  return (
    <div className="max-w-4xl space-y-8">
      <nav aria-label={t("links.register")} className="no-print text-sm">
        <Link href="/petitions">{t("links.register")}</Link>
      </nav>
      {flash && (
        <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`page.flash.${flash}`)}</p>
      )}
      <PetitionFacts petition={petition} />
      {petition.forumTopic && (
        <p className="rounded-md border-s-4 border-accent bg-warning-soft p-3">
          {t("page.fromTopic")} <Link href={`/forum/topics/${petition.forumTopic.id}`} dir="auto">{petition.forumTopic.title}</Link>
        </p>
      )}
      {petition.viewer.isOwner && <OwnerSteps petition={petition} />}
      <SignSection petition={petition} />
      <FollowSection petition={petition} />
      <PetitionTimeline petition={petition} />
      <ul className="no-print flex flex-wrap gap-x-6">
        <li><Link href={`/petitions/${petition.id}/print`} className="inline-flex min-h-12 items-center">{t("links.print")}</Link></li>
        {petition.viewer.isBureau && (
          <li><Link href={`/admin/petitions/${petition.id}`} className="inline-flex min-h-12 items-center">{t("links.review")}</Link></li>
        )}
      </ul>
      <ShareLinks locale={locale} path={`/petitions/${(await params).id}`} title={petition.subject} />
    </div>
  );
}
