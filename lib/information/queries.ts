import "server-only";
// Reads of access-to-information requests. The officer's reads check "information.handle_requests";
// a requester reads only their own requests. The identity number is only ever returned masked.
import { requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadWorkingCalendar } from "@/lib/calendar/queries";
import { decryptIdNumber, maskIdNumber } from "@/lib/security/personal-data";
import { transparencyStatistics } from "./statistics";

const LIST = {
  id: true, reference: true, channel: true, firstName: true, lastName: true, informationRequested: true, urgent: true,
  receivedOn: true, firstDueOn: true, extendedDueOn: true, outcome: true, answeredOn: true,
} as const;

/** Open requests, the one due soonest first (the deadline in force: extended or first). */
export async function openRequests() {
  await requirePermission("information.handle_requests");
  const rows = await db.informationRequest.findMany({ where: { outcome: null }, select: LIST });
  const due = (r: (typeof rows)[number]) => (r.extendedDueOn ?? r.firstDueOn).getTime();
  return rows.sort((a, b) => due(a) - due(b) || a.id - b.id);
}

export async function answeredRequests(limit = 50) {
  await requirePermission("information.handle_requests");
  return db.informationRequest.findMany({ where: { outcome: { not: null } }, select: LIST, orderBy: [{ answeredOn: "desc" }, { id: "desc" }], take: limit });
}

/** Complaints to the president waiting for the decision, the oldest first (art. 19: 15 days). */
export async function pendingComplaints() {
  await requirePermission("information.handle_requests");
  return db.informationRequest.findMany({
    where: { complaintFiledOn: { not: null }, complaintDecidedOn: null },
    select: { ...LIST, complaintFiledOn: true },
    orderBy: [{ complaintFiledOn: "asc" }, { id: "asc" }],
  });
}

export async function getRequestForOfficer(id: number) {
  await requirePermission("information.handle_requests");
  const request = await db.informationRequest.findUnique({
    where: { id },
    include: { answeredBy: { select: { name: true } }, enteredBy: { select: { name: true } }, archivedBy: { select: { name: true } } },
  });
  if (!request) return null;
  const { identityNumberEncrypted, identityNumberHash, ...rest } = request;
  const earlier = await db.informationRequest.count({ where: { identityNumberHash, id: { not: id }, receivedOn: { gte: new Date(Date.UTC(request.receivedOn.getUTCFullYear(), 0, 1)) } } });
  return { ...rest, identityNumberMasked: maskIdNumber(decryptIdNumber(identityNumberEncrypted)), sameRequesterThisYear: earlier };
}

/** The signed-in person's own requests, newest first. */
export async function myRequests() {
  const user = await requireUser();
  return db.informationRequest.findMany({ where: { requesterId: user.id }, select: LIST, orderBy: [{ receivedOn: "desc" }, { id: "desc" }] });
}

/** One of the signed-in person's requests, with the answer; null when it is not theirs. */
export async function getMyRequest(reference: string) {
  const user = await requireUser();
  const request = await db.informationRequest.findFirst({
    where: { reference, requesterId: user.id },
    select: {
      ...LIST, address: true, email: true, deliveryMode: true, extendedAt: true, extensionReason: true, answerText: true, withheldPart: true,
      refusalGround: true, exceptions: true, refusalReasons: true, publishedReference: true,
      complaintFiledOn: true, complaintText: true, complaintDecidedOn: true, complaintDecision: true,
    },
  });
  return request;
}

/** What a signed-in person's form starts with (art. 14 fields the account knows). */
export async function requestFormDefaults(): Promise<Record<string, string>> {
  const user = await requireUser().catch(() => null);
  if (!user) return {};
  const [first, ...rest] = user.name.trim().split(/\s+/);
  return { firstName: first ?? "", lastName: rest.join(" "), email: user.email };
}

/** The public transparency statistics: aggregates only, no request's text and no requester. */
export async function requestStatistics() {
  const [rows, calendar] = await Promise.all([
    db.informationRequest.findMany({ select: { receivedOn: true, firstDueOn: true, extendedDueOn: true, answeredOn: true, outcome: true, refusalGround: true } }),
    loadWorkingCalendar(),
  ]);
  return transparencyStatistics(rows, calendar);
}
