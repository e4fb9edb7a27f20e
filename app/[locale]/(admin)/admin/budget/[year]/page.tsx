import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FundedBadge, ProposalStatusBadge } from "@/components/budget/badges";
import { CycleForm } from "@/components/budget/cycle-form";
import { CycleTimeline } from "@/components/budget/cycle-timeline";
import { DataTable } from "@/components/ui/data-table";
import { SubmitButton } from "@/components/ui/submit-button";
import { pageUserWith } from "@/lib/auth/page-guards";
import { closePhaseAction, updateCycleAction } from "@/lib/budget/actions";
import { yearParam } from "@/lib/budget/params";
import { getCycleForStaff } from "@/lib/budget/queries";
import { CLOSE_ACTIONS, closeAllowed, type CloseAction } from "@/lib/budget/rules";
import { BUDGET_ERROR_KEYS, type BudgetErrorKey } from "@/lib/budget/schemas";
import { isoDay } from "@/lib/calendar/working-days";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";

type Props = PageProps<"/[locale]/admin/budget/[year]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("cycleTitle", { year: (await params).year }) };
}

const DONE_KEYS = ["created", "saved", "reviewed", "closeProposals", "closeReview", "closeVote", "closeCycle"] as const satisfies readonly (string | CloseAction)[];

/** Staff: one cycle — its phase and the close actions allowed now, the proposals to review, and its settings. */
export default async function AdminCyclePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const year = yearParam((await params).year);
  if (!year) notFound();
  await pageUserWith("budget.manage", locale, `/admin/budget/${year}`);
  const cycle = await getCycleForStaff(year);
  if (!cycle) notFound();
  const query = await searchParams;
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  const done = typeof query.done === "string" && (DONE_KEYS as readonly string[]).includes(query.done) ? (query.done as (typeof DONE_KEYS)[number]) : null;
  const error = typeof query.error === "string" && (BUDGET_ERROR_KEYS as readonly string[]).includes(query.error) ? (query.error as BudgetErrorKey) : null;
  const actions = (Object.keys(CLOSE_ACTIONS) as CloseAction[]).filter((action) => closeAllowed(action, cycle.phase, cycle.resultsPublishedAt !== null));
  const published = cycle.resultsPublishedAt !== null;
  return (
    <div className="max-w-5xl space-y-8">
      <header className="space-y-2">
        <p><Link href="/admin/budget">{t("admin.title")}</Link></p>
        <h1 className="text-3xl">{t("cycleTitle", { year: String(cycle.year) })}</h1>
        <p><Link href={`/budget/${cycle.year}`}>{t("links.open", { year: String(cycle.year) })}</Link></p>
      </header>
      {done && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t(`admin.done.${done}`)}</p>}
      {error && <p role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold">{t(`errors.${error}`)}</p>}
      <CycleTimeline cycle={cycle} />

      <section aria-labelledby="phase-actions" className="space-y-3">
        <h2 id="phase-actions" className="text-2xl">{t("admin.actions")}</h2>
        <p>{t("admin.actionsIntro")}</p>
        {actions.length === 0 ? (
          <p>{t("admin.noAction")}</p>
        ) : (
          actions.map((action) => (
            <form key={action} action={closePhaseAction} className="space-y-2">
              <input type="hidden" name="cycleId" value={cycle.id} />
              <input type="hidden" name="year" value={cycle.year} />
              <input type="hidden" name="action" value={action} />
              {action === "closeVote" && <p className="text-sm">{t("admin.closeVoteHint")}</p>}
              <SubmitButton label={t(`admin.${action}`)} />
            </form>
          ))
        )}
      </section>

      <section aria-labelledby="staff-proposals" className="space-y-3">
        <h2 id="staff-proposals" className="text-2xl">{t("proposals.title")}</h2>
        {cycle.proposals.length === 0 ? (
          <p>{t("proposals.none")}</p>
        ) : (
          <DataTable
            label={t("proposals.title")}
            columns={[{ label: t("results.project") }, { label: t("phaseLabel") }, { label: t("proposals.estimated"), align: "end" }, { label: t("proposals.revised"), align: "end" }, ...(published ? [{ label: t("results.votes"), align: "end" as const }] : [])]}
          >
            {cycle.proposals.map((p) => (
              <tr key={p.id} className="border-b border-divider align-top">
                <td className="p-2">
                  <Link href={`/admin/budget/proposals/${p.id}`} className="inline-flex min-h-12 items-center font-bold" dir="auto">{p.title}</Link>
                </td>
                <td className="p-2 space-y-1"><ProposalStatusBadge status={p.status} />{published && p.rank !== null && <> <FundedBadge funded={p.funded} /></>}</td>
                <td className="p-2 text-end whitespace-nowrap">{format.number(p.estimatedCostMad, "money")}</td>
                <td className="p-2 text-end whitespace-nowrap">{p.revisedCostMad !== null ? format.number(p.revisedCostMad, "money") : "—"}</td>
                {published && <td className="p-2 text-end">{p.voteCount ?? "—"}</td>}
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {cycle.phase !== "DONE" && (
        <section aria-labelledby="cycle-settings" className="space-y-3 rounded-card border border-divider p-4">
          <h2 id="cycle-settings" className="text-2xl">{t("admin.edit")}</h2>
          <CycleForm
            locale={locale}
            action={updateCycleAction}
            withYear={false}
            hidden={{ cycleId: String(cycle.id) }}
            defaults={{
              envelopeMad: String(cycle.envelopeMad),
              proposalsStart: isoDay(cycle.proposalsStart),
              proposalsEnd: isoDay(cycle.proposalsEnd),
              voteStart: isoDay(cycle.voteStart),
              voteEnd: isoDay(cycle.voteEnd),
              programmeId: String(cycle.programmeId),
              axisId: String(cycle.axisId),
              charterAr: cycle.charterAr,
              charterFr: cycle.charterFr,
            }}
            submitLabel={t("admin.save")}
          />
        </section>
      )}
    </div>
  );
}
