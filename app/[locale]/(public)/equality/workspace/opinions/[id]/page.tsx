import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttachForm } from "@/components/equality/attach-form";
import { DoneBanner } from "@/components/equality/done-banner";
import { equalityErrorMessages } from "@/components/equality/error-messages";
import { OpinionView } from "@/components/equality/opinion-view";
import { ProgrammeForm, type FormItem } from "@/components/programme/programme-form";
import { advanceOpinionAction } from "@/lib/equality/actions";
import { workspacePage } from "@/lib/equality/page-guard";
import { getWorkspaceOpinion } from "@/lib/equality/queries";
import { followUpAllowed, PROPOSAL_TRANSITIONS, type ProposalStatus } from "@/lib/equality/rules";
import { Link } from "@/lib/i18n/navigation";
import { attachmentsOpen } from "@/lib/equality/rules";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/equality/workspace/opinions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Equality.opinions" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const DONE = ["created", "moved"] as const;

/** An opinion in the workspace, with the form of each step it may take next (PROPOSAL_TRANSITIONS). */
export default async function WorkspaceOpinionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const access = await workspacePage(locale, `/equality/workspace/opinions/${id}`);
  const found = /^[1-9]\d{0,8}$/.test(id) ? await getWorkspaceOpinion(Number(id)) : null;
  if (!found) notFound();
  const { opinion } = found;
  const [t, tm, errorMessages] = await Promise.all([getTranslations("Equality.opinions"), getTranslations("Equality.meetings"), equalityErrorMessages()]);
  const next = PROPOSAL_TRANSITIONS[opinion.status].filter((to) => to !== "ANSWERED" && followUpAllowed(opinion.response, to));
  const stepForm: Record<Exclude<ProposalStatus, "DRAFT" | "ANSWERED">, { title: string; submit: string; items: FormItem[] }> = {
    ADOPTED: {
      title: t("step.adoptTitle"),
      submit: t("step.adoptSubmit"),
      items: [{ kind: "row", fields: [
        { kind: "text", name: "votesFor", label: t("step.votesFor"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
        { kind: "text", name: "votesAgainst", label: t("step.votesAgainst"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
        { kind: "text", name: "votesAbstaining", label: t("step.votesAbstaining"), required: true, inputMode: "numeric", maxLength: 3, short: true, dir: "ltr" },
      ] }],
    },
    SENT: { title: t("step.sendTitle"), submit: t("step.sendSubmit"), items: [] },
    IN_PROGRESS: { title: t("step.followTitle"), submit: t("step.followSubmit"), items: [{ kind: "textarea", name: "note", label: t("step.note"), required: true, maxLength: 5000, rows: 3 }] },
    DONE: { title: t("step.doneTitle"), submit: t("step.doneSubmit"), items: [{ kind: "textarea", name: "note", label: t("step.note"), maxLength: 5000, rows: 3 }] },
  };
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href="/equality/workspace">{tm("backWorkspace")}</Link></p>
      <DoneBanner done={(await searchParams).done} known={DONE} text={(key) => t(`done.${key as (typeof DONE)[number]}`)} />
      <OpinionView opinion={opinion} locale={locale} />
      {opinion.status === "SENT" && <p className="rounded-md border-s-4 border-accent bg-warning-soft p-3">{t("step.waiting")}</p>}
      {access.memberId && attachmentsOpen(opinion) && <AttachForm to={{ opinionId: opinion.id }} done={(await searchParams).done} />}
      {access.canSubmit &&
        next.map((to) => {
          const form = stepForm[to as keyof typeof stepForm];
          return (
            <section key={to} aria-labelledby={`step-${to}`} className="space-y-3 rounded-card border border-divider bg-surface p-4">
              <h2 id={`step-${to}`} className="text-xl">{form.title}</h2>
              <ProgrammeForm action={advanceOpinionAction} idPrefix={`step-${to}`} label={form.title} items={form.items} hidden={{ opinionId: String(opinion.id), to }} submitLabel={form.submit} errorMessages={errorMessages} />
            </section>
          );
        })}
    </div>
  );
}
