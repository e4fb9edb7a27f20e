// The public archive's pieces: the filter form (plain GET, works without JavaScript) and one
// archived request. Only the redacted texts and non-personal facts reach these components.
import { getFormatter, getTranslations } from "next-intl/server";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/rules";
import type { DocumentCategory, RefusalGround, RequestOutcome } from "@/lib/generated/prisma/enums";
import { OUTCOMES, type ArchiveFilters } from "@/lib/information/schemas";
import { Link } from "@/lib/i18n/navigation";
import { StatusPill, type StatusTone } from "@/components/ui/status-pill";

const field = "block min-h-12 w-full rounded-md border-2 border-muted bg-surface px-3 py-2";

export async function ArchiveFilterForm({ filters, years }: { filters: ArchiveFilters; years: number[] }) {
  const [t, tc, to] = await Promise.all([getTranslations("Information.archive"), getTranslations("Documents.categories"), getTranslations("Information.outcome")]);
  return (
    <form method="get" aria-label={t("filter")} className="no-print grid gap-4 rounded-card border border-divider bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1">
        <label htmlFor="archive-category" className="block font-bold">{t("category")}</label>
        <select id="archive-category" name="category" defaultValue={filters.category ?? ""} className={field}>
          <option value="">{t("allCategories")}</option>
          {DOCUMENT_CATEGORIES.map((c) => <option key={c.value} value={c.value}>{tc(c.value)}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="archive-year" className="block font-bold">{t("year")}</label>
        <select id="archive-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className={field}>
          <option value="">{t("allYears")}</option>
          {years.map((year) => <option key={year} value={year}>{year}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="archive-outcome" className="block font-bold">{t("outcome")}</label>
        <select id="archive-outcome" name="outcome" defaultValue={filters.outcome ?? ""} className={field}>
          <option value="">{t("allOutcomes")}</option>
          {OUTCOMES.map((o) => <option key={o} value={o}>{to(o)}</option>)}
        </select>
      </div>
      <div className="flex items-end">
        <button type="submit" className="min-h-12 rounded-md bg-brand px-5 font-bold text-white hover:bg-brand-dark">{t("filter")}</button>
      </div>
    </form>
  );
}

type ArchivedRequest = {
  id: number; reference: string; archiveCategory: DocumentCategory | null; archiveQuestion: string | null; archiveAnswer: string | null;
  outcome: RequestOutcome | null; refusalGround: RefusalGround | null; receivedOn: Date; answeredOn: Date | null;
};

/** Words, mark and colour for the outcome (never colour alone). */
const OUTCOME_TONE: Record<RequestOutcome, { tone: StatusTone; mark: string }> = {
  GIVEN: { tone: "success", mark: "✓" },
  PARTIAL: { tone: "warning", mark: "◐" },
  REFUSED: { tone: "danger", mark: "✕" },
};

export async function OutcomeBadge({ outcome }: { outcome: RequestOutcome }) {
  const to = await getTranslations("Information.outcome");
  return <StatusPill status={outcome} {...OUTCOME_TONE[outcome]} label={to(outcome)} />;
}

export async function ArchivedRequestCard({ request }: { request: ArchivedRequest }) {
  const [t, tc, format] = await Promise.all([getTranslations("Information.archive"), getTranslations("Documents.categories"), getFormatter()]);
  return (
    <article className="space-y-2 rounded-card border border-divider bg-surface p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {request.archiveCategory && <span className="font-bold text-brand-dark">{tc(request.archiveCategory)}</span>}
        {request.outcome && <OutcomeBadge outcome={request.outcome} />}
      </p>
      <h3 className="text-lg">
        <Link href={`/information/archive/${request.id}`}><span className="line-clamp-2" dir="auto">{request.archiveQuestion}</span></Link>
      </h3>
      <p className="line-clamp-3" dir="auto">{request.archiveAnswer}</p>
      {request.answeredOn && <p className="text-sm text-muted">{t("answeredOn", { date: format.dateTime(request.answeredOn, "long") })}</p>}
    </article>
  );
}
