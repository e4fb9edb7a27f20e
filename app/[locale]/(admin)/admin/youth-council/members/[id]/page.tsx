import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { YouthMemberForm } from "@/components/youth/member-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { getYouthMemberForStaff } from "@/lib/youth/queries";

type Props = PageProps<"/[locale]/admin/youth-council/members/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Youth.staff" });
  return { title: t("editMember") };
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Staff edit a member, and record the guardian's consent for a minor. */
export default async function YouthMemberPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("youth.manage", locale, `/admin/youth-council/members/${id}`);
  const member = /^[1-9]\d{0,8}$/.test(id) ? await getYouthMemberForStaff(Number(id)) : null;
  if (!member) notFound();
  const t = await getTranslations("Youth.staff");
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/youth-council">{t("back")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={["saved"]} text={() => t("done.saved")} />
      <h1 className="text-3xl" dir="auto">{member.firstName} {member.lastName}</h1>
      <YouthMemberForm
        idPrefix="member"
        memberId={member.id}
        defaults={{
          firstName: member.firstName, lastName: member.lastName, birthYear: String(member.birthYear), birthDate: iso(member.birthDate), gender: member.gender,
          termStart: iso(member.termStart), termEnd: iso(member.termEnd), publicListing: member.publicListing ? "on" : "",
          guardianName: member.guardianName ?? "", guardianRelation: member.guardianRelation ?? "", consentOn: iso(member.consentOn), consentMethod: member.consentMethod ?? "",
        }}
      />
    </div>
  );
}
