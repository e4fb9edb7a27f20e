import "server-only";
// Douar forum meetings held in person: staff schedule one for a douar with an agenda drawn from
// its open topics, then publish the minutes with an outcome per topic, which shows on the topic's
// page. Each change is audited; followers of an agenda topic are told when the outcome is out.
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { kickOutboxWorker } from "@/lib/mail/worker";
import { notifyTopicFollowers } from "./notify";
import { VISIBLE } from "./queries";
import { OPEN_STATUSES } from "./rules";
import type { ServiceResult } from "@/lib/forms/form-state";
import type { ForumMeetingInput, ForumMinutesInput } from "./schemas";

export const MAX_AGENDA_TOPICS = 20;

/** The douar's open, visible topics, oldest first: what a meeting's agenda is drawn from. */
export async function agendaCandidates(douarId: number) {
  await requirePermission("forum.answer");
  return db.forumTopic.findMany({
    where: { ...VISIBLE, douarId, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, title: true, status: true, _count: { select: { supports: true } } },
  });
}

export async function scheduleForumMeeting(input: ForumMeetingInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("forum.answer");
  if (input.topicIds.length === 0) return { ok: false, fieldErrors: { topicIds: "agendaRequired" } };
  if (input.topicIds.length > MAX_AGENDA_TOPICS) return { ok: false, fieldErrors: { topicIds: "tooManyTopics" } };
  if (input.scheduledAt <= new Date()) return { ok: false, fieldErrors: { date: "meetingPast" } };
  const topics = await db.forumTopic.count({ where: { ...VISIBLE, id: { in: input.topicIds }, douarId: input.douarId, status: { in: [...OPEN_STATUSES] } } });
  if (topics !== new Set(input.topicIds).size) return { ok: false, fieldErrors: { topicIds: "invalidChoice" } };
  const meeting = await db.$transaction(async (tx) => {
    const created = await tx.forumMeeting.create({
      data: {
        douarId: input.douarId, scheduledAt: input.scheduledAt, place: input.place,
        items: { create: [...new Set(input.topicIds)].map((topicId, index) => ({ topicId, position: index + 1 })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "forum.meeting_scheduled", targetType: "forum_meeting", targetId: String(created.id),
      after: { douarId: input.douarId, scheduledAt: input.scheduledAt.toISOString(), place: input.place, topicIds: input.topicIds }, ip,
    });
    return created;
  });
  return { ok: true, data: meeting };
}

/** Publishes the minutes once the meeting has taken place, with the outcome reached on each agenda topic. */
export async function publishForumMinutes(input: ForumMinutesInput, ip: string | null): Promise<ServiceResult<{ id: number }>> {
  const actor = await requirePermission("forum.answer");
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM forum_meetings WHERE id = ${input.meetingId} FOR UPDATE`;
    const meeting = await tx.forumMeeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, scheduledAt: true, minutesPublishedAt: true, items: { select: { topicId: true, topic: { select: { title: true } } } } },
    });
    if (!meeting) return { formError: "notFound" } as const;
    if (meeting.minutesPublishedAt) return { formError: "alreadyPublished" } as const;
    if (meeting.scheduledAt > new Date()) return { formError: "notHeldYet" } as const;
    await tx.forumMeeting.update({ where: { id: meeting.id }, data: { minutes: input.minutes, minutesPublishedAt: new Date() } });
    let notified = 0;
    for (const item of meeting.items) {
      const text = input.outcomes[item.topicId] ?? null;
      if (!text) continue;
      await tx.forumMeetingItem.update({ where: { meetingId_topicId: { meetingId: meeting.id, topicId: item.topicId } }, data: { outcome: text } });
      notified += await notifyTopicFollowers(tx, "meeting_outcome", { topicId: item.topicId, title: item.topic.title, note: text }, actor.id);
    }
    await recordAudit(tx, { actorId: actor.id, action: "forum.meeting_minutes_published", targetType: "forum_meeting", targetId: String(meeting.id), after: { minutes: input.minutes, outcomes: input.outcomes }, ip });
    return { notified };
  });
  if ("formError" in outcome) return { ok: false, formError: outcome.formError };
  if (outcome.notified) kickOutboxWorker();
  return { ok: true, data: { id: input.meetingId } };
}

const MEETING_SELECT = {
  id: true, scheduledAt: true, place: true, minutes: true, minutesPublishedAt: true,
  douar: { select: { slug: true, nameAr: true, nameFr: true } },
  items: {
    where: { topic: VISIBLE },
    orderBy: { position: "asc" as const },
    select: { topicId: true, outcome: true, topic: { select: { title: true, status: true } } },
  },
};

/** A meeting as its public page shows it (outcomes only once the minutes are published). */
export async function getForumMeeting(meetingId: number) {
  const meeting = await db.forumMeeting.findUnique({ where: { id: meetingId }, select: MEETING_SELECT });
  if (!meeting) return null;
  return meeting.minutesPublishedAt ? meeting : { ...meeting, items: meeting.items.map((item) => ({ ...item, outcome: null })) };
}
export type ForumMeetingView = NonNullable<Awaited<ReturnType<typeof getForumMeeting>>>;

/** A douar's meetings, latest first. */
export async function listDouarMeetings(douarId: number) {
  return db.forumMeeting.findMany({ where: { douarId }, orderBy: { scheduledAt: "desc" }, take: 20, select: { id: true, scheduledAt: true, place: true, minutesPublishedAt: true } });
}

/** Every meeting for staff, latest first. */
export async function listForumMeetingsForStaff() {
  await requirePermission("forum.answer");
  return db.forumMeeting.findMany({
    orderBy: { scheduledAt: "desc" },
    take: 100,
    select: { id: true, scheduledAt: true, place: true, minutesPublishedAt: true, douar: { select: { nameAr: true, nameFr: true } }, _count: { select: { items: true } } },
  });
}

