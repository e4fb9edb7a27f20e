import "server-only";
// Writes of the youth council (staff with "youth.manage"). Every change is one transaction with
// its audit event. A minor's consent is checked here (lib/youth/rules.ts) before they take part.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { moroccanDay } from "@/lib/calendar/working-days";
import { recordResponse, stepProposal } from "@/lib/consultative/service";
import { db } from "@/lib/db/client";
import type { ServiceResult } from "@/lib/forms/form-state";
import { birthError, memberStanding } from "./rules";
import type { YouthMeetingInput, YouthMemberInput, YouthProposalInput, YouthProposalStepInput, YouthResponseInput } from "./schemas";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const today = () => moroccanDay(new Date());

/** Adds or updates a member. The guardian's consent travels with the member's record and is audited like the rest. */
export async function saveYouthMember(input: YouthMemberInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("youth.manage");
  const { memberId, ...data } = input;
  const refusal = birthError(data, today());
  if (refusal) return { ok: false, fieldErrors: { [refusal === "birthDateYear" ? "birthDate" : "birthYear"]: refusal } };
  const snapshot = (m: Omit<YouthMemberInput, "memberId">) => ({
    ...m, birthDate: isoDay(m.birthDate), termStart: isoDay(m.termStart), termEnd: isoDay(m.termEnd), consentOn: isoDay(m.consentOn),
  });
  const outcome = await db.$transaction(async (tx) => {
    if (memberId === null) {
      const created = await tx.youthMember.create({ data, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "youth.member_added", targetType: "youth_member", targetId: String(created.id), after: snapshot(data), ip });
      return created;
    }
    const current = await tx.youthMember.findUnique({ where: { id: memberId } });
    if (!current) return null;
    const diff = auditDiff(snapshot(current), snapshot(data));
    await tx.youthMember.update({ where: { id: memberId }, data });
    if (diff.changed) await recordAudit(tx, { actorId: actor.id, action: "youth.member_updated", targetType: "youth_member", targetId: String(memberId), before: diff.before, after: diff.after, ip });
    return { id: memberId };
  });
  if (!outcome) return { ok: false, formError: "notFound" };
  return { ok: true, data: outcome };
}

export async function recordYouthMeeting(input: YouthMeetingInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("youth.manage");
  if (input.heldOn > today()) return { ok: false, fieldErrors: { heldOn: "dateFormat" } };
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.youthMeeting.create({ data: input, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "youth.meeting_recorded", targetType: "youth_meeting", targetId: String(created.id), after: { ...input, heldOn: isoDay(input.heldOn) }, ip });
    return created;
  });
  return { ok: true, data: meeting };
}

/** A proposal drafted at a meeting; whoever presents it must be able to take part (a minor: consent recorded). */
export async function createYouthProposal(input: YouthProposalInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("youth.manage");
  if (input.meetingId !== null && !(await db.youthMeeting.findUnique({ where: { id: input.meetingId }, select: { id: true } }))) {
    return { ok: false, fieldErrors: { meetingId: "invalidChoice" } };
  }
  if (input.presentedById !== null) {
    const member = await db.youthMember.findUnique({ where: { id: input.presentedById } });
    if (!member) return { ok: false, fieldErrors: { presentedById: "invalidChoice" } };
    const standing = memberStanding(member, today());
    if (!standing.mayTakePart) return { ok: false, fieldErrors: { presentedById: standing.consentMissing ? "consentRequired" : "ageOutside" } };
  }
  const proposal = await db.$transaction(async (tx) => {
    const created = await tx.youthProposal.create({ data: input, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "youth.proposal_drafted", targetType: "youth_proposal", targetId: String(created.id), after: input, ip });
    return created;
  });
  return { ok: true, data: proposal };
}

/** One step of the shared workflow; the vote is bounded by the members who may take part today. */
export async function advanceYouthProposal(input: YouthProposalStepInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("youth.manage");
  const day = today();
  const activeMembers = input.to === "ADOPTED" ? (await activeYouthMembers(day)).length : 0;
  const outcome = await db.$transaction((tx) => stepProposal(tx, "youth", { id: input.proposalId, ...input }, { actorId: actor.id, day, activeMembers, ip }));
  if ("formError" in outcome || "fieldErrors" in outcome) return { ok: false, ...outcome };
  return { ok: true, data: outcome };
}

export async function recordYouthResponse(input: YouthResponseInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("youth.manage");
  const outcome = await db.$transaction((tx) => recordResponse(tx, "youth", { id: input.proposalId, ...input }, { actorId: actor.id, day: today(), ip }));
  if ("formError" in outcome || "fieldErrors" in outcome) return { ok: false, ...outcome };
  return { ok: true, data: outcome };
}

/** Members whose term covers `day` and who may take part (within the ages; consent for minors). */
export async function activeYouthMembers(day: Date) {
  const members = await db.youthMember.findMany({ where: { termStart: { lte: day }, OR: [{ termEnd: null }, { termEnd: { gte: day } }] }, orderBy: { id: "asc" } });
  return members.filter((m) => memberStanding(m, day).mayTakePart);
}
