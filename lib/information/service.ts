import "server-only";
// Writes of access-to-information requests (law 31.13 arts. 14–18). Filing on the portal is open to
// anyone (art. 14 asks for no account; a signed-in person's request is linked to their account);
// the officer's actions check "information.handle_requests" and are audited. Deadlines come from
// ./rules.ts over the working-day calendar; "today" is the day in Morocco.
import { recordAudit } from "@/lib/audit/record";
import { getSession, requirePermission, requireUser } from "@/lib/auth/session";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import { moroccanDay } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { kickOutboxWorker } from "@/lib/mail/worker";
import type { ServiceResult } from "@/lib/forms/form-state";
import { encryptIdNumber, idNumberHash } from "@/lib/security/personal-data";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { notifyRequester, sendReceipt } from "./notify";
import { answerDueOn, complaintRefusal, currentDueOn, extendedDueOn, extensionRefusal } from "./rules";
import type { AnswerInput, ComplaintDecisionInput, ComplaintInput, ExtendInput, OfficerEntryInput, RequestFormInput } from "./schemas";

/** Portal requests one person (or one address) may file per day: a brake on floods, far above real use. */
export const REQUESTS_PER_DAY = 10;

export type Receipt = { reference: string; receivedOn: Date; dueOn: Date; urgent: boolean };

/** The next reference of the year, "DI-2026-0007"; the advisory lock serialises concurrent filings. */
async function nextReference(tx: Tx, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('information_requests.reference'))`;
  const prefix = `DI-${year}-`;
  const count = await tx.informationRequest.count({ where: { reference: { startsWith: prefix } } });
  return `${prefix}${String(count + 1).padStart(4, "0")}`;
}

async function createRequest(
  input: RequestFormInput,
  extra: { channel: "PORTAL" | "IN_PERSON" | "POST" | "EMAIL"; receivedOn: Date; requesterId: string | null; enteredById: string | null },
  ip: string | null,
): Promise<Receipt> {
  const calendar = await loadWorkingCalendar();
  const firstDueOn = answerDueOn(calendar, extra.receivedOn, input.urgent);
  const { identityNumber, ...fields } = input;
  const receipt = await db.$transaction(async (tx) => {
    const reference = await nextReference(tx, extra.receivedOn.getUTCFullYear());
    const created = await tx.informationRequest.create({
      data: {
        ...fields,
        ...extra,
        reference,
        identityNumberEncrypted: encryptIdNumber(identityNumber),
        identityNumberHash: idNumberHash(identityNumber, "information"),
        firstDueOn,
      },
      select: { id: true, reference: true, email: true },
    });
    if (extra.enteredById) {
      // The audit keeps what the officer did, never the requester's identity number.
      await recordAudit(tx, {
        actorId: extra.enteredById, action: "information_request.entered", targetType: "information_request", targetId: String(created.id),
        after: { reference, channel: extra.channel, receivedOn: extra.receivedOn.toISOString().slice(0, 10), urgent: input.urgent }, ip,
      });
    }
    const result = { reference, receivedOn: extra.receivedOn, dueOn: firstDueOn, urgent: input.urgent };
    await sendReceipt(tx, { id: created.id, email: created.email, requesterId: extra.requesterId }, result);
    return result;
  });
  kickOutboxWorker();
  return receipt;
}

/** A request filed on the portal: received today, with its receipt at once (art. 14 para. 2). */
export async function fileRequest(input: RequestFormInput, ip: string | null, now = new Date()): Promise<ServiceResult<Receipt>> {
  const user = await getSession();
  const limit = await hitRateLimit(`information.request:${user?.id ?? ip ?? "unknown"}`, REQUESTS_PER_DAY, 86_400);
  if (!limit.allowed) return { ok: false, formError: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const receipt = await createRequest(input, { channel: "PORTAL", receivedOn: moroccanDay(now), requesterId: user?.id ?? null, enteredById: null }, ip);
  return { ok: true, data: receipt };
}

/** A paper, post or e-mail request entered by the officer with the day it was received. */
export async function enterRequest(input: OfficerEntryInput, ip: string | null, now = new Date()): Promise<ServiceResult<Receipt & { id: number }>> {
  const officer = await requirePermission("information.handle_requests");
  if (input.receivedOn > moroccanDay(now)) return { ok: false, fieldErrors: { receivedOn: "dateInFuture" } };
  const { channel, receivedOn, ...fields } = input;
  const receipt = await createRequest(fields, { channel, receivedOn, requesterId: null, enteredById: officer.id }, ip);
  const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: receipt.reference }, select: { id: true } });
  return { ok: true, data: { ...receipt, id } };
}

async function lockRequest(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM information_requests WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) return null;
  return tx.informationRequest.findUniqueOrThrow({ where: { id } });
}

/** The one extension (art. 16): before the first deadline, with reasons told to the requester. */
export async function extendRequest(input: ExtendInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const officer = await requirePermission("information.handle_requests");
  const calendar = await loadWorkingCalendar();
  const result = await db.$transaction(async (tx): Promise<ServiceResult<{ id: number }>> => {
    const request = await lockRequest(tx, input.requestId);
    if (!request) return { ok: false, formError: "notFound" };
    const answeredAt = request.answeredOn;
    const refusal = extensionRefusal({ firstDueOn: request.firstDueOn, extendedAt: request.extendedAt, answeredAt }, moroccanDay(now));
    if (refusal) return { ok: false, formError: refusal };
    const newDue = extendedDueOn(calendar, request.firstDueOn, request.urgent);
    await tx.informationRequest.update({ where: { id: request.id }, data: { extendedAt: now, extendedDueOn: newDue, extensionReason: input.reason } });
    await recordAudit(tx, {
      actorId: officer.id, action: "information_request.extended", targetType: "information_request", targetId: String(request.id),
      before: { dueOn: request.firstDueOn.toISOString().slice(0, 10) }, after: { dueOn: newDue.toISOString().slice(0, 10), reason: input.reason }, ip,
    });
    await notifyRequester(tx, request, { kind: "information.extended", dueOn: newDue, reason: input.reason });
    return { ok: true, data: { id: request.id } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}

/** The answer: given, partly given (what is withheld and why, art. 8) or refused on an art. 18 ground. */
export async function answerRequest(input: AnswerInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const officer = await requirePermission("information.handle_requests");
  const today = moroccanDay(now);
  const result = await db.$transaction(async (tx): Promise<ServiceResult<{ id: number }>> => {
    const request = await lockRequest(tx, input.requestId);
    if (!request) return { ok: false, formError: "notFound" };
    if (request.outcome) return { ok: false, formError: "alreadyAnswered" };
    const refused = input.outcome !== "GIVEN";
    const data = {
      outcome: input.outcome,
      answeredOn: today,
      answeredById: officer.id,
      answerText: input.outcome === "REFUSED" ? null : input.answerText,
      withheldPart: input.outcome === "PARTIAL" ? input.withheldPart : null,
      refusalGround: refused ? (input.refusalGround ?? null) : null,
      exceptions: refused && input.refusalGround === "EXCEPTION" ? input.exceptions : [],
      refusalReasons: refused ? input.refusalReasons : null,
      publishedReference: refused && input.refusalGround === "ALREADY_PUBLISHED" ? input.publishedReference : null,
    };
    await tx.informationRequest.update({ where: { id: request.id }, data });
    await recordAudit(tx, {
      actorId: officer.id, action: "information_request.answered", targetType: "information_request", targetId: String(request.id),
      after: {
        outcome: data.outcome, answeredOn: today.toISOString().slice(0, 10), onTime: today <= currentDueOn(request),
        refusalGround: data.refusalGround, exceptions: data.exceptions,
      },
      ip,
    });
    await notifyRequester(tx, request, { kind: "information.answered", outcome: input.outcome, answeredOn: today });
    return { ok: true, data: { id: request.id } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}

/**
 * The requester's complaint to the president (art. 19): from their account, once, after the answer
 * or after the deadline passed without one, up to the last day of the 20 working days.
 */
export async function fileComplaint(input: ComplaintInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ reference: string }>> {
  const user = await requireUser();
  const calendar = await loadWorkingCalendar();
  const today = moroccanDay(now);
  const result = await db.$transaction(async (tx): Promise<ServiceResult<{ reference: string }>> => {
    const found = await tx.informationRequest.findFirst({ where: { reference: input.reference, requesterId: user.id }, select: { id: true } });
    const request = found && (await lockRequest(tx, found.id));
    if (!request) return { ok: false, formError: "notFound" };
    const refusal = complaintRefusal(calendar, request, today);
    if (refusal) return { ok: false, formError: refusal };
    await tx.informationRequest.update({ where: { id: request.id }, data: { complaintFiledOn: today, complaintText: input.text } });
    await recordAudit(tx, {
      actorId: user.id, action: "information_request.complaint_filed", targetType: "information_request", targetId: String(request.id),
      after: { complaintFiledOn: today.toISOString().slice(0, 10) }, ip,
    });
    return { ok: true, data: { reference: request.reference } };
  });
  return result;
}

/** The president's decision on the complaint (art. 19 para. 2), recorded by the officer; the requester is told the next steps. */
export async function decideComplaint(input: ComplaintDecisionInput, ip: string | null, now = new Date()): Promise<ServiceResult<{ id: number }>> {
  const officer = await requirePermission("information.handle_requests");
  const today = moroccanDay(now);
  const result = await db.$transaction(async (tx): Promise<ServiceResult<{ id: number }>> => {
    const request = await lockRequest(tx, input.requestId);
    if (!request) return { ok: false, formError: "notFound" };
    if (!request.complaintFiledOn) return { ok: false, formError: "noComplaint" };
    if (request.complaintDecidedOn) return { ok: false, formError: "alreadyDecided" };
    await tx.informationRequest.update({ where: { id: request.id }, data: { complaintDecidedOn: today, complaintDecision: input.decision } });
    await recordAudit(tx, {
      actorId: officer.id, action: "information_request.complaint_decided", targetType: "information_request", targetId: String(request.id),
      after: { complaintDecidedOn: today.toISOString().slice(0, 10), decision: input.decision }, ip,
    });
    await notifyRequester(tx, request, { kind: "information.complaint_decided", decidedOn: today, decision: input.decision });
    return { ok: true, data: { id: request.id } };
  });
  if (result.ok) kickOutboxWorker();
  return result;
}
