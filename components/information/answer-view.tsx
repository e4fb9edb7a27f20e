// A request's answer as the requester reads it (and the officer sees it): the outcome, what was
// given, what was withheld and why (art. 8), the art. 18 ground and art. 7 exceptions, and, for a
// refusal or a partial answer, the right to complain with its last day (arts. 18–19).
import { getFormatter, getTranslations } from "next-intl/server";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import { complaintTimeline } from "@/lib/information/rules";
import type { Art7Exception, RefusalGround, RequestOutcome } from "@/lib/generated/prisma/enums";

type Answered = {
  outcome: RequestOutcome | null; answeredOn: Date | null; answerText: string | null; withheldPart: string | null;
  refusalGround: RefusalGround | null; exceptions: Art7Exception[]; refusalReasons: string | null; publishedReference: string | null;
  firstDueOn: Date; extendedDueOn: Date | null;
};

export async function AnswerView({ request }: { request: Answered }) {
  if (!request.outcome || !request.answeredOn) return null;
  const [t, to, tg, te, format] = await Promise.all([
    getTranslations("Information.account"),
    getTranslations("Information.outcome"),
    getTranslations("Information.grounds"),
    getTranslations("Information.exceptions"),
    getFormatter(),
  ]);
  const timeline = request.outcome === "GIVEN"
    ? null
    : complaintTimeline(await loadWorkingCalendar(), { answerDueOn: request.extendedDueOn ?? request.firstDueOn, answeredOn: request.answeredOn });
  return (
    <section aria-labelledby="answer-title" className="space-y-3 rounded-card border border-divider bg-surface p-4" data-testid="answer">
      <h2 id="answer-title" className="text-xl">{t("answer")}</h2>
      <p className="font-bold">{to(request.outcome)} — {t("answeredOn", { date: format.dateTime(request.answeredOn, "long") })}</p>
      {request.answerText && <p className="whitespace-pre-line">{request.answerText}</p>}
      <dl className="space-y-2">
        {request.withheldPart && (<><dt className="font-bold">{t("withheld")}</dt><dd className="whitespace-pre-line">{request.withheldPart}</dd></>)}
        {request.refusalGround && (<><dt className="font-bold">{t("ground")}</dt><dd>{tg(request.refusalGround)}</dd></>)}
        {request.exceptions.length > 0 && (<><dt className="font-bold">{t("exceptions")}</dt><dd>{format.list(request.exceptions.map((e) => te(e)))}</dd></>)}
        {request.refusalReasons && (<><dt className="font-bold">{t("reasons")}</dt><dd className="whitespace-pre-line">{request.refusalReasons}</dd></>)}
        {request.publishedReference && (<><dt className="font-bold">{t("publishedReference")}</dt><dd>{request.publishedReference}</dd></>)}
      </dl>
      {timeline && (
        <div className="rounded-md border-s-4 border-accent bg-warning-soft p-4" data-testid="complaint-rights">
          <h3 className="text-lg">{t("complainTitle")}</h3>
          <p>{t("complainText", { date: format.dateTime(timeline.presidentComplaintBy, "long") })}</p>
        </div>
      )}
    </section>
  );
}
