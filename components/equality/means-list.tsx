// The committee's requests for means, each with its status and the council's answer (shared by the
// workspace and the staff page, which adds an answer form to those still waiting).
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { MeansStatusPill } from "./badges";
import { RichText } from "@/components/ui/rich-text";

type MeansRequest = { id: number; subject: string; details: string; status: "SUBMITTED" | "GRANTED" | "PARTLY_GRANTED" | "REFUSED"; answer: string | null; answeredOn: Date | null; createdAt: Date };

const DAY = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

export async function MeansList({ requests, answerForm }: { requests: MeansRequest[]; answerForm?: (request: MeansRequest) => ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("Equality.means"), getFormatter()]);
  if (requests.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="space-y-3">
      {requests.map((request) => (
        <li key={request.id} className="space-y-2 rounded-card border border-divider bg-surface p-4" data-testid="means-request">
          <h3 className="text-lg" dir="auto">{request.subject}</h3>
          <p className="flex flex-wrap items-center gap-2">
            <MeansStatusPill status={request.status} />
            <span className="text-sm text-muted">{t("requestedOn", { date: format.dateTime(request.createdAt, "long") })}</span>
          </p>
          <RichText text={request.details} />
          {request.answer && request.answeredOn && (
            <div className="rounded-md border-s-4 border-brand bg-brand-soft p-3">
              <p className="font-bold">{t("answerOn", { date: format.dateTime(request.answeredOn, DAY) })}</p>
              <RichText text={request.answer} />
            </div>
          )}
          {request.status === "SUBMITTED" && answerForm?.(request)}
        </li>
      ))}
    </ul>
  );
}
