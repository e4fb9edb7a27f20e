import "server-only";
// Writes of the equality committee. Every function checks the caller itself (permission table +
// membership); every change is one transaction with its audit event and the notices it causes.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { fileStore } from "@/lib/storage";
import { processEvidenceFile, uploadErrorKey } from "@/lib/uploads/evidence";
import { RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { inviteMembers } from "./notify";
import { DEFAULT_SETTINGS } from "./defaults";
import { getEqualitySettings, requireLibrary, requireWorkspace, today } from "./queries";
import { recordResponse, stepProposal } from "@/lib/consultative/service";
import { attachmentsOpen, isActiveMember, minutesPublishable, registrationOpen, settingsError } from "./rules";
import type { CommitteeDocumentInput, LibrarySpace, CouncilResponseInput, MeansAnswerInput, MeansRequestInput, MeetingInput, MemberInput, MinutesInput, OpinionInput, OpinionStepInput, RegistrationInput, SettingsInput, TrainingAttendanceInput, TrainingInput } from "./schemas";
import type { ServiceResult } from "@/lib/forms/form-state";

const ROLE_OF: Record<MemberInput["role"], Role> = { MEMBER: "COMMITTEE_MEMBER", RAPPORTEUR: "COMMITTEE_RAPPORTEUR", CHAIR: "COMMITTEE_CHAIR" };

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

// ---------------------------------------------------------------------------------------------
// Settings (administrator)
// ---------------------------------------------------------------------------------------------

export async function saveEqualitySettings(input: SettingsInput, ip: string | null): Promise<ServiceResult<undefined>> {
  const actor = await requirePermission("settings.manage");
  const error = settingsError(input);
  if (error) return { ok: false, fieldErrors: { [error.field]: error.key } };
  await db.$transaction(async (tx) => {
    const before = (await tx.equalitySettings.findUnique({ where: { id: 1 } })) ?? DEFAULT_SETTINGS;
    const diff = auditDiff({ ...before }, { ...input });
    await tx.equalitySettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    if (diff.changed) await recordAudit(tx, { actorId: actor.id, action: "equality.settings_updated", targetType: "equality_settings", targetId: "1", before: diff.before, after: diff.after, ip });
  });
  return { ok: true, data: undefined };
}

// ---------------------------------------------------------------------------------------------
// Members (chair, administrators)
// ---------------------------------------------------------------------------------------------

/**
 * Adds a member (by the e-mail of their account) or updates a member's profile. The account gets
 * the committee role that matches (so that it opens the workspace); both are audited.
 */
export async function saveMember(input: MemberInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("committee.manage_members");
  const settings = await getEqualitySettings();
  if (input.bureauRole !== null && input.bureauRole >= settings.bureauRolesAr.length) return { ok: false, fieldErrors: { bureauRole: "invalidChoice" } };
  if (input.category !== null && input.category >= settings.categoriesAr.length) return { ok: false, fieldErrors: { category: "invalidChoice" } };
  const profile = {
    role: input.role, bureauRole: input.bureauRole, organisation: input.organisation, category: input.category, gender: input.gender,
    termStart: input.termStart, termEnd: input.termEnd, publicListing: input.publicListing,
  };
  const snapshot = (p: typeof profile) => ({ ...p, termStart: isoDay(p.termStart), termEnd: isoDay(p.termEnd) });
  const result = await db.$transaction(async (tx) => {
    let userId: string;
    let memberId: number;
    if (input.memberId === null) {
      const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, committeeMembership: { select: { id: true } } } });
      if (!user) return { fieldErrors: { email: "userNotFound" } } as const;
      if (user.committeeMembership) return { fieldErrors: { email: "alreadyMember" } } as const;
      const created = await tx.committeeMember.create({ data: { userId: user.id, ...profile }, select: { id: true } });
      userId = user.id;
      memberId = created.id;
      await recordAudit(tx, { actorId: actor.id, action: "equality.member_added", targetType: "committee_member", targetId: String(memberId), after: { userId, ...snapshot(profile) }, ip });
    } else {
      const current = await tx.committeeMember.findUnique({ where: { id: input.memberId } });
      if (!current) return { formError: "notFound" } as const;
      const diff = auditDiff(snapshot(current), snapshot(profile));
      await tx.committeeMember.update({ where: { id: current.id }, data: profile });
      if (diff.changed) await recordAudit(tx, { actorId: actor.id, action: "equality.member_updated", targetType: "committee_member", targetId: String(current.id), before: diff.before, after: diff.after, ip });
      userId = current.userId;
      memberId = current.id;
    }
    const role = ROLE_OF[input.role];
    const granted = await tx.userRole.createMany({ data: [{ userId, role, grantedById: actor.id }], skipDuplicates: true });
    if (granted.count) await recordAudit(tx, { actorId: actor.id, action: "role.granted", targetType: "user", targetId: userId, after: { role }, ip });
    return { id: memberId };
  });
  if ("fieldErrors" in result || "formError" in result) return { ok: false, ...result };
  return { ok: true, data: result };
}

// ---------------------------------------------------------------------------------------------
// Meetings (workspace)
// ---------------------------------------------------------------------------------------------

/** The chair schedules a meeting: every active member is invited (in-app notice + e-mail through the outbox). */
export async function scheduleCommitteeMeeting(input: MeetingInput, ip: string | null): Promise<ServiceResult<{ id: number; invited: number }>> {
  const access = await requireWorkspace();
  if (!access.canManage) return { ok: false, formError: "forbidden" };
  if (input.scheduledAt <= new Date()) return { ok: false, fieldErrors: { date: "meetingPast" } };
  const day = today();
  const members = (await db.committeeMember.findMany({
    where: { user: { status: "ACTIVE" } },
    select: { id: true, termStart: true, termEnd: true, user: { select: RECIPIENT_FIELDS } },
  })).filter((m) => isActiveMember(m, day));
  if (members.length === 0) return { ok: false, formError: "noMembers" };
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.committeeMeeting.create({
      data: { scheduledAt: input.scheduledAt, place: input.place, agenda: input.agenda, createdById: access.user.id, invitees: { create: members.map((m) => ({ memberId: m.id })) } },
      select: { id: true },
    });
    await inviteMembers(tx, members.map((m) => m.user), { meetingId: created.id, scheduledAt: input.scheduledAt.toISOString(), place: input.place }, input.agenda);
    await recordAudit(tx, {
      actorId: access.user.id, action: "equality.meeting_scheduled", targetType: "committee_meeting", targetId: String(created.id),
      after: { scheduledAt: input.scheduledAt.toISOString(), place: input.place, agenda: input.agenda, invited: members.map((m) => m.id) }, ip,
    });
    return created;
  });
  kickOutboxWorker();
  return { ok: true, data: { id: meeting.id, invited: members.length } };
}

/**
 * The rapporteur (or chair) saves the minutes, decisions and attendance; with `publish`, once the
 * meeting has taken place, the minutes become public and can no longer change.
 */
export async function saveCommitteeMinutes(input: MinutesInput, ip: string | null): Promise<ServiceResult<{ id: number; published: boolean }>> {
  const access = await requireWorkspace();
  if (!access.canSubmit) return { ok: false, formError: "forbidden" };
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM committee_meetings WHERE id = ${input.meetingId} FOR UPDATE`;
    const meeting = await tx.committeeMeeting.findUnique({ where: { id: input.meetingId }, select: { id: true, scheduledAt: true, minutesPublishedAt: true, invitees: { select: { memberId: true } } } });
    if (!meeting) return { formError: "notFound" } as const;
    if (meeting.minutesPublishedAt) return { formError: "alreadyPublished" } as const;
    const held = meeting.scheduledAt <= new Date();
    if (input.publish) {
      const refusal = minutesPublishable({ scheduledAt: meeting.scheduledAt, minutes: input.minutes }, new Date());
      if (refusal) return refusal === "minutesRequired" ? ({ fieldErrors: { minutes: refusal } } as const) : ({ formError: refusal } as const);
    }
    await tx.committeeMeeting.update({
      where: { id: meeting.id },
      data: { minutes: input.minutes, decisions: input.decisions, minutesPublishedAt: input.publish ? new Date() : null },
    });
    // Attendance is known only once the meeting has taken place.
    const present = new Set(input.present);
    if (held) {
      for (const invitee of meeting.invitees) {
        await tx.committeeMeetingInvitee.update({ where: { meetingId_memberId: { meetingId: meeting.id, memberId: invitee.memberId } }, data: { attended: present.has(invitee.memberId) } });
      }
    }
    await recordAudit(tx, {
      actorId: access.user.id, action: input.publish ? "equality.minutes_published" : "equality.minutes_saved", targetType: "committee_meeting", targetId: String(meeting.id),
      after: { minutes: input.minutes, decisions: input.decisions, present: held ? [...present] : null }, ip,
    });
    return { id: meeting.id, published: input.publish };
  });
  if ("formError" in outcome || "fieldErrors" in outcome) return { ok: false, ...outcome };
  return { ok: true, data: outcome };
}

// ---------------------------------------------------------------------------------------------
// Opinions and proposals (workspace; the council's response by staff)
// ---------------------------------------------------------------------------------------------

/** Any member drafts an opinion; what it concerns must be a real record. */
export async function createOpinion(input: OpinionInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const access = await requireWorkspace();
  if (!access.memberId) return { ok: false, formError: "forbidden" };
  const link = { projectId: null as number | null, petitionId: null as number | null, sessionId: null as number | null, programmeId: null as number | null };
  if (input.concerns === "PROJECT") {
    const project = await db.project.findUnique({ where: { id: input.projectId! }, select: { id: true } });
    if (!project) return { ok: false, fieldErrors: { projectId: "invalidChoice" } };
    link.projectId = project.id;
  } else if (input.concerns === "PETITION") {
    const petition = await db.petition.findFirst({ where: { id: input.petitionId!, reference: { not: null } }, select: { id: true } });
    if (!petition) return { ok: false, fieldErrors: { petitionId: "invalidChoice" } };
    link.petitionId = petition.id;
  } else if (input.concerns === "SESSION") {
    const session = await db.councilSession.findUnique({ where: { id: input.sessionId! }, select: { id: true } });
    if (!session) return { ok: false, fieldErrors: { sessionId: "invalidChoice" } };
    link.sessionId = session.id;
  } else if (input.concerns === "PROGRAMME") {
    link.programmeId = (await db.programme.findFirst({ orderBy: { startYear: "desc" }, select: { id: true } }))?.id ?? null;
  }
  const opinion = await db.$transaction(async (tx) => {
    const created = await tx.committeeOpinion.create({
      data: { kind: input.kind, subject: input.subject, requestedBy: input.requestedBy, concerns: input.concerns, body: input.body, ...link, createdById: access.user.id },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: access.user.id, action: "equality.opinion_drafted", targetType: "committee_opinion", targetId: String(created.id), after: { ...input, ...link }, ip });
    return created;
  });
  return { ok: true, data: opinion };
}

/**
 * Moves an opinion one step on (PROPOSAL_TRANSITIONS): adopted with the vote, sent, followed up,
 * done. The council's answer is not recorded here (recordCouncilResponse, by staff).
 */
export async function advanceOpinion(input: OpinionStepInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const access = await requireWorkspace();
  if (!access.canSubmit) return { ok: false, formError: "forbidden" };
  const day = today();
  const activeMembers = input.to === "ADOPTED" ? (await db.committeeMember.findMany({ select: { termStart: true, termEnd: true } })).filter((m) => isActiveMember(m, day)).length : 0;
  const outcome = await db.$transaction((tx) => stepProposal(tx, "equality", { id: input.opinionId, ...input }, { actorId: access.user.id, day, activeMembers, ip }));
  if ("formError" in outcome || "fieldErrors" in outcome) return { ok: false, ...outcome };
  return { ok: true, data: outcome };
}

/** Staff record the council's response to an opinion it was sent (SENT → ANSWERED). */
export async function recordCouncilResponse(input: CouncilResponseInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("committee.record_responses");
  await requirePermission("admin.access");
  const outcome = await db.$transaction((tx) => recordResponse(tx, "equality", { id: input.opinionId, ...input }, { actorId: actor.id, day: today(), ip }));
  if ("formError" in outcome || "fieldErrors" in outcome) return { ok: false, ...outcome };
  return { ok: true, data: outcome };
}

// ---------------------------------------------------------------------------------------------
// Trainings (axis 2): the chair schedules them; any signed-in person registers once, or withdraws
// before the start; attendance is recorded afterwards.
// ---------------------------------------------------------------------------------------------

export async function createTraining(input: TrainingInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const access = await requireWorkspace();
  if (!access.canManage) return { ok: false, formError: "forbidden" };
  if (!registrationOpen(input, new Date())) return { ok: false, fieldErrors: { date: "meetingPast" } };
  const training = await db.$transaction(async (tx) => {
    const created = await tx.committeeTraining.create({ data: { ...input, createdById: access.user.id }, select: { id: true } });
    await recordAudit(tx, { actorId: access.user.id, action: "equality.training_created", targetType: "committee_training", targetId: String(created.id), after: { ...input, startsAt: input.startsAt.toISOString() }, ip });
    return created;
  });
  return { ok: true, data: training };
}

/** Registers the signed-in person (once: a second click changes nothing) while registration is open. */
export async function registerForTraining(input: RegistrationInput): Promise<ServiceResult<{ id: number }>> {
  const user = await requireUser();
  const training = await db.committeeTraining.findUnique({ where: { id: input.trainingId }, select: { id: true, startsAt: true } });
  if (!training) return { ok: false, formError: "notFound" };
  if (!registrationOpen(training, new Date())) return { ok: false, formError: "registrationClosed" };
  await db.trainingRegistration.createMany({ data: [{ trainingId: training.id, userId: user.id, gender: input.gender }], skipDuplicates: true });
  return { ok: true, data: { id: training.id } };
}

export async function unregisterFromTraining(trainingId: number): Promise<ServiceResult<{ id: number }>> {
  const user = await requireUser();
  const training = await db.committeeTraining.findUnique({ where: { id: trainingId }, select: { id: true, startsAt: true } });
  if (!training) return { ok: false, formError: "notFound" };
  if (!registrationOpen(training, new Date())) return { ok: false, formError: "registrationClosed" };
  await db.trainingRegistration.deleteMany({ where: { trainingId, userId: user.id } });
  return { ok: true, data: { id: training.id } };
}

/** Once the training has started, the chair records who attended. */
export async function recordTrainingAttendance(input: TrainingAttendanceInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const access = await requireWorkspace();
  if (!access.canManage) return { ok: false, formError: "forbidden" };
  const training = await db.committeeTraining.findUnique({ where: { id: input.trainingId }, select: { id: true, startsAt: true } });
  if (!training) return { ok: false, formError: "notFound" };
  if (registrationOpen(training, new Date())) return { ok: false, formError: "notHeldYet" };
  const present = new Set(input.present);
  await db.$transaction(async (tx) => {
    const registrations = await tx.trainingRegistration.findMany({ where: { trainingId: training.id }, select: { userId: true } });
    for (const r of registrations) {
      await tx.trainingRegistration.update({ where: { trainingId_userId: { trainingId: training.id, userId: r.userId } }, data: { attended: present.has(r.userId) } });
    }
    await recordAudit(tx, { actorId: access.user.id, action: "equality.training_attendance", targetType: "committee_training", targetId: String(training.id), after: { present: [...present] }, ip });
  });
  return { ok: true, data: { id: training.id } };
}

// ---------------------------------------------------------------------------------------------
// Requests for means (plan axis 3: an office, equipment): the committee records them; staff answer.
// ---------------------------------------------------------------------------------------------

export async function createMeansRequest(input: MeansRequestInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const access = await requireWorkspace();
  if (!access.canSubmit && !access.canManage) return { ok: false, formError: "forbidden" };
  const request = await db.$transaction(async (tx) => {
    const created = await tx.committeeMeansRequest.create({ data: { ...input, createdById: access.user.id }, select: { id: true } });
    await recordAudit(tx, { actorId: access.user.id, action: "equality.means_requested", targetType: "committee_means_request", targetId: String(created.id), after: input, ip });
    return created;
  });
  return { ok: true, data: request };
}

/** Staff record the council's answer to a request for means (once). */
export async function answerMeansRequest(input: MeansAnswerInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("committee.record_responses");
  await requirePermission("admin.access");
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM committee_means_requests WHERE id = ${input.requestId} FOR UPDATE`;
    const request = await tx.committeeMeansRequest.findUnique({ where: { id: input.requestId }, select: { id: true, status: true } });
    if (!request) return { formError: "notFound" } as const;
    if (request.status !== "SUBMITTED") return { formError: "alreadyAnswered" } as const;
    const answeredOn = today();
    await tx.committeeMeansRequest.update({ where: { id: request.id }, data: { status: input.status, answer: input.answer, answeredOn, answeredById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "equality.means_answered", targetType: "committee_means_request", targetId: String(request.id), before: { status: request.status }, after: { status: input.status, answer: input.answer }, ip });
    return { id: request.id };
  });
  if ("formError" in outcome) return { ok: false, formError: outcome.formError };
  return { ok: true, data: outcome };
}

// ---------------------------------------------------------------------------------------------
// The shared library (drafts, studies, training materials): members add files; the uploader or
// the chair removes them.
// ---------------------------------------------------------------------------------------------

export type UploadedFile = { name: string; bytes: Uint8Array };

/** The minutes or opinion a new file is attached to: none, missing, closed (public already) or open. */
async function attachmentTarget(input: CommitteeDocumentInput): Promise<"none" | "notFound" | "closed" | "open"> {
  if (input.meetingId) {
    const meeting = await db.committeeMeeting.findUnique({ where: { id: input.meetingId }, select: { minutesPublishedAt: true } });
    return !meeting ? "notFound" : attachmentsOpen(meeting) ? "open" : "closed";
  }
  if (input.opinionId) {
    const opinion = await db.committeeOpinion.findUnique({ where: { id: input.opinionId }, select: { status: true } });
    return !opinion ? "notFound" : attachmentsOpen(opinion) ? "open" : "closed";
  }
  return "none";
}

/** Audit actions name the committee whose library changed. */
const libraryAction = (space: LibrarySpace, change: "added" | "removed") => `${space === "INTERNAL_AUDIT" ? "internal_audit" : "equality"}.document_${change}`;

export async function addCommitteeDocument(input: CommitteeDocumentInput, file: UploadedFile | null, ip: string | null): Promise<ServiceResult<{ id: number; meetingId: number | null; opinionId: number | null; space: LibrarySpace }>> {
  const access = await requireLibrary(input.space);
  // Only the equality committee's files go with its minutes and opinions.
  if (input.space !== "EQUALITY_COMMITTEE" && (input.meetingId || input.opinionId)) return { ok: false, formError: "notFound" };
  const attachedTo = await attachmentTarget(input);
  if (attachedTo === "notFound") return { ok: false, formError: "notFound" };
  if (attachedTo === "closed") return { ok: false, formError: "attachmentsClosed" };
  if (!file) return { ok: false, fieldErrors: { file: "fileEmpty" } };
  const processed = await processEvidenceFile(file.bytes, { name: file.name });
  if (!processed.ok) return { ok: false, fieldErrors: { file: uploadErrorKey(processed.error) } };
  const storageKey = await fileStore().put(processed.file.bytes, { contentType: processed.file.mimeType });
  try {
    const saved = await db.$transaction(async (tx) => {
      const created = await tx.committeeDocument.create({
        data: { ...input, storageKey, mimeType: processed.file.mimeType, bytes: processed.file.bytes.length, uploadedById: access.user.id },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: access.user.id, action: libraryAction(input.space, "added"), targetType: "committee_document", targetId: String(created.id), after: { title: input.title, kind: input.kind, meetingId: input.meetingId ?? null, opinionId: input.opinionId ?? null }, ip });
      return created;
    });
    return { ok: true, data: { id: saved.id, meetingId: input.meetingId ?? null, opinionId: input.opinionId ?? null, space: input.space } };
  } catch (error) {
    // Nothing recorded: no file left behind.
    await fileStore().delete(storageKey);
    throw error;
  }
}

export async function removeCommitteeDocument(documentId: number, ip: string | null): Promise<ServiceResult<{ id: number; space: LibrarySpace }>> {
  const document = await db.committeeDocument.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, storageKey: true, uploadedById: true, space: true, meeting: { select: { minutesPublishedAt: true } }, opinion: { select: { status: true } } },
  });
  const access = await requireLibrary(document?.space ?? "EQUALITY_COMMITTEE");
  if (!document) return { ok: false, formError: "notFound" };
  if (document.uploadedById !== access.user.id && !access.canManage) return { ok: false, formError: "forbidden" };
  const attachedTo = document.meeting ?? document.opinion;
  if (attachedTo && !attachmentsOpen(attachedTo)) return { ok: false, formError: "attachmentsClosed" };
  await db.$transaction(async (tx) => {
    await tx.committeeDocument.delete({ where: { id: document.id } });
    await recordAudit(tx, { actorId: access.user.id, action: libraryAction(document.space, "removed"), targetType: "committee_document", targetId: String(document.id), before: { title: document.title }, ip });
  });
  await fileStore().delete(document.storageKey);
  return { ok: true, data: { id: document.id, space: document.space } };
}
