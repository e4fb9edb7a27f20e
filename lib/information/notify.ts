import "server-only";
// What the requester is told: the receipt by e-mail when they gave an address (art. 14), the
// extension with its reasons (art. 16) and the answer (art. 18, with the right to complain and its
// last day). A requester with an account gets them through the shared notice delivery
// (lib/notifications/deliver.ts): the in-app notice linked to their request and the e-mail with the
// standard footer, always at once whatever they chose (legally required notices, `essential`). A
// requester without an account (paper, post, e-mail) has no preferences: the e-mail goes straight
// to the outbox.
import { createFormatter } from "next-intl";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { enqueueEmail } from "@/lib/mail/outbox";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { isolate, noticeEmailMessage, recipientLocale } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";
import { complaintTimeline, currentDueOn } from "./rules";

type Outcome = "GIVEN" | "PARTIAL" | "REFUSED";

/** Stored with the notice, so that it reads the same later. Days are "YYYY-MM-DD". */
export type InformationNoticePayload = { reference: string; receivedOn?: string; dueOn?: string; reason?: string; outcome?: Outcome; complainBy?: string; decision?: string; cdaiBy?: string };

const isoDay = (value: Date) => value.toISOString().slice(0, 10);
const requestPath = (reference: string) => `/account/information/${encodeURIComponent(reference)}`;

function noticeText(locale: Locale, kind: string, payload: InformationNoticePayload): { subject: string; summary: string; details: string[] } {
  const t = translator(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const date = (value?: string) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), "long") : "");
  const values = { reference: payload.reference, receivedOn: date(payload.receivedOn), dueOn: date(payload.dueOn), complainBy: date(payload.complainBy), cdaiBy: date(payload.cdaiBy) };
  if (kind === "information.received") {
    return { subject: t("Information.notices.received.subject", values), summary: t("Information.notices.received.summary", values), details: [] };
  }
  if (kind === "information.complaint_decided") {
    return {
      subject: t("Information.notices.complaint_decided.subject", values),
      summary: t("Information.notices.complaint_decided.summary", values),
      details: [isolate(payload.decision ?? ""), t("Information.notices.complaint_decided.next", values)],
    };
  }
  if (kind === "information.extended") {
    return {
      subject: t("Information.notices.extended.subject", values),
      summary: t("Information.notices.extended.summary", values),
      details: [t("Information.notices.extended.reason", { reason: isolate(payload.reason ?? "") })],
    };
  }
  const outcome = payload.outcome ?? "GIVEN";
  return {
    subject: t("Information.notices.answered.subject", values),
    summary: t(`Information.notices.answered.${outcome}`, values),
    details: outcome === "GIVEN" ? [] : [t("Information.notices.answered.complain", values)],
  };
}

export const informationNotices: NoticeRenderer = {
  handles: (kind) => kind === "information.received" || kind === "information.extended" || kind === "information.answered" || kind === "information.complaint_decided",
  render(locale, kind, payload) {
    const p = payload as InformationNoticePayload;
    const { summary, details } = noticeText(locale, kind, p);
    return { summary, details, href: requestPath(p.reference), linkLabel: translator(locale)("Information.notices.open") };
  },
};

function emailFor(locale: Locale, kind: string, payload: InformationNoticePayload, withAccountLink: boolean) {
  const t = translator(locale);
  const { subject, summary, details } = noticeText(locale, kind, payload);
  const path = withAccountLink ? requestPath(payload.reference) : "/right-to-information";
  const url = new URL(localizedPath(locale, path), env().PUBLIC_URL).toString();
  return noticeEmailMessage(locale, subject, [summary, ...details], { label: t("Information.notices.open"), url }, t("Information.notices.footer"));
}

type NotifiedRequest = {
  id: number; reference: string; requesterId: string | null; email: string | null; urgent: boolean;
  firstDueOn: Date; extendedDueOn: Date | null; answeredOn: Date | null; complaintFiledOn: Date | null;
};

type InformationKind = "information.received" | "information.extended" | "information.answered" | "information.complaint_decided";

/**
 * Tells the requester: through deliverNotices (in-app notice + e-mail with the standard footer,
 * essential) when the request belongs to an account, else by e-mail only, when an address was given.
 * The e-mail goes to the address of the request, else the account's.
 */
async function tellRequester(tx: Tx, request: { id: number; requesterId: string | null; email: string | null }, kind: InformationKind, payload: InformationNoticePayload): Promise<void> {
  const account = request.requesterId ? await tx.user.findUnique({ where: { id: request.requesterId }, select: RECIPIENT_FIELDS }) : null;
  if (account) {
    await deliverNotices(tx, [{ ...account, email: request.email ?? account.email }], {
      kind, targetType: "information_request", targetId: String(request.id), payload,
      email: (_recipient, locale) => emailFor(locale, kind, payload, true),
      essential: true,
    });
    return;
  }
  if (request.email) await enqueueEmail(tx, kind, request.email, emailFor(recipientLocale(null), kind, payload, false));
}

/** The in-app notice (for an account holder) and the e-mail of an extension, an answer or the president's decision. */
export async function notifyRequester(
  tx: Tx,
  request: NotifiedRequest,
  event:
    | { kind: "information.extended"; dueOn: Date; reason: string }
    | { kind: "information.answered"; outcome: Outcome; answeredOn: Date }
    | { kind: "information.complaint_decided"; decidedOn: Date; decision: string },
): Promise<void> {
  let payload: InformationNoticePayload;
  if (event.kind === "information.extended") {
    payload = { reference: request.reference, dueOn: isoDay(event.dueOn), reason: event.reason };
  } else if (event.kind === "information.complaint_decided") {
    const timeline = complaintTimeline(await loadWorkingCalendar(), {
      answerDueOn: currentDueOn(request), answeredOn: request.answeredOn, presidentComplaintOn: request.complaintFiledOn, presidentDecidedOn: event.decidedOn,
    });
    payload = { reference: request.reference, decision: event.decision, cdaiBy: isoDay(timeline.cdaiComplaintBy) };
  } else {
    const timeline = complaintTimeline(await loadWorkingCalendar(), { answerDueOn: currentDueOn(request), answeredOn: event.answeredOn });
    payload = { reference: request.reference, outcome: event.outcome, complainBy: isoDay(timeline.presidentComplaintBy) };
  }
  await tellRequester(tx, request, event.kind, payload);
}

/** The receipt (art. 14 para. 2: against acknowledgement of receipt), sent when the request gives an e-mail address. */
export async function sendReceipt(tx: Tx, request: { id: number; email: string | null; requesterId: string | null }, receipt: { reference: string; receivedOn: Date; dueOn: Date }): Promise<void> {
  if (!request.email) return;
  await tellRequester(tx, request, "information.received", { reference: receipt.reference, receivedOn: isoDay(receipt.receivedOn), dueOn: isoDay(receipt.dueOn) });
}
