// Civil-society meetings on the programme's execution (lib/programme/meetings.ts) against the real
// database: scheduling and its audit, invitations with their notices and e-mails (never twice),
// attendance confirmed only by an invited association's representative, minutes hidden until
// published, decisions tracked to completion, and who may do what.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { InviteSchema, MeetingSchema, MinutesSchema, parseDay, zonedInstant } from "@/lib/programme/meeting-schemas";
import {
  confirmAttendance,
  getMeetingPublic,
  inviteAssociations,
  listMeetingsPublic,
  listMyInvitations,
  markDecisionDone,
  markDecisionUndone,
  publishMinutes,
  scheduleMeeting,
} from "@/lib/programme/meetings";
import { createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.61";
let programmeId: number;
let staff: TestUser;
let repAr: TestUser;
let repFr: TestUser;
let outsider: TestUser;
let assocAr: number;
let assocFr: number;
let unverified: number;

async function resetMeetings(): Promise<void> {
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE programmes, associations, notifications, civil_society_meetings, meeting_invitations, meeting_decisions RESTART IDENTITY CASCADE",
  );
}

async function association(name: string, representativeId: string | null, verified = true): Promise<number> {
  const row = await db.association.create({
    data: {
      name, receiptNumber: `R-${name.length}-${Math.random()}`, receiptDate: new Date("2018-01-01"), foundedOn: new Date("2017-06-01"),
      seatAddress: "بني مطهر", domain: "التنمية", representativeId, verifiedAt: verified ? new Date() : null,
    },
  });
  return row.id;
}

/** A day `days` from today, as staff type it (DD/MM/YYYY). */
function typedDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

function meetingInput(days = 10) {
  return MeetingSchema.parse({
    programmeId: String(programmeId), date: typedDay(days), time: "10:00",
    placeAr: "قاعة الاجتماعات بمقر الجماعة", placeFr: "Salle de réunion du siège de la commune",
    agendaAr: "تتبع نسبة تنفيذ برنامج العمل", agendaFr: "Suivi du taux d'exécution du programme",
  });
}

async function schedule(days = 10): Promise<number> {
  await signInAs(staff);
  const result = await scheduleMeeting(meetingInput(days), IP);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await resetMeetings();
  programmeId = (await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج عمل الجماعة", titleFr: "Programme d'action" } })).id;
  staff = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"], name: "Staff Editor" });
  repAr = await createUser({ roles: ["CITIZEN", "ASSOCIATION_REP"], name: "ممثلة جمعية الأمل", locale: "ar-MA" });
  repFr = await createUser({ roles: ["CITIZEN", "ASSOCIATION_REP"], name: "Représentant Oasis", locale: "fr-MA" });
  outsider = await createUser({ roles: ["CITIZEN", "ASSOCIATION_REP"], name: "ممثل جمعية أخرى" });
  assocAr = await association("جمعية الأمل", repAr.id);
  assocFr = await association("جمعية الواحة", repFr.id);
  unverified = await association("جمعية غير معتمدة", outsider.id, false);
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("dates", () => {
  it("reads a typed day and time on Moroccan time, Arabic digits included", () => {
    expect(parseDay("١٥/١٢/٢٠٢٦")).toEqual([2026, 12, 15]);
    expect(parseDay("31/02/2026")).toBeNull();
    // Africa/Casablanca is UTC+1 outside Ramadan.
    expect(zonedInstant([2026, 12, 15], [10, 0]).toISOString()).toBe("2026-12-15T09:00:00.000Z");
  });
});

describe("scheduling", () => {
  it("creates the meeting and writes an audit event", async () => {
    const id = await schedule();
    const meeting = await db.civilSocietyMeeting.findUniqueOrThrow({ where: { id } });
    expect(meeting.placeFr).toBe("Salle de réunion du siège de la commune");
    expect(meeting.minutesPublishedAt).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { targetType: "civil_society_meeting", targetId: String(id) } });
    expect(audit.map((a) => [a.action, a.actorId, a.ip])).toEqual([["meeting.scheduled", staff.id, IP]]);
  });

  it("is refused to a citizen (ForbiddenError) and to anonymous visitors", async () => {
    const citizen = await createUser();
    await signInAs(citizen);
    await expect(scheduleMeeting(meetingInput(), IP)).rejects.toBeInstanceOf(ForbiddenError);
    signOut();
    await expect(scheduleMeeting(meetingInput(), IP)).rejects.toBeInstanceOf(UnauthenticatedError);
    await signInAs(repAr);
    await expect(scheduleMeeting(meetingInput(), IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.civilSocietyMeeting.count()).toBe(0);
  });
});

describe("invitations", () => {
  it("queue one e-mail and one notice per invited association's representative, in their language, never twice", async () => {
    const id = await schedule();
    const first = await inviteAssociations(InviteSchema.parse({ meetingId: String(id), associationIds: [String(assocAr), String(assocFr)] }), IP);
    expect(first).toEqual({ ok: true, data: { invited: 2, notified: 2 } });
    // Inviting again (one already invited): nothing new for it.
    const again = await inviteAssociations(InviteSchema.parse({ meetingId: String(id), associationIds: [String(assocAr), String(assocFr)] }), IP);
    expect(again).toEqual({ ok: true, data: { invited: 0, notified: 0 } });

    const mails = await db.outboxMessage.findMany({ where: { kind: "programme.meeting_invited" }, orderBy: { toAddress: "asc" } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([repAr.email, repFr.email].sort());
    const ar = mails.find((m) => m.toAddress === repAr.email)!;
    const fr = mails.find((m) => m.toAddress === repFr.email)!;
    expect(ar.subject).toContain("دعوة");
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.text).toContain("/account/invitations");
    expect(fr.subject).toContain("Invitation");
    expect(fr.text).toContain("/fr/account/invitations");
    expect(fr.text).toContain("Suivi du taux d'exécution du programme");

    const notices = await db.notification.findMany({ where: { kind: "programme.meeting_invited" } });
    expect(notices.map((n) => n.userId).sort()).toEqual([repAr.id, repFr.id].sort());
    expect(notices.every((n) => n.targetId === String(id))).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { action: "meeting.associations_invited" } });
    expect(audit).toHaveLength(1);
  });

  it("refuse an association that is not verified", async () => {
    const id = await schedule();
    const result = await inviteAssociations(InviteSchema.parse({ meetingId: String(id), associationIds: [String(unverified)] }), IP);
    expect(result).toEqual({ ok: false, fieldErrors: { associationIds: "invalidChoice" } });
    expect(await db.meetingInvitation.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("attendance", () => {
  it("is confirmed only by the representative of an invited, verified association; twice is fine", async () => {
    const id = await schedule();
    await inviteAssociations(InviteSchema.parse({ meetingId: String(id), associationIds: [String(assocAr)] }), IP);

    // Not invited (assocFr), not the representative (outsider), or anonymous: refused.
    await signInAs(repFr);
    expect(await confirmAttendance({ meetingId: id, associationId: assocFr })).toEqual({ ok: false, formError: "notInvited" });
    expect(await confirmAttendance({ meetingId: id, associationId: assocAr })).toEqual({ ok: false, formError: "notInvited" });
    await signInAs(outsider);
    expect(await confirmAttendance({ meetingId: id, associationId: assocAr })).toEqual({ ok: false, formError: "notInvited" });
    signOut();
    await expect(confirmAttendance({ meetingId: id, associationId: assocAr })).rejects.toBeInstanceOf(UnauthenticatedError);

    await signInAs(repAr);
    const mine = await listMyInvitations();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ canConfirm: true, confirmedAt: null, association: { id: assocAr } });
    expect(await confirmAttendance({ meetingId: id, associationId: assocAr })).toEqual({ ok: true, data: { alreadyConfirmed: false } });
    const confirmedAt = (await db.meetingInvitation.findUniqueOrThrow({ where: { meetingId_associationId: { meetingId: id, associationId: assocAr } } })).confirmedAt;
    expect(confirmedAt).not.toBeNull();
    expect(await confirmAttendance({ meetingId: id, associationId: assocAr })).toEqual({ ok: true, data: { alreadyConfirmed: true } });
    const after = await db.meetingInvitation.findUniqueOrThrow({ where: { meetingId_associationId: { meetingId: id, associationId: assocAr } } });
    expect(after.confirmedAt).toEqual(confirmedAt);
    expect((await listMyInvitations())[0]).toMatchObject({ canConfirm: false });

    const pub = await getMeetingPublic(id);
    expect(pub?.associations).toEqual([{ id: assocAr, name: "جمعية الأمل", confirmed: true }]);
  });

  it("an invitation of an association that lost its verification cannot be confirmed", async () => {
    const id = await schedule();
    await inviteAssociations(InviteSchema.parse({ meetingId: String(id), associationIds: [String(assocAr)] }), IP);
    await db.association.update({ where: { id: assocAr }, data: { verifiedAt: null } });
    await signInAs(repAr);
    expect(await confirmAttendance({ meetingId: id, associationId: assocAr })).toEqual({ ok: false, formError: "notInvited" });
  });
});

describe("minutes and decisions", () => {
  const minutes = (id: number, publish: boolean) =>
    MinutesSchema.parse({
      meetingId: String(id),
      minutesAr: "ناقش اللقاء نسبة تنفيذ المشاريع المبرمجة.",
      minutesFr: "La rencontre a examiné le taux d'exécution.",
      decisionsAr: "1. تسريع أشغال الطريق\n2. نشر تقرير فصلي\n",
      decisionsFr: "- Accélérer les travaux de la route\n- Publier un rapport trimestriel",
      publish: publish ? "on" : undefined,
    });

  it("stay hidden from the public until published", async () => {
    const id = await schedule(-2);
    expect((await publishMinutes(minutes(id, false), IP)).ok).toBe(true);
    let pub = await getMeetingPublic(id);
    expect(pub).toMatchObject({ held: true, minutes: null, decisions: [] });
    expect(JSON.stringify(await listMeetingsPublic())).not.toContain("تسريع");

    expect(await publishMinutes(minutes(id, true), IP)).toEqual({ ok: true, data: { id, published: true } });
    pub = await getMeetingPublic(id);
    expect(pub?.minutes?.ar).toContain("ناقش اللقاء");
    expect(pub?.decisions.map((d) => [d.position, d.textAr, d.textFr, d.done])).toEqual([
      [1, "تسريع أشغال الطريق", "Accélérer les travaux de la route", false],
      [2, "نشر تقرير فصلي", "Publier un rapport trimestriel", false],
    ]);
    const { past } = await listMeetingsPublic();
    expect(past.map((m) => m.id)).toEqual([id]);

    // Published minutes are frozen.
    expect(await publishMinutes(minutes(id, true), IP)).toEqual({ ok: false, formError: "alreadyPublished" });
    const actions = (await db.auditEvent.findMany({ where: { targetId: String(id), targetType: "civil_society_meeting" }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["meeting.scheduled", "meeting.minutes_saved", "meeting.minutes_published"]);
  });

  it("cannot be published before the meeting takes place", async () => {
    const id = await schedule(5);
    expect(await publishMinutes(minutes(id, true), IP)).toEqual({ ok: false, fieldErrors: { publish: "notHeldYet" } });
    expect((await db.civilSocietyMeeting.findUniqueOrThrow({ where: { id } })).minutesPublishedAt).toBeNull();
  });

  it("a French list of decisions must match the Arabic one", () => {
    const parsed = MinutesSchema.safeParse({ meetingId: "1", minutesAr: "محضر", decisionsAr: "أ\nب", decisionsFr: "A" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["decisionsFr", "decisionsCountMismatch"]]);
  });

  it("each decision is tracked done and undone, audited, and refused to a citizen", async () => {
    const id = await schedule(-1);
    await publishMinutes(minutes(id, true), IP);
    const [first] = await db.meetingDecision.findMany({ where: { meetingId: id }, orderBy: { position: "asc" } });

    expect(await markDecisionDone(first!.id, IP)).toEqual({ ok: true, data: { meetingId: id, changed: true } });
    expect(await markDecisionDone(first!.id, IP)).toEqual({ ok: true, data: { meetingId: id, changed: false } });
    let pub = await getMeetingPublic(id);
    expect(pub?.decisions.map((d) => d.done)).toEqual([true, false]);

    expect(await markDecisionUndone(first!.id, IP)).toEqual({ ok: true, data: { meetingId: id, changed: true } });
    pub = await getMeetingPublic(id);
    expect(pub?.decisions.map((d) => d.done)).toEqual([false, false]);

    const audit = await db.auditEvent.findMany({ where: { targetType: "meeting_decision", targetId: String(first!.id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["meeting.decision_done", staff.id],
      ["meeting.decision_reopened", staff.id],
    ]);

    const citizen = await createUser();
    await signInAs(citizen);
    await expect(markDecisionDone(first!.id, IP)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a decision of unpublished minutes cannot be ticked", async () => {
    const id = await schedule(-1);
    await publishMinutes(minutes(id, false), IP);
    const [first] = await db.meetingDecision.findMany({ where: { meetingId: id } });
    expect(await markDecisionDone(first!.id, IP)).toEqual({ ok: false, formError: "notFound" });
  });
});
