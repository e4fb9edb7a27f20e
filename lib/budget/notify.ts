import "server-only";
// Notices to the authors of participatory-budget proposals: when staff have reviewed their
// proposal, and when the results are out. Written inside the transaction of the change.
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";

export const BUDGET_NOTICE_KINDS = ["budget_reviewed", "budget_results"] as const;
export type BudgetNoticeKind = (typeof BUDGET_NOTICE_KINDS)[number];

/** What a notice says, kept with it so that it reads the same later. */
export type BudgetNoticePayload = {
  proposalId: number;
  title: string;
  year: number;
  feasible?: boolean;
  reason?: string;
  funded?: boolean;
  votes?: number;
  rank?: number;
};

export function proposalPath(proposalId: number): string {
  return `/budget/proposals/${proposalId}`;
}

function variant(kind: BudgetNoticeKind, payload: BudgetNoticePayload): "feasible" | "notFeasible" | "funded" | "notFunded" {
  if (kind === "budget_reviewed") return payload.feasible ? "feasible" : "notFeasible";
  return payload.funded ? "funded" : "notFunded";
}

/** The text of a notice in `locale`: what the notifications page shows and the e-mail's subject and body. */
export function budgetNoticeText(locale: Locale, kind: BudgetNoticeKind, payload: BudgetNoticePayload) {
  const t = translator(locale);
  const key = variant(kind, payload);
  const values = { title: isolate(payload.title), year: String(payload.year), votes: payload.votes ?? 0, rank: payload.rank ?? 0 };
  const details = payload.reason ? [t("Budget.notices.reason", { reason: payload.reason })] : [];
  return { subject: t(`Budget.notices.${key}.subject`, values), summary: t(`Budget.notices.${key}.summary`, values), details };
}

/** Tells the proposal's author (if the account is active). */
export async function notifyProposer(tx: Tx, authorId: string, kind: BudgetNoticeKind, payload: BudgetNoticePayload): Promise<number> {
  const user = await tx.user.findFirst({ where: { id: authorId, status: "ACTIVE" }, select: RECIPIENT_FIELDS });
  if (!user) return 0;
  return deliverNotices(tx, [user], {
    kind: `participation.${kind}`,
    targetType: "budget_proposal",
    targetId: String(payload.proposalId),
    payload,
    email: (recipient, locale) => {
      const t = translator(locale);
      const { subject, summary, details } = budgetNoticeText(locale, kind, payload);
      const url = new URL(localizedPath(locale, proposalPath(payload.proposalId)), env().PUBLIC_URL).toString();
      return noticeEmailMessage(
        recipientLocale(recipient.locale),
        subject,
        [t("Budget.notices.greeting", { name: isolate(recipient.name) }), summary, ...details],
        { label: t("Budget.notices.open"), url },
        t("Budget.notices.why"),
      );
    },
  });
}

function budgetNoticeKind(kind: string): BudgetNoticeKind | null {
  return BUDGET_NOTICE_KINDS.find((k) => kind === `participation.${k}`) ?? null;
}

/** How the notifications page shows the budget's notices. */
export const budgetNotices: NoticeRenderer = {
  handles: (kind) => budgetNoticeKind(kind) !== null,
  render(locale, kind, payload) {
    const notice = payload as BudgetNoticePayload;
    const { summary, details } = budgetNoticeText(locale, budgetNoticeKind(kind)!, notice);
    return { summary, details, href: proposalPath(notice.proposalId), linkLabel: translator(locale)("Budget.notices.open") };
  },
};
