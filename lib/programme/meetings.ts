import "server-only";
// Periodic meetings with civil society on the programme's execution (the plan's axis 1): staff
// schedule a meeting, invite associations, write the minutes and the decisions taken, publish
// them, and tick each decision once carried out; an invited association's representative confirms
// attendance. Every function checks the caller itself. Every staff change is one transaction: the
// rows, an audit event, and the notices (in-app + outbox e-mail) it causes.
import { createFormatter } from "next-intl";
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { getSession, requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { FORMATS } from "@/lib/i18n/formats";
import { localizedPath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/pick";
import { translator } from "@/lib/i18n/translator";
import type { Email } from "@/lib/mail/templates";
import { kickOutboxWorker } from "@/lib/mail/worker";
import type { ConfirmAttendanceInput, InviteInput, MeetingInput, MeetingUpdateInput, MinutesInput } from "./meeting-schemas";
import { isolate, noticeEmailMessage, recipientLocale, type Recipient } from "@/lib/notifications/email";
import type { NoticeRenderer } from "@/lib/notifications/types";
import type { ServiceResult } from "@/lib/forms/form-state";


/** The kind of the in-app notice and of the e-mail sent to an invited association's representative. */
export const MEETING_INVITATION_KIND = "programme.meeting_invited";

/** What an invitation notice says, kept with it so that it reads the same later. */
export type MeetingNoticePayload = {
  meetingId: number;
  associationName: string;
  scheduledAt: string;
  placeAr: string;
  placeFr: string;
};

async function lockMeeting(tx: Tx, meetingId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM civil_society_meetings WHERE id = ${meetingId} FOR UPDATE`;
}

function meetingSnapshot(m: { programmeId: number; scheduledAt: Date; placeAr: string; placeFr: string; agendaAr: string; agendaFr: string }) {
  return {
    programmeId: m.programmeId, scheduledAt: m.scheduledAt.toISOString(), placeAr: m.placeAr, placeFr: m.placeFr,
    agendaAr: m.agendaAr, agendaFr: m.agendaFr,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff: scheduling
// ---------------------------------------------------------------------------------------------

export async function scheduleMeeting(input: MeetingInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await db.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
  if (!programme) return { ok: false, fieldErrors: { programmeId: "invalidChoice" } };
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.civilSocietyMeeting.create({ data: input, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "meeting.scheduled", targetType: "civil_society_meeting", targetId: String(created.id), after: meetingSnapshot(input), ip });
    return created;
  });
  return { ok: true, data: meeting };
}

/** Changes the date, place or agenda. Only what changed is audited. */
export async function updateMeeting(input: MeetingUpdateInput, ip: string | null): Promise<ServiceResult<{ id: number; changed: boolean }>> {
  const actor = await requirePermission("programme.manage");
  const programme = await db.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
  if (!programme) return { ok: false, fieldErrors: { programmeId: "invalidChoice" } };
  const { meetingId, ...data } = input;
  const result = await db.$transaction(async (tx) => {
    await lockMeeting(tx, meetingId);
    const current = await tx.civilSocietyMeeting.findUnique({ where: { id: meetingId } });
    if (!current) return null;
    const diff = auditDiff(meetingSnapshot(current), meetingSnapshot(data));
    if (!diff.changed) return { id: current.id, changed: false };
    await tx.civilSocietyMeeting.update({ where: { id: current.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "meeting.updated", targetType: "civil_society_meeting", targetId: String(current.id), before: diff.before, after: diff.after, ip });
    return { id: current.id, changed: true };
  });
  if (!result) return { ok: false, formError: "notFound" };
  return { ok: true, data: result };
}

// ---------------------------------------------------------------------------------------------
// Staff: invitations (each association once; its representative gets a notice and an e-mail)
// ---------------------------------------------------------------------------------------------

/** The text of an invitation notice in `locale`: the e-mail's subject and body, and what an in-app list shows. */
export function invitationText(locale: Locale, payload: MeetingNoticePayload): { subject: string; summary: string } {
  const t = translator(locale);
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const values = {
    association: isolate(payload.associationName),
    date: format.dateTime(new Date(payload.scheduledAt), "withTime"),
    place: localized(locale, payload.placeAr, payload.placeFr),
  };
  return { subject: t("ProgrammeMeetings.email.subject", values), summary: t("ProgrammeMeetings.email.summary", values) };
}

/** How the notifications page shows an invitation to a civil-society meeting. */
export const meetingInvitationNotices: NoticeRenderer = {
  handles: (kind) => kind === MEETING_INVITATION_KIND,
  render(locale, _kind, payload) {
    const { summary } = invitationText(locale, payload as MeetingNoticePayload);
    return { summary, details: [], href: "/account/invitations", linkLabel: translator(locale)("ProgrammeMeetings.invitations.title") };
  },
};

function invitationEmail(recipient: Recipient, payload: MeetingNoticePayload, agenda: { ar: string; fr: string }): Email {
  const locale = recipientLocale(recipient.locale);
  const t = translator(locale);
  const { subject, summary } = invitationText(locale, payload);
  const url = new URL(localizedPath(locale, "/account/invitations"), env().PUBLIC_URL).toString();
  const paragraphs = [
    t("ProgrammeMeetings.email.greeting", { name: isolate(recipient.name) }),
    summary,
    t("ProgrammeMeetings.email.agenda", { agenda: localized(locale, agenda.ar, agenda.fr) }),
  ];
  const label = t("ProgrammeMeetings.email.action");
  const footer = t("ProgrammeMeetings.email.why");
  return noticeEmailMessage(locale, subject, paragraphs, { label, url }, footer);
}

/**
 * Invites verified associations. An association already invited is left as it is (no second
 * notice). Each newly invited association's representative (an active account) gets one in-app
 * notice and one e-mail in their own language.
 */
export async function inviteAssociations(input: InviteInput, ip: string | null): Promise<ServiceResult<{ invited: number; notified: number }>> {
  const actor = await requirePermission("programme.manage");
  const wanted = [...new Set(input.associationIds)];
  const result = await db.$transaction(
    async (tx) => {
      await lockMeeting(tx, input.meetingId);
      const meeting = await tx.civilSocietyMeeting.findUnique({
        where: { id: input.meetingId },
        select: { id: true, scheduledAt: true, placeAr: true, placeFr: true, agendaAr: true, agendaFr: true, minutesPublishedAt: true, invitations: { select: { associationId: true } } },
      });
      if (!meeting) return { error: "notFound" } as const;
      if (meeting.minutesPublishedAt) return { error: "alreadyPublished" } as const;
      const associations = await tx.association.findMany({
        where: { id: { in: wanted }, verifiedAt: { not: null } },
        select: { id: true, name: true, representative: { select: { id: true, name: true, email: true, locale: true, status: true } } },
      });
      if (associations.length !== wanted.length) return { error: "invalidChoice", field: "associationIds" } as const;
      const already = new Set(meeting.invitations.map((i) => i.associationId));
      const fresh = associations.filter((a) => !already.has(a.id));
      if (fresh.length === 0) return { invited: 0, notified: 0 };
      // ON CONFLICT DO NOTHING: a simultaneous invitation of the same association is not an error.
      const { count } = await tx.meetingInvitation.createMany({ data: fresh.map((a) => ({ meetingId: meeting.id, associationId: a.id })), skipDuplicates: true });
      await recordAudit(tx, {
        actorId: actor.id, action: "meeting.associations_invited", targetType: "civil_society_meeting", targetId: String(meeting.id),
        after: { associations: fresh.map((a) => ({ id: a.id, name: a.name })) }, ip,
      });
      const notices = fresh
        .filter((a) => a.representative && a.representative.status === "ACTIVE")
        .map((a) => ({
          recipient: a.representative!,
          payload: { meetingId: meeting.id, associationName: a.name, scheduledAt: meeting.scheduledAt.toISOString(), placeAr: meeting.placeAr, placeFr: meeting.placeFr } satisfies MeetingNoticePayload,
        }));
      if (notices.length) {
        await tx.notification.createMany({
          data: notices.map((n) => ({ userId: n.recipient.id, kind: MEETING_INVITATION_KIND, targetType: "civil_society_meeting", targetId: String(meeting.id), payload: n.payload })),
        });
        await tx.outboxMessage.createMany({
          data: notices.map((n) => ({ kind: MEETING_INVITATION_KIND, toAddress: n.recipient.email, ...invitationEmail(n.recipient, n.payload, { ar: meeting.agendaAr, fr: meeting.agendaFr }) })),
        });
      }
      return { invited: count, notified: notices.length };
    },
    { timeout: 15_000 },
  );
  if ("error" in result) {
    return "field" in result && result.field ? { ok: false, fieldErrors: { [result.field]: result.error } } : { ok: false, formError: result.error };
  }
  if (result.notified) kickOutboxWorker();
  return { ok: true, data: result };
}

// ---------------------------------------------------------------------------------------------
// Staff: minutes and decisions
// ---------------------------------------------------------------------------------------------

/**
 * Saves the minutes and the decisions taken; with `publish`, makes them public (minutesPublishedAt)
 * and freezes them: from then on only each decision's progress changes. Before publication the
 * decisions are replaced as a whole by what the form says.
 */
export async function publishMinutes(input: MinutesInput, ip: string | null): Promise<ServiceResult<{ id: number; published: boolean }>> {
  const actor = await requirePermission("programme.manage");
  const result = await db.$transaction(async (tx) => {
    await lockMeeting(tx, input.meetingId);
    const current = await tx.civilSocietyMeeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, scheduledAt: true, minutesAr: true, minutesFr: true, minutesPublishedAt: true, decisions: { orderBy: { position: "asc" }, select: { textAr: true, textFr: true } } },
    });
    if (!current) return { error: "notFound" } as const;
    if (current.minutesPublishedAt) return { error: "alreadyPublished" } as const;
    // Minutes are written after the meeting; a draft may be prepared, but not published, before it.
    if (input.publish && current.scheduledAt.getTime() > Date.now()) return { error: "notHeldYet", field: "publish" } as const;
    const decisions = input.decisionsAr.map((textAr, index) => ({ position: index + 1, textAr, textFr: input.decisionsFr[index] ?? "" }));
    const publishedAt = input.publish ? new Date() : null;
    await tx.civilSocietyMeeting.update({
      where: { id: current.id },
      data: { minutesAr: input.minutesAr, minutesFr: input.minutesFr, minutesPublishedAt: publishedAt },
    });
    await tx.meetingDecision.deleteMany({ where: { meetingId: current.id } });
    if (decisions.length) await tx.meetingDecision.createMany({ data: decisions.map((d) => ({ ...d, meetingId: current.id })) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.publish ? "meeting.minutes_published" : "meeting.minutes_saved",
      targetType: "civil_society_meeting",
      targetId: String(current.id),
      before: current.minutesAr === null ? undefined : { minutesAr: current.minutesAr, minutesFr: current.minutesFr, decisions: current.decisions },
      after: { minutesAr: input.minutesAr, minutesFr: input.minutesFr, decisions: decisions.map(({ textAr, textFr }) => ({ textAr, textFr })), publishedAt: publishedAt?.toISOString() ?? null },
      ip,
    });
    return { id: current.id, published: input.publish };
  });
  if ("error" in result) {
    return "field" in result && result.field ? { ok: false, fieldErrors: { [result.field]: result.error } } : { ok: false, formError: result.error };
  }
  return { ok: true, data: result };
}

/** Marks a published decision as carried out, or back as open; doing it twice changes nothing. */
export async function setDecisionDone(decisionId: number, done: boolean, ip: string | null): Promise<ServiceResult<{ meetingId: number; changed: boolean }>> {
  const actor = await requirePermission("programme.manage");
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM meeting_decisions WHERE id = ${decisionId} FOR UPDATE`;
    const decision = await tx.meetingDecision.findUnique({
      where: { id: decisionId },
      select: { id: true, meetingId: true, position: true, doneAt: true, meeting: { select: { minutesPublishedAt: true } } },
    });
    if (!decision || !decision.meeting.minutesPublishedAt) return null;
    if (!!decision.doneAt === done) return { meetingId: decision.meetingId, changed: false };
    const doneAt = done ? new Date() : null;
    await tx.meetingDecision.update({ where: { id: decision.id }, data: { doneAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: done ? "meeting.decision_done" : "meeting.decision_reopened",
      targetType: "meeting_decision",
      targetId: String(decision.id),
      before: { doneAt: decision.doneAt?.toISOString() ?? null },
      after: { doneAt: doneAt?.toISOString() ?? null, meetingId: decision.meetingId, position: decision.position },
      ip,
    });
    return { meetingId: decision.meetingId, changed: true };
  });
  if (!result) return { ok: false, formError: "notFound" };
  return { ok: true, data: result };
}

export const markDecisionDone = (decisionId: number, ip: string | null) => setDecisionDone(decisionId, true, ip);
export const markDecisionUndone = (decisionId: number, ip: string | null) => setDecisionDone(decisionId, false, ip);

// ---------------------------------------------------------------------------------------------
// Association representatives
// ---------------------------------------------------------------------------------------------

/**
 * Confirms that an invited association will attend. Only the representative of that association,
 * verified, and only before the meeting; confirming again changes nothing.
 */
export async function confirmAttendance(input: ConfirmAttendanceInput): Promise<ServiceResult<{ alreadyConfirmed: boolean }>> {
  const user = await requireUser();
  const result = await db.$transaction(async (tx) => {
    const invitation = await tx.meetingInvitation.findFirst({
      where: { meetingId: input.meetingId, associationId: input.associationId, association: { representativeId: user.id, verifiedAt: { not: null } } },
      select: { confirmedAt: true, meeting: { select: { scheduledAt: true } } },
    });
    if (!invitation) return { error: "notInvited" } as const;
    if (invitation.confirmedAt) return { alreadyConfirmed: true };
    if (invitation.meeting.scheduledAt.getTime() <= Date.now()) return { error: "meetingPast" } as const;
    // Only the first confirmation counts (a double click or a second tab is not an error).
    const { count } = await tx.meetingInvitation.updateMany({
      where: { meetingId: input.meetingId, associationId: input.associationId, confirmedAt: null },
      data: { confirmedAt: new Date() },
    });
    if (count === 0) return { alreadyConfirmed: true };
    await recordAudit(tx, {
      actorId: user.id, action: "meeting.attendance_confirmed", targetType: "civil_society_meeting", targetId: String(input.meetingId),
      after: { associationId: input.associationId }, ip: null,
    });
    return { alreadyConfirmed: false };
  });
  if ("error" in result) return { ok: false, formError: result.error };
  return { ok: true, data: result };
}

/** The signed-in representative's invitations (every association they represent), next meetings first. */
export async function listMyInvitations() {
  const user = await requireUser();
  const rows = await db.meetingInvitation.findMany({
    where: { association: { representativeId: user.id } },
    select: {
      confirmedAt: true,
      association: { select: { id: true, name: true, verifiedAt: true } },
      meeting: { select: { id: true, scheduledAt: true, placeAr: true, placeFr: true, agendaAr: true, agendaFr: true, minutesPublishedAt: true } },
    },
  });
  const now = Date.now();
  const upcoming = rows.filter((r) => r.meeting.scheduledAt.getTime() > now).sort((a, b) => a.meeting.scheduledAt.getTime() - b.meeting.scheduledAt.getTime());
  const past = rows.filter((r) => r.meeting.scheduledAt.getTime() <= now).sort((a, b) => b.meeting.scheduledAt.getTime() - a.meeting.scheduledAt.getTime());
  return [...upcoming, ...past].map((r) => ({
    meeting: r.meeting,
    association: { id: r.association.id, name: r.association.name, verified: r.association.verifiedAt !== null },
    confirmedAt: r.confirmedAt,
    canConfirm: r.association.verifiedAt !== null && !r.confirmedAt && r.meeting.scheduledAt.getTime() > now,
    past: r.meeting.scheduledAt.getTime() <= now,
  }));
}

export type MyInvitation = Awaited<ReturnType<typeof listMyInvitations>>[number];

/** Whether the signed-in person represents an association (the account page may show the invitations link). */
export async function isAssociationRepresentative(): Promise<boolean> {
  const user = await getSession();
  if (!user) return false;
  return (await db.association.count({ where: { representativeId: user.id } })) > 0;
}

// ---------------------------------------------------------------------------------------------
// Public reads: what is published only
// ---------------------------------------------------------------------------------------------

const PUBLIC_MEETING = {
  id: true, scheduledAt: true, placeAr: true, placeFr: true, agendaAr: true, agendaFr: true, minutesAr: true, minutesFr: true, minutesPublishedAt: true,
  invitations: { orderBy: { association: { name: "asc" } }, select: { confirmedAt: true, association: { select: { id: true, name: true } } } },
  decisions: { orderBy: { position: "asc" }, select: { id: true, position: true, textAr: true, textFr: true, dueOn: true, doneAt: true } },
} as const satisfies Prisma.CivilSocietyMeetingSelect;

type PublicMeetingRow = Prisma.CivilSocietyMeetingGetPayload<{ select: typeof PUBLIC_MEETING }>;

/** Minutes and decisions stay out until published; invited associations are named with whether they confirmed. */
function publicMeeting(row: PublicMeetingRow) {
  const published = row.minutesPublishedAt !== null;
  return {
    id: row.id,
    scheduledAt: row.scheduledAt,
    placeAr: row.placeAr,
    placeFr: row.placeFr,
    agendaAr: row.agendaAr,
    agendaFr: row.agendaFr,
    held: row.scheduledAt.getTime() <= Date.now(),
    minutes: published ? { ar: row.minutesAr ?? "", fr: row.minutesFr, publishedAt: row.minutesPublishedAt! } : null,
    decisions: published ? row.decisions.map((d) => ({ ...d, done: d.doneAt !== null })) : [],
    associations: row.invitations.map((i) => ({ id: i.association.id, name: i.association.name, confirmed: i.confirmedAt !== null })),
  };
}

export type PublicMeeting = ReturnType<typeof publicMeeting>;

/** Every meeting: the upcoming ones (soonest first) and the past ones (latest first). */
export async function listMeetingsPublic(): Promise<{ upcoming: PublicMeeting[]; past: PublicMeeting[] }> {
  const rows = await db.civilSocietyMeeting.findMany({ orderBy: [{ scheduledAt: "desc" }, { id: "desc" }], select: PUBLIC_MEETING });
  const meetings = rows.map(publicMeeting);
  return { upcoming: meetings.filter((m) => !m.held).reverse(), past: meetings.filter((m) => m.held) };
}

export async function getMeetingPublic(id: number): Promise<PublicMeeting | null> {
  const row = await db.civilSocietyMeeting.findUnique({ where: { id }, select: PUBLIC_MEETING });
  return row ? publicMeeting(row) : null;
}

// ---------------------------------------------------------------------------------------------
// Staff reads
// ---------------------------------------------------------------------------------------------

export async function listMeetingsForStaff() {
  await requirePermission("programme.manage");
  const rows = await db.civilSocietyMeeting.findMany({
    orderBy: [{ scheduledAt: "desc" }, { id: "desc" }],
    select: {
      id: true, scheduledAt: true, placeAr: true, placeFr: true, minutesAr: true, minutesPublishedAt: true,
      invitations: { select: { confirmedAt: true } },
      decisions: { select: { doneAt: true } },
    },
  });
  return rows.map(({ invitations, decisions, minutesAr, ...m }) => ({
    ...m,
    held: m.scheduledAt.getTime() <= Date.now(),
    hasDraft: minutesAr !== null && m.minutesPublishedAt === null,
    invited: invitations.length,
    confirmed: invitations.filter((i) => i.confirmedAt).length,
    decisions: decisions.length,
    decisionsDone: decisions.filter((d) => d.doneAt).length,
  }));
}

export type StaffMeetingListItem = Awaited<ReturnType<typeof listMeetingsForStaff>>[number];

export async function getMeetingForStaff(id: number) {
  await requirePermission("programme.manage");
  const meeting = await db.civilSocietyMeeting.findUnique({
    where: { id },
    include: {
      programme: { select: { id: true, titleAr: true, titleFr: true } },
      invitations: {
        orderBy: { association: { name: "asc" } },
        select: { confirmedAt: true, association: { select: { id: true, name: true, representative: { select: { name: true } } } } },
      },
      decisions: { orderBy: { position: "asc" } },
    },
  });
  if (!meeting) return null;
  const invited = new Set(meeting.invitations.map((i) => i.association.id));
  const associations = await db.association.findMany({
    where: { verifiedAt: { not: null }, id: { notIn: [...invited] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, representativeId: true },
  });
  return { meeting, invitable: associations.map((a) => ({ id: a.id, name: a.name, hasRepresentative: a.representativeId !== null })) };
}

/** What the meeting form offers: the programmes, newest first. */
export async function getMeetingFormOptions() {
  await requirePermission("programme.manage");
  return db.programme.findMany({ orderBy: { startYear: "desc" }, select: { id: true, startYear: true, endYear: true, titleAr: true, titleFr: true } });
}
