import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpinionStatusPill } from "@/components/equality/badges";
import { DoneBanner } from "@/components/equality/done-banner";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { DataTable } from "@/components/ui/data-table";
import { youthErrorMessages } from "@/components/youth/error-messages";
import { YouthMemberForm } from "@/components/youth/member-form";
import { pageUserWith } from "@/lib/auth/page-guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { createYouthProposalAction, recordYouthMeetingAction } from "@/lib/youth/actions";
import { listYouthMeetingsForStaff, listYouthMembersForStaff, listYouthProposalsForStaff } from "@/lib/youth/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/youth-council">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Youth.staff" });
  return { title: t("title") };
}

const DONE = ["meeting"] as const;

/** Staff: members (age, consent, what is public), meetings and proposals of the youth council. */
export default async function StaffYouthCouncilPage({ params, searchParams }: PageProps<"/[locale]/admin/youth-council">) {
  const locale = await pageLocale(params);
  await pageUserWith("youth.manage", locale, "/admin/youth-council");
  const [t, members, meetings, proposals, errorMessages] = await Promise.all([
    getTranslations("Youth.staff"), listYouthMembersForStaff(), listYouthMeetingsForStaff(), listYouthProposalsForStaff(), youthErrorMessages(),
  ]);
  const mayTakePart = members.filter((m) => m.standing.mayTakePart);
  const box = "space-y-3 rounded-card border border-divider bg-surface p-4";
  return (
    <div className="max-w-5xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p><Link href="/youth-council">{t("publicPage")}</Link></p>
      </header>
      <DoneBanner done={(await searchParams).done} known={DONE} text={(key) => t(`done.${key as (typeof DONE)[number]}`)} />

      <section aria-labelledby="youth-members" className="space-y-3">
        <h2 id="youth-members" className="text-2xl">{t("membersTitle")}</h2>
        {members.length === 0 ? <p>{t("noMembers")}</p> : (
          <DataTable label={t("membersTitle")} columns={[{ label: t("lastName") }, { label: t("age") }, { label: t("status") }, { label: t("publicPage") }]}>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-divider">
                <td className="p-2" dir="auto"><Link href={`/admin/youth-council/members/${m.id}`}>{m.firstName} {m.lastName}</Link></td>
                <td className="p-2">{m.standing.age}</td>
                <td className="p-2">{m.standing.consentMissing ? <strong className="text-danger">⚠ {t("standing.consentMissing")}</strong> : m.standing.mayTakePart ? `✓ ${t("standing.ok")}` : t("standing.outside")}</td>
                <td className="p-2">{t(`listed.${m.standing.publicName}`)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <div className={box}>
          <h3 className="text-xl">{t("addMember")}</h3>
          <YouthMemberForm idPrefix="member" />
        </div>
      </section>

      <section aria-labelledby="youth-meeting-form" className={box}>
        <h2 id="youth-meeting-form" className="text-2xl">{t("meetingTitle")}</h2>
        <ProgrammeForm
          action={recordYouthMeetingAction}
          idPrefix="meeting"
          items={[
            { kind: "text", name: "heldOn", label: t("heldOn"), hint: t("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
            { kind: "text", name: "place", label: t("place"), required: true, maxLength: 300, dir: "auto" },
            { kind: "text", name: "topic", label: t("topic"), required: true, maxLength: 300, dir: "auto" },
            { kind: "textarea", name: "minutes", label: t("minutes"), maxLength: 20000, rows: 5, dir: "auto" },
          ]}
          submitLabel={t("recordMeeting")}
          errorMessages={errorMessages}
        />
      </section>

      <section aria-labelledby="youth-proposals" className="space-y-3">
        <h2 id="youth-proposals" className="text-2xl">{t("proposalsTitle")}</h2>
        {proposals.length === 0 ? <p>{t("noProposals")}</p> : (
          <ul className="space-y-2">
            {proposals.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2"><Link href={`/admin/youth-council/proposals/${p.id}`} dir="auto">{p.subject}</Link> <OpinionStatusPill status={p.status} /></li>
            ))}
          </ul>
        )}
        <div className={box}>
          <h3 className="text-xl">{t("newProposal")}</h3>
          <ProgrammeForm
            action={createYouthProposalAction}
            idPrefix="proposal"
            items={[
              { kind: "text", name: "subject", label: t("subject"), required: true, maxLength: 200, dir: "auto" },
              { kind: "textarea", name: "body", label: t("body"), required: true, maxLength: 20000, rows: 5, dir: "auto" },
              { kind: "select", name: "meetingId", label: t("meeting"), placeholder: t("noChoice"), options: meetings.map((m) => ({ value: String(m.id), label: `${m.heldOn.toISOString().slice(0, 10)} · ${m.topic}` })) },
              { kind: "select", name: "presentedById", label: t("presentedBy"), placeholder: t("noChoice"), options: members.filter((m) => m.standing.band !== null).map((m) => ({ value: String(m.id), label: `${m.firstName} ${m.lastName}${m.standing.consentMissing ? ` (${t("standing.consentMissing")})` : ""}` })) },
            ]}
            submitLabel={t("create")}
            errorMessages={errorMessages}
          />
        </div>
        <p className="text-sm text-muted">{t("standing.ok")}: {mayTakePart.length}</p>
      </section>
    </div>
  );
}
