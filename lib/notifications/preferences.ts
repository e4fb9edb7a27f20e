import "server-only";
// How each person hears of each category of notices (lib/notifications/categories.ts), chosen on
// their preferences page or by the one-click unsubscribe link of an e-mail (lib/notifications/links.ts).
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NOTICE_CATEGORIES, type NoticeCategory, type NoticeDeliveryChoice } from "./categories";
import { readUnsubscribeToken } from "./links";

/** The signed-in person's choice for every category (immediate where they chose nothing). */
export async function getMyNoticePreferences(): Promise<Record<NoticeCategory, NoticeDeliveryChoice>> {
  const user = await requireUser();
  const rows = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { category: true, delivery: true } });
  const chosen = new Map(rows.map((row) => [row.category, row.delivery]));
  return Object.fromEntries(NOTICE_CATEGORIES.map((category) => [category, chosen.get(category) ?? "IMMEDIATE"])) as Record<NoticeCategory, NoticeDeliveryChoice>;
}

function setDelivery(userId: string, category: NoticeCategory, delivery: NoticeDeliveryChoice) {
  return db.notificationPreference.upsert({
    where: { userId_category: { userId, category } },
    create: { userId, category, delivery },
    update: { delivery },
  });
}

export async function saveMyNoticePreferences(choices: Record<NoticeCategory, NoticeDeliveryChoice>): Promise<void> {
  const user = await requireUser();
  await db.$transaction(NOTICE_CATEGORIES.map((category) => setDelivery(user.id, category, choices[category])));
}

/** Stops the e-mails of one category for the person a genuine token names (in-app notices stay). */
export async function unsubscribeWithToken(token: string): Promise<{ category: NoticeCategory } | null> {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  const user = await db.user.findUnique({ where: { id: target.userId }, select: { id: true } });
  if (!user) return null;
  await setDelivery(user.id, target.category, "IN_APP_ONLY");
  return { category: target.category };
}
