// The complaint chain of one request as the requester follows it (arts. 19–21): the complaint to
// the president (a form while it is open), the president's decision and its due date, then the
// dates computed for this case to go to the CDAI and to the administrative court, and chafafiya.ma.
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import { moroccanDay } from "@/lib/calendar/working-days";
import { fileComplaintAction } from "@/lib/information/actions";
import { complaintRefusal, complaintTimeline, currentDueOn } from "@/lib/information/rules";
import { informationErrorMessages } from "./forms";

type Case = {
  reference: string; firstDueOn: Date; extendedDueOn: Date | null; answeredOn: Date | null;
  complaintFiledOn: Date | null; complaintText: string | null; complaintDecidedOn: Date | null; complaintDecision: string | null;
};

export async function ComplaintView({ request }: { request: Case }) {
  const [t, format, calendar, errorMessages] = await Promise.all([getTranslations("Information.complaint"), getFormatter(), loadWorkingCalendar(), informationErrorMessages()]);
  const refusal = complaintRefusal(calendar, request, moroccanDay(new Date()));
  if (!request.complaintFiledOn) {
    if (refusal === "complaintPeriodOver") return null;
    return (
      <section aria-labelledby="complaint-title" className="no-print space-y-3 rounded-card border border-divider bg-surface p-4">
        <h2 id="complaint-title" className="text-xl">{t("title")}</h2>
        {refusal === "notYetOpen" ? (
          <p>{t("notYetOpen")}</p>
        ) : (
          <ProgrammeForm
            action={fileComplaintAction}
            idPrefix="complaint"
            hidden={{ reference: request.reference }}
            items={[{ kind: "textarea", name: "text", label: t("text"), hint: t("hint"), required: true, maxLength: 4000, rows: 4, dir: "auto" }]}
            submitLabel={t("submit")}
            errorMessages={errorMessages}
          />
        )}
      </section>
    );
  }
  const timeline = complaintTimeline(calendar, {
    answerDueOn: currentDueOn(request), answeredOn: request.answeredOn,
    presidentComplaintOn: request.complaintFiledOn, presidentDecidedOn: request.complaintDecidedOn,
  });
  const date = (value: Date) => format.dateTime(value, "long");
  return (
    <section aria-labelledby="complaint-title" className="space-y-3 rounded-card border border-divider bg-surface p-4" data-testid="complaint">
      <h2 id="complaint-title" className="text-xl">{t("title")}</h2>
      <p>{t("filedOn", { date: date(request.complaintFiledOn) })}</p>
      {request.complaintText && <p className="whitespace-pre-line">{request.complaintText}</p>}
      {request.complaintDecidedOn ? (
        <>
          <h3 className="text-lg">{t("decision", { date: date(request.complaintDecidedOn) })}</h3>
          <p className="whitespace-pre-line">{request.complaintDecision}</p>
        </>
      ) : (
        <p>{t("decisionDue", { date: date(timeline.presidentDecisionBy) })}</p>
      )}
      <h3 className="text-lg">{t("nextTitle")}</h3>
      <ul className="list-disc space-y-1 ps-6" data-testid="next-steps">
        <li>{t("cdai", { date: date(timeline.cdaiComplaintBy) })}</li>
        <li>{t("court", { date: date(timeline.courtAppealBy) })}</li>
      </ul>
      <p><a href="https://www.chafafiya.ma" rel="noopener">{t("chafafiya")}</a></p>
    </section>
  );
}
