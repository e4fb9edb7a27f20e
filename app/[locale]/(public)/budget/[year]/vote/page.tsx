import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { pageUser } from "@/lib/auth/page-guards";
import { voteAction } from "@/lib/budget/actions";
import { yearParam } from "@/lib/budget/params";
import { getBallot } from "@/lib/budget/queries";
import { voteOpen } from "@/lib/budget/rules";
import { BUDGET_ERROR_KEYS, type BudgetErrorKey } from "@/lib/budget/schemas";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page";
import { localized } from "@/lib/i18n/pick";

type Props = PageProps<"/[locale]/budget/[year]/vote">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Budget" });
  return { title: t("vote.title", { year: (await params).year }), robots: { index: false } };
}

const amount = (value: unknown) => (typeof value === "string" && /^\d{1,12}$/.test(value) ? Number(value) : null);

/**
 * The ballot, as plain HTML: checkboxes and a button, no script needed. The server checks the
 * envelope; a refused ballot comes back here with the amounts and the boxes as they were ticked.
 */
export default async function VotePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const year = yearParam((await params).year);
  if (!year) notFound();
  await pageUser(locale, `/budget/${year}/vote`);
  const ballot = await getBallot(year);
  if (!ballot) notFound();
  const { cycle, onBallot, mine } = ballot;
  const query = await searchParams;
  const [t, format] = await Promise.all([getTranslations("Budget"), getFormatter()]);
  const money = (value: number) => format.number(value, "money");
  const error = typeof query.error === "string" && (BUDGET_ERROR_KEYS as readonly string[]).includes(query.error) ? (query.error as BudgetErrorKey) : null;
  const ticked = new Set(
    error && typeof query.chosen === "string" ? query.chosen.split(",").map(Number) : (mine?.proposalIds ?? []),
  );
  const excess = amount(query.excess);
  const total = amount(query.total);
  const open = voteOpen(cycle.phase);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <p><Link href={`/budget/${cycle.year}`}>{t("links.backToCycle", { year: String(cycle.year) })}</Link></p>
        <h1 className="text-3xl">{t("vote.title", { year: String(cycle.year) })}</h1>
        <p>{t("vote.intro", { envelope: money(cycle.envelopeMad) })}</p>
        <p className="text-sm text-muted">{t("vote.privacy")}</p>
      </header>
      {query.done === "saved" && <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">{t("vote.saved")}</p>}
      {error && (
        <div role="alert" className="rounded-md border-2 border-danger bg-danger-soft p-4 font-bold" data-testid="ballot-error">
          {error === "overEnvelope" && excess !== null && total !== null
            ? t("vote.overEnvelope", { total: money(total), excess: money(excess), envelope: money(cycle.envelopeMad) })
            : t(`errors.${error}`)}
        </div>
      )}
      <section aria-labelledby="my-ballot" className="rounded-card border border-divider bg-surface p-4">
        <h2 id="my-ballot" className="sr-only">{t("vote.chosen")}</h2>
        <p data-testid="my-ballot">
          {mine ? t("vote.mine", { date: format.dateTime(mine.updatedAt, "withTime"), count: mine.proposalIds.length, total: money(mine.total) }) : t("vote.noBallot")}
        </p>
        {mine && (
          <ul className="mt-2 list-disc ps-6">
            {onBallot.filter((p) => mine.proposalIds.includes(p.id)).map((p) => <li key={p.id} dir="auto">{p.title}</li>)}
          </ul>
        )}
      </section>
      {!open ? (
        <p role="status" className="rounded-md border-2 border-divider bg-surface p-4 font-bold">{t("vote.closed")}</p>
      ) : onBallot.length === 0 ? (
        <p>{t("vote.noProjects")}</p>
      ) : (
        <form action={voteAction} className="space-y-5">
          <input type="hidden" name="cycleId" value={cycle.id} />
          <input type="hidden" name="year" value={cycle.year} />
          <fieldset className="space-y-3">
            <legend className="mb-2 text-xl font-bold">{t("vote.choices")}</legend>
            {onBallot.map((p) => (
              <div key={p.id} className="flex items-start gap-3 rounded-md border border-divider bg-surface p-3">
                <input id={`choice-${p.id}`} type="checkbox" name="proposalIds" value={p.id} defaultChecked={ticked.has(p.id)} className="mt-1 h-6 w-6 shrink-0 accent-brand" aria-describedby={`choice-${p.id}-cost`} />
                <div className="space-y-1">
                  <label htmlFor={`choice-${p.id}`} className="block min-h-6 font-bold" dir="auto">{p.title}</label>
                  <p id={`choice-${p.id}-cost`} className="text-sm">
                    {t("vote.cost", { cost: money(p.revisedCostMad ?? 0) })} · {p.douar ? localized(locale, p.douar.nameAr, p.douar.nameFr) : t("wholeCommune")}
                  </p>
                </div>
              </div>
            ))}
          </fieldset>
          <SubmitButton label={t("vote.submit")} />
        </form>
      )}
    </div>
  );
}
