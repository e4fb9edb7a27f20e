import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/equality/done-banner";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { youthErrorMessages } from "@/components/youth/error-messages";
import { YouthProposalView } from "@/components/youth/proposal-view";
import { pageUserWith } from "@/lib/auth/page-guards";
import { COUNCIL_RESPONSES, followUpAllowed, PROPOSAL_TRANSITIONS, type ProposalStatus } from "@/lib/consultative/rules";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { advanceYouthProposalAction, recordYouthResponseAction } from "@/lib/youth/actions";
import { getYouthProposalForStaff } from "@/lib/youth/queries";

type Props = PageProps<"/[locale]/admin/youth-council/proposals/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Youth.staff" });
  return { title: t("proposalsTitle") };
}

const DONE = ["created", "moved", "answered"] as const;

/** Staff move a youth proposal through the shared workflow and record the council's response. */
export default async function YouthProposalPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await pageUserWith("youth.manage", locale, `/admin/youth-council/proposals/${id}`);
  const proposal = /^[1-9]\d{0,8}$/.test(id) ? await getYouthProposalForStaff(Number(id)) : null;
  if (!proposal) notFound();
  const [t, te, errorMessages] = await Promise.all([getTranslations("Youth.staff"), getTranslations("Equality.opinions"), youthErrorMessages()]);
  const next = PROPOSAL_TRANSITIONS[proposal.status].filter((to) => to !== "ANSWERED" && followUpAllowed(proposal.response, to));
  const stepForm: Record<Exclude<ProposalStatus, "DRAFT" | "ANSWERED">, { title: string; submit: string; items: FormItem[] }> = {
    ADOPTED: {
      title: t("adoptTitle"),
      submit: t("adoptSubmit"),
      items: [{ kind: "row", fields: [
        { kind: "text", name: "votesFor", label: t("votesFor"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
        { kind: "text", name: "votesAgainst", label: t("votesAgainst"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
        { kind: "text", name: "votesAbstaining", label: t("votesAbstaining"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
      ] }],
    },
    SENT: { title: te("step.sendTitle"), submit: te("step.sendSubmit"), items: [] },
    IN_PROGRESS: { title: te("step.followTitle"), submit: te("step.followSubmit"), items: [{ kind: "textarea", name: "note", label: t("note"), required: true, maxLength: 5000, rows: 3 }] },
    DONE: { title: te("step.doneTitle"), submit: te("step.doneSubmit"), items: [{ kind: "textarea", name: "note", label: t("note"), maxLength: 5000, rows: 3 }] },
  };
  const view = {
    ...proposal,
    presentedBy: proposal.presentedBy ? `${proposal.presentedBy.firstName} ${proposal.presentedBy.lastName}` : null,
    meetingOn: proposal.meeting?.heldOn ?? null,
  };
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/admin/youth-council">{t("back")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={DONE} text={(key) => t(`done.${key as (typeof DONE)[number]}`)} />
      <YouthProposalView proposal={view} headingLevel={2} />
      {proposal.votesFor !== null && <p>{te("votes", { for: proposal.votesFor, against: proposal.votesAgainst ?? 0, abstaining: proposal.votesAbstaining ?? 0 })}</p>}
      {next.map((to) => {
        const form = stepForm[to as keyof typeof stepForm];
        return (
          <section key={to} aria-labelledby={`step-${to}`} className="space-y-3 rounded-card border border-divider bg-surface p-4">
            <h2 id={`step-${to}`} className="text-xl">{form.title}</h2>
            <ProgrammeForm action={advanceYouthProposalAction} idPrefix={`step-${to}`} label={form.title} items={form.items} hidden={{ proposalId: String(proposal.id), to }} submitLabel={form.submit} errorMessages={errorMessages} />
          </section>
        );
      })}
      {proposal.status === "SENT" && (
        <section aria-labelledby="response-form" className="space-y-3 rounded-card border border-divider bg-surface p-4">
          <h2 id="response-form" className="text-xl">{t("responseTitle")}</h2>
          <ProgrammeForm
            action={recordYouthResponseAction}
            idPrefix="response"
            items={[
              { kind: "radios", name: "response", label: t("response"), required: true, options: COUNCIL_RESPONSES.map((r) => ({ value: r, label: te(`responses.${r}`) })) },
              { kind: "textarea", name: "responseText", label: t("responseText"), required: true, maxLength: 10000, rows: 5, dir: "auto" },
              { kind: "text", name: "responseOn", label: t("responseOn"), hint: t("dateHint"), required: true, maxLength: 10, dir: "ltr", short: true },
            ]}
            hidden={{ proposalId: String(proposal.id) }}
            submitLabel={t("recordResponse")}
            errorMessages={errorMessages}
          />
        </section>
      )}
    </div>
  );
}
