import "server-only";
// The signed-in person's notices (app/[locale]/(account)/account/notifications).
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const NOTICES_SHOWN = 100;

/** The signed-in person's notices of every kind: unread first, then newest first. */
export async function listMyNotifications() {
  const user = await requireUser();
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: NOTICES_SHOWN,
    select: { id: true, kind: true, payload: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    kind: row.kind,
    payload: row.payload as unknown,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
}

export async function countMyUnreadNotifications(): Promise<number> {
  const user = await requireUser();
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markAllMyNotificationsRead(): Promise<number> {
  const user = await requireUser();
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
