// Who is signed in (lib/auth/session.ts) and what staff may do to accounts (lib/users/service.ts),
// against the real database. Only "next/headers" is replaced, by a cookie jar holding a real
// session token (see helpers.ts); decoding it and re-checking the user in the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSession, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRole, getUserForAdmin, listUsers, setUserSuspended, USERS_PAGE_SIZE } from "@/lib/users/service";
import {
  asUser,
  createUser,
  resetDatabase,
  sessionCookie,
  setSessionCookie,
  signInAs,
  withRequestHeaders,
  signInWithForeignSecret,
  signOut,
} from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.33";

async function rolesOf(userId: string): Promise<Role[]> {
  const rows = await db.userRole.findMany({ where: { userId }, select: { role: true } });
  return rows.map((r) => r.role).sort();
}

function createAdmin(options: Parameters<typeof createUser>[0] = {}) {
  return createUser({ roles: ["CITIZEN", "ADMINISTRATOR"], ...options });
}

beforeEach(async () => {
  signOut();
  await resetDatabase();
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

describe("getSession", () => {
  it("returns the signed-in user of a valid session cookie", async () => {
    const user = await createUser({ roles: ["CITIZEN"], locale: "fr-MA" });
    await signInAs(user);

    expect(await getSession()).toEqual({
      id: user.id, name: user.name, email: user.email, locale: "fr-MA", roles: ["CITIZEN"], heldRoles: ["CITIZEN"], secondFactor: true, secondFactorPending: false,
    });
  });

  it("returns null without a session cookie", async () => {
    await createUser();

    expect(await getSession()).toBeNull();
  });

  it("reads the roles from the database: a role granted after sign-in shows at once", async () => {
    const user = await createUser({ roles: ["CITIZEN"] });
    await signInAs(user);
    expect((await getSession())?.roles).toEqual(["CITIZEN"]);

    await db.userRole.create({ data: { userId: user.id, role: "BUREAU_MEMBER" } });

    expect((await getSession())?.roles.sort()).toEqual(["BUREAU_MEMBER", "CITIZEN"]);
  });

  it("no longer grants a role removed in the database, whatever the cookie says", async () => {
    const admin = await createAdmin();
    await signInAs(admin);

    await db.userRole.delete({ where: { userId_role: { userId: admin.id, role: "ADMINISTRATOR" } } });

    expect((await getSession())?.roles).toEqual(["CITIZEN"]);
    await expect(requirePermission("users.manage_roles")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("ends the session once the account's session version is bumped (password changed elsewhere)", async () => {
    const user = await createUser();
    await signInAs(user);
    expect(await getSession()).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });

    expect(await getSession()).toBeNull();
  });

  it("ends the session of a suspended account", async () => {
    const user = await createUser();
    await signInAs(user);
    expect(await getSession()).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });

    expect(await getSession()).toBeNull();
  });

  it("ends the session of a deleted account", async () => {
    const user = await createUser();
    await signInAs(user);

    await db.user.delete({ where: { id: user.id } });

    expect(await getSession()).toBeNull();
  });

  it("ignores a token signed with another secret", async () => {
    const admin = await createAdmin();
    await signInWithForeignSecret(admin);

    expect(await getSession()).toBeNull();
  });

  it("ignores a tampered token", async () => {
    const user = await createUser();
    await signInAs(user);
    const token = sessionCookie()!;
    const middle = Math.floor(token.length / 2);

    setSessionCookie(token.slice(0, middle) + (token[middle] === "A" ? "B" : "A") + token.slice(middle + 1));

    expect(await getSession()).toBeNull();
  });
});

describe("changeRole, as an administrator", () => {
  it("grants a role, recording who granted it", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN"] });
    await signInAs(admin);

    const result = await changeRole({ userId: user.id, role: "BUREAU_MEMBER", grant: true }, IP);

    expect(result).toEqual({ ok: true, name: user.name });
    expect(await rolesOf(user.id)).toEqual(["BUREAU_MEMBER", "CITIZEN"]);
    const granted = await db.userRole.findUniqueOrThrow({ where: { userId_role: { userId: user.id, role: "BUREAU_MEMBER" } } });
    expect(granted.grantedById).toBe(admin.id);
  });

  it("writes exactly one user.role_granted audit event with the roles before and after and the IP", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN"] });
    await signInAs(admin);

    await changeRole({ userId: user.id, role: "BUREAU_MEMBER", grant: true }, IP);

    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.role_granted",
      actorId: admin.id,
      targetType: "user",
      targetId: user.id,
      before: { roles: ["CITIZEN"] },
      after: { roles: ["BUREAU_MEMBER", "CITIZEN"] },
      ip: IP,
    });
  });

  it("revokes a role and writes a user.role_revoked audit event", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });
    await signInAs(admin);

    const result = await changeRole({ userId: user.id, role: "BUREAU_MEMBER", grant: false }, IP);

    expect(result).toEqual({ ok: true, name: user.name });
    expect(await rolesOf(user.id)).toEqual(["CITIZEN"]);
    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.role_revoked",
      actorId: admin.id,
      targetId: user.id,
      before: { roles: ["BUREAU_MEMBER", "CITIZEN"] },
      after: { roles: ["CITIZEN"] },
      ip: IP,
    });
  });

  it("writes no audit event when granting a role the user already holds", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });
    await signInAs(admin);

    const result = await changeRole({ userId: user.id, role: "BUREAU_MEMBER", grant: true }, IP);

    expect(result.ok).toBe(true);
    expect(await rolesOf(user.id)).toEqual(["BUREAU_MEMBER", "CITIZEN"]);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("writes no audit event when revoking a role the user does not hold", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN"] });
    await signInAs(admin);

    expect((await changeRole({ userId: user.id, role: "AUDITOR", grant: false }, IP)).ok).toBe(true);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("answers notFound for an account that does not exist", async () => {
    const admin = await createAdmin();
    await signInAs(admin);

    const result = await changeRole({ userId: "00000000-0000-4000-8000-000000000000", role: "AUDITOR", grant: true }, IP);

    expect(result).toEqual({ ok: false, error: "notFound" });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses to remove ADMINISTRATOR from the only active administrator, and changes nothing", async () => {
    const admin = await createAdmin();
    await signInAs(admin);

    const result = await changeRole({ userId: admin.id, role: "ADMINISTRATOR", grant: false }, IP);

    expect(result).toEqual({ ok: false, error: "lastAdministrator" });
    expect(await rolesOf(admin.id)).toEqual(["ADMINISTRATOR", "CITIZEN"]);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("does not count a suspended administrator as a remaining administrator", async () => {
    const admin = await createAdmin();
    await createAdmin({ status: "SUSPENDED" });
    await signInAs(admin);

    const result = await changeRole({ userId: admin.id, role: "ADMINISTRATOR", grant: false }, IP);

    expect(result).toEqual({ ok: false, error: "lastAdministrator" });
    expect(await rolesOf(admin.id)).toEqual(["ADMINISTRATOR", "CITIZEN"]);
  });

  it("removes ADMINISTRATOR from one of two active administrators", async () => {
    const admin = await createAdmin();
    const other = await createAdmin();
    await signInAs(admin);

    const result = await changeRole({ userId: other.id, role: "ADMINISTRATOR", grant: false }, IP);

    expect(result).toEqual({ ok: true, name: other.name });
    expect(await rolesOf(other.id)).toEqual(["CITIZEN"]);
    expect(await db.auditEvent.findMany()).toEqual([
      expect.objectContaining({ action: "user.role_revoked", actorId: admin.id, targetId: other.id }),
    ]);
  });

  it("lets an administrator step down while another one remains", async () => {
    const admin = await createAdmin();
    await createAdmin();
    await signInAs(admin);

    expect((await changeRole({ userId: admin.id, role: "ADMINISTRATOR", grant: false }, IP)).ok).toBe(true);
    expect(await rolesOf(admin.id)).toEqual(["CITIZEN"]);
  });

  it("leaves one administrator when the last two remove each other at the same moment", async () => {
    const first = await createAdmin();
    const second = await createAdmin();

    const results = await Promise.allSettled([
      asUser(first, () => changeRole({ userId: second.id, role: "ADMINISTRATOR", grant: false }, IP)),
      asUser(second, () => changeRole({ userId: first.id, role: "ADMINISTRATOR", grant: false }, IP)),
    ]);

    // One removal succeeds. The other is refused either inside its transaction (the other is the
    // last administrator) or before it (its author has just stopped being an administrator).
    const succeeded = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    const refused = results.filter((r) => !(r.status === "fulfilled" && r.value.ok));
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const [other] = refused;
    if (other!.status === "fulfilled") expect(other!.value).toEqual({ ok: false, error: "lastAdministrator" });
    else expect(other!.reason).toBeInstanceOf(ForbiddenError);
    expect(await db.userRole.count({ where: { role: "ADMINISTRATOR" } })).toBe(1);
    expect(await db.auditEvent.count()).toBe(1);
  });
});

describe("changeRole and listUsers, without the permission", () => {
  it("refuses a citizen's role change with ForbiddenError and writes nothing", async () => {
    const citizen = await createUser({ roles: ["CITIZEN"] });
    await signInAs(citizen);

    await expect(changeRole({ userId: citizen.id, role: "ADMINISTRATOR", grant: true }, IP)).rejects.toBeInstanceOf(ForbiddenError);

    expect(await rolesOf(citizen.id)).toEqual(["CITIZEN"]);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses a staff member who is not an administrator", async () => {
    const bureau = await createUser({ roles: ["CITIZEN", "BUREAU_MEMBER"] });
    await signInAs(bureau);

    await expect(changeRole({ userId: bureau.id, role: "ADMINISTRATOR", grant: true }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await rolesOf(bureau.id)).toEqual(["BUREAU_MEMBER", "CITIZEN"]);
  });

  it("refuses a citizen the list of users with ForbiddenError", async () => {
    const citizen = await createUser({ roles: ["CITIZEN"] });
    await signInAs(citizen);

    await expect(listUsers({ page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getUserForAdmin(citizen.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses everything with UnauthenticatedError when nobody is signed in", async () => {
    const user = await createUser({ roles: ["CITIZEN"] });

    await expect(changeRole({ userId: user.id, role: "ADMINISTRATOR", grant: true }, IP)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listUsers({ page: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getUserForAdmin(user.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await rolesOf(user.id)).toEqual(["CITIZEN"]);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses an administrator whose session has ended (session version bumped)", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN"] });
    await signInAs(admin);
    await db.user.update({ where: { id: admin.id }, data: { sessionVersion: { increment: 1 } } });

    await expect(changeRole({ userId: user.id, role: "AUDITOR", grant: true }, IP)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await rolesOf(user.id)).toEqual(["CITIZEN"]);
  });
});

describe("listUsers", () => {
  it("finds a user by part of the name, ignoring case", async () => {
    const admin = await createAdmin();
    const khadija = await createUser({ name: "Khadija Benali" });
    await createUser({ name: "Youssef Amrani" });
    await signInAs(admin);

    const result = await listUsers({ query: "BENAL", page: 1 });

    expect(result.total).toBe(1);
    expect(result.items.map((u) => u.id)).toEqual([khadija.id]);
  });

  it("finds a user by part of an Arabic name", async () => {
    const admin = await createAdmin();
    const fatima = await createUser({ name: "فاطمة الزهراء بنعلي" });
    await createUser({ name: "يوسف العمراني" });
    await signInAs(admin);

    const result = await listUsers({ query: "الزهراء", page: 1 });

    expect(result.items.map((u) => u.id)).toEqual([fatima.id]);
  });

  it("finds a user by e-mail, whatever the case of the search", async () => {
    const admin = await createAdmin();
    const user = await createUser({ email: "h.idrissi@test.example" });
    await createUser({ email: "someone.else@test.example" });
    await signInAs(admin);

    const result = await listUsers({ query: "H.Idrissi@", page: 1 });

    expect(result.total).toBe(1);
    expect(result.items[0]).toMatchObject({ id: user.id, email: "h.idrissi@test.example" });
  });

  it("lists the roles of each user", async () => {
    const admin = await createAdmin();
    await createUser({ name: "Khadija Benali", roles: ["CITIZEN", "AUDITOR"] });
    await signInAs(admin);

    const result = await listUsers({ query: "Khadija", page: 1 });

    expect(result.items[0]!.roles.map((r) => r.role).sort()).toEqual(["AUDITOR", "CITIZEN"]);
  });

  it("pages through everyone with the total on every page", async () => {
    const admin = await createAdmin();
    for (let i = 0; i < USERS_PAGE_SIZE + 5; i++) await createUser();
    await signInAs(admin);
    const everyone = USERS_PAGE_SIZE + 6;

    const first = await listUsers({ page: 1 });
    const second = await listUsers({ page: 2 });
    const third = await listUsers({ page: 3 });

    expect(first.total).toBe(everyone);
    expect(second.total).toBe(everyone);
    expect(first.items).toHaveLength(USERS_PAGE_SIZE);
    expect(second.items).toHaveLength(6);
    expect(third.items).toHaveLength(0);
    const ids = new Set([...first.items, ...second.items].map((u) => u.id));
    expect(ids.size).toBe(everyone);
    expect(ids.has(admin.id)).toBe(true);
  });

  it("treats % and _ in a search as the characters themselves, not as wildcards", async () => {
    const admin = await createAdmin({ name: "Admin Principal" });
    const underscored = await createUser({ name: "Nadia Tazi", email: "nadia_tazi@test.example" });
    await createUser({ name: "Nadia Tazi", email: "nadia.tazi@test.example" });
    await signInAs(admin);

    expect((await listUsers({ query: "nadia_tazi", page: 1 })).items.map((u) => u.id)).toEqual([underscored.id]);
    expect((await listUsers({ query: "%", page: 1 })).total).toBe(0);
  });

  it("counts only the matches in the total when searching", async () => {
    const admin = await createAdmin();
    for (let i = 0; i < 3; i++) await createUser({ name: `Benali ${i}` });
    for (let i = 0; i < 4; i++) await createUser({ name: `Amrani ${i}` });
    await signInAs(admin);

    const result = await listUsers({ query: "benali", page: 1 });

    expect(result.total).toBe(3);
    expect(result.items).toHaveLength(3);
  });
});

describe("getUserForAdmin", () => {
  it("returns the account with its roles to an administrator", async () => {
    const admin = await createAdmin();
    const user = await createUser({ roles: ["CITIZEN", "AUDITOR"] });
    await signInAs(admin);

    const found = await getUserForAdmin(user.id);

    expect(found).toMatchObject({ id: user.id, email: user.email, name: user.name });
    expect(found!.roles.map((r) => r.role).sort()).toEqual(["AUDITOR", "CITIZEN"]);
  });

  it("returns null for an id that is not a UUID, without asking the database", async () => {
    const admin = await createAdmin();
    await signInAs(admin);

    expect(await getUserForAdmin("1 OR 1=1")).toBeNull();
  });
});

describe("suspending and reactivating an account", () => {
  it("stops the account's existing session at once, is audited with its reason, and reactivation restores sign-in", async () => {
    const admin = await createAdmin();
    const resident = await createUser();
    await signInAs(resident);
    const residentCookie = sessionCookie();
    expect(await getSession()).not.toBeNull();

    await signInAs(admin);
    const suspended = await withRequestHeaders({ "x-request-id": "req-suspend-0001" }, () =>
      setUserSuspended({ userId: resident.id, suspend: true, reason: "منشورات مسيئة متكررة" }, IP),
    );
    expect(suspended).toEqual({ ok: true, data: { userId: resident.id } });

    // The cookie the resident still holds no longer opens anything.
    setSessionCookie(residentCookie!);
    expect(await getSession()).toBeNull();

    await signInAs(admin);
    await setUserSuspended({ userId: resident.id, suspend: false, reason: "انتهت مدة التوقيف" }, IP);
    expect((await db.user.findUniqueOrThrow({ where: { id: resident.id } })).status).toBe("ACTIVE");
    const events = await db.auditEvent.findMany({ where: { targetId: resident.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["user.suspended", admin.id, { status: "SUSPENDED", reason: "منشورات مسيئة متكررة" }],
      ["user.reactivated", admin.id, { status: "ACTIVE", reason: "انتهت مدة التوقيف" }],
    ]);
    // Each event says in which role the actor acted and which request caused it (the id in the server's log lines).
    expect(events.map((e) => [e.actorRoles, e.requestId])).toEqual([["CITIZEN,ADMINISTRATOR", "req-suspend-0001"], ["CITIZEN,ADMINISTRATOR", null]]);
    // The old cookie stays dead: a suspension ends sessions for good.
    setSessionCookie(residentCookie!);
    expect(await getSession()).toBeNull();
  });

  it("refuses to suspend oneself, and refuses a citizen", async () => {
    const admin = await createAdmin();
    await signInAs(admin);
    expect(await setUserSuspended({ userId: admin.id, suspend: true, reason: "x" }, IP)).toEqual({ ok: false, formError: "cannotSuspendSelf" });
    await signInAs(await createUser());
    await expect(setUserSuspended({ userId: admin.id, suspend: true, reason: "x" }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("ACTIVE");
  });

  it("two administrators suspending each other at once: only the first succeeds, the second is refused", async () => {
    const first = await createAdmin();
    const second = await createAdmin();
    const [a, b] = await Promise.all([
      asUser(first, () => setUserSuspended({ userId: second.id, suspend: true, reason: "a" }, IP)),
      asUser(second, () => setUserSuspended({ userId: first.id, suspend: true, reason: "b" }, IP)),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await db.user.count({ where: { id: { in: [first.id, second.id] }, status: "ACTIVE" } })).toBe(1);
  });
});
