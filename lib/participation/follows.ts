import "server-only";
// Following the participation calendar: a signed-in person follows council sessions and/or public
// consultations, and hears of them through the notices (lib/participation/notify.ts).
import { getSession, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const PARTICIPATION_TOPICS = ["SESSIONS", "CONSULTATIONS"] as const;
export type ParticipationTopic = (typeof PARTICIPATION_TOPICS)[number];

export function isParticipationTopic(value: unknown): value is ParticipationTopic {
  return typeof value === "string" && (PARTICIPATION_TOPICS as readonly string[]).includes(value);
}

/** Follows (or stops following) a topic; twice is once. */
export async function setFollow(topic: ParticipationTopic, follow: boolean): Promise<void> {
  const user = await requireUser();
  if (follow) await db.participationFollow.createMany({ data: [{ userId: user.id, topic }], skipDuplicates: true });
  else await db.participationFollow.deleteMany({ where: { userId: user.id, topic } });
}

/** null when signed out; otherwise whether the person follows the topic. */
export async function followState(topic: ParticipationTopic): Promise<boolean | null> {
  const user = await getSession();
  if (!user) return null;
  return (await db.participationFollow.count({ where: { userId: user.id, topic } })) > 0;
}
