// How people hear of notices (lib/notifications/*) against the real database: each person's
// choice per category (an e-mail at once, a daily digest, in-app only), the footer and the
// List-Unsubscribe address of every notice e-mail, the digest (one e-mail listing what waited a
// day, never twice), and the signed one-click unsubscribe that needs no sign-in.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/route";
import { db } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/errors";
import { deliverNotices, RECIPIENT_FIELDS } from "@/lib/notifications/deliver";
import { queueDueDigests } from "@/lib/notifications/digest";
import { unsubscribeToken } from "@/lib/notifications/links";
import { getMyNoticePreferences, saveMyNoticePreferences, unsubscribeWithToken } from "@/lib/notifications/preferences";
import { asUser, createUser, resetDatabase, signOut } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const HOUR = 3_600_000;

async function recipient(locale = "ar-MA") {
  const user = await createUser({ locale });
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: RECIPIENT_FIELDS });
}

async function choose(userId: string, category: string, delivery: "IMMEDIATE" | "DAILY_DIGEST" | "IN_APP_ONLY") {
  await db.notificationPreference.create({ data: { userId, category, delivery } });
}

function notify(recipients: Awaited<ReturnType<typeof recipient>>[], event: string, essential = false) {
  return db.$transaction((tx) =>
    deliverNotices(tx, recipients, {
      kind: `forum.${event}`,
      targetType: "forum_topic",
      targetId: "7",
      payload: { event },
      email: (r, locale) => ({ subject: `${locale === "fr-MA" ? "Sujet" : "موضوع"}: ${event}`, text: `Hello ${r.name}`, html: "<!doctype html><html><body><div>x</div></body></html>" }),
      essential,
    }),
  );
}

beforeEach(async () => {
  signOut();
  await resetDatabase();
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("delivery by each person's choice", () => {
  it("e-mails at once by default, waits for the digest, or stays in the portal, and always keeps the in-app notice", async () => {
    const [now, daily, quiet] = await Promise.all([recipient("fr-MA"), recipient(), recipient()]);
    await choose(daily.id, "forum", "DAILY_DIGEST");
    await choose(quiet.id, "forum", "IN_APP_ONLY");
    // A choice for another category does not count.
    await choose(now.id, "programme", "IN_APP_ONLY");

    expect(await notify([now, daily, quiet], "reply_posted")).toBe(3);

    expect(await db.notification.count()).toBe(3);
    const mails = await db.outboxMessage.findMany();
    expect(mails.map((m) => m.toAddress)).toEqual([now.email]);
    expect(mails[0]!.subject).toBe("Sujet: reply_posted");
    expect(mails[0]!.listUnsubscribe).toMatch(/\/api\/unsubscribe\?token=/);
    expect(mails[0]!.text).toContain("/fr/account/notifications/preferences");
    expect(mails[0]!.html).toContain("/fr/unsubscribe?token=");
    const deferred = await db.notification.findFirstOrThrow({ where: { userId: daily.id } });
    expect(deferred).toMatchObject({ emailDeferred: true, emailSubject: "موضوع: reply_posted", digestedAt: null });
    expect(await db.notification.findFirstOrThrow({ where: { userId: quiet.id } })).toMatchObject({ emailDeferred: false, emailSubject: null });
  });

  it("e-mails a notice the law requires whatever the person chose", async () => {
    const quiet = await recipient();
    await choose(quiet.id, "forum", "IN_APP_ONLY");
    await notify([quiet], "decision", true);
    expect(await db.outboxMessage.count({ where: { toAddress: quiet.email } })).toBe(1);
  });
});

describe("the daily digest", () => {
  it("sends one e-mail listing every waiting notice once the oldest is a day old, and never twice", async () => {
    const daily = await recipient();
    await choose(daily.id, "forum", "DAILY_DIGEST");
    for (const event of ["reply_posted", "status_changed", "answered"]) await notify([daily], event);
    const created = (await db.notification.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).createdAt;

    // Not yet a day: nothing.
    expect(await queueDueDigests(db, new Date(created.getTime() + 23 * HOUR))).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);

    const dayLater = new Date(created.getTime() + 24 * HOUR);
    expect(await queueDueDigests(db, dayLater)).toBe(1);
    const [digest] = await db.outboxMessage.findMany();
    expect(digest!.toAddress).toBe(daily.email);
    expect(digest!.subject).toBe("ملخص إشعاراتكم: 3 إشعارات");
    expect(digest!.text).toContain("منتدى الدوار\n• موضوع: reply_posted\n• موضوع: status_changed\n• موضوع: answered");
    expect(digest!.listUnsubscribe).toMatch(/\/api\/unsubscribe\?token=/);
    expect(await db.notification.count({ where: { digestedAt: null } })).toBe(0);

    // A second run, or a second worker, finds nothing left to send.
    expect(await queueDueDigests(db, new Date(dayLater.getTime() + HOUR))).toBe(0);
    expect(await db.outboxMessage.count()).toBe(1);
  });
});

describe("choosing and unsubscribing", () => {
  it("saves the signed-in person's choices and reads them back, immediate where nothing was chosen", async () => {
    const person = await createUser();
    await asUser(person, async () => {
      expect((await getMyNoticePreferences()).forum).toBe("IMMEDIATE");
      const choices = { ...(await getMyNoticePreferences()), forum: "DAILY_DIGEST" as const, petitions: "IN_APP_ONLY" as const };
      await saveMyNoticePreferences(choices);
      expect(await getMyNoticePreferences()).toMatchObject({ forum: "DAILY_DIGEST", petitions: "IN_APP_ONLY", programme: "IMMEDIATE" });
    });
    await expect(getMyNoticePreferences()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("a signed link stops one category's e-mails without signing in; a forged one changes nothing", async () => {
    const person = await recipient();
    expect(await unsubscribeWithToken(unsubscribeToken(person.id, "forum"))).toEqual({ category: "forum" });
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId_category: { userId: person.id, category: "forum" } } })).toMatchObject({ delivery: "IN_APP_ONLY" });
    await notify([person], "reply_posted");
    expect(await db.outboxMessage.count()).toBe(0);

    const forged = unsubscribeToken(person.id, "programme").replace("programme", "petitions");
    expect(await unsubscribeWithToken(forged)).toBeNull();
    expect(await db.notificationPreference.count({ where: { category: "petitions" } })).toBe(0);
  });

  it("mail programs' one-click POST (RFC 8058) works with the e-mail's address", async () => {
    const person = await recipient();
    const ok = await oneClickUnsubscribe(new Request(`http://portal.test/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(person.id, "petitions"))}`, { method: "POST" }));
    expect(ok.status).toBe(200);
    expect(await db.notificationPreference.count({ where: { userId: person.id, category: "petitions", delivery: "IN_APP_ONLY" } })).toBe(1);
    const bad = await oneClickUnsubscribe(new Request("http://portal.test/api/unsubscribe?token=nonsense", { method: "POST" }));
    expect(bad.status).toBe(400);
  });
});
