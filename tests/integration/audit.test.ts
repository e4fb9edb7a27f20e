// The audit log viewer (lib/audit/*) against the real database: filters by actor, action prefix,
// target and Moroccan days, and the CSV export for the internal audit committee (streamed, BOM,
// every filtered row); both refused to anyone without "audit_log.read".
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as auditCsv } from "@/app/api/admin/audit/route";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

let auditor: TestUser;
let editor: TestUser;

beforeEach(async () => {
  signOut();
  await resetDatabase();
  auditor = await createUser({ roles: ["AUDITOR"], name: "Auditrice" });
  editor = await createUser({ roles: ["STAFF_EDITOR"], name: "Karim Editor" });
  const at = (iso: string) => new Date(iso);
  await db.auditEvent.createMany({
    data: [
      { actorId: editor.id, action: "project.updated", targetType: "project", targetId: "4", occurredAt: at("2026-11-01T10:00:00Z"), after: { titleFr: "Route, phase 2" } },
      { actorId: editor.id, action: "progress.recorded", targetType: "project", targetId: "4", occurredAt: at("2026-11-02T23:30:00Z") },
      { actorId: auditor.id, action: "user.suspended", targetType: "user", targetId: editor.id, occurredAt: at("2026-11-03T09:00:00Z") },
    ],
  });
});

afterAll(async () => {
  signOut();
  await db.$disconnect();
});

const actions = async (query: Record<string, string>) =>
  (await asUser(auditor, () => listAuditEvents({ page: 1, filters: parseAuditFilters(query) }))).items.map((e) => e.action);

describe("the audit log's filters", () => {
  it("keep the rows of an actor, an action prefix, a target, and whole Moroccan days", async () => {
    expect(await actions({})).toEqual(["user.suspended", "progress.recorded", "project.updated"]);
    expect(await actions({ actor: "karim" })).toEqual(["progress.recorded", "project.updated"]);
    expect(await actions({ action: "project." })).toEqual(["project.updated"]);
    expect(await actions({ target: "project:4" })).toEqual(["progress.recorded", "project.updated"]);
    expect(await actions({ target: "user" })).toEqual(["user.suspended"]);
    // 23:30 UTC on 2 November is 00:30 on 3 November in Morocco.
    expect(await actions({ from: "2026-11-03", to: "2026-11-03" })).toEqual(["user.suspended", "progress.recorded"]);
    expect(await actions({ to: "2026-11-01" })).toEqual(["project.updated"]);
  });

  it("read odd values as no filter, and % as itself", async () => {
    expect(await actions({ from: "2026-13-45", actor: "x".repeat(500) })).toHaveLength(3);
    expect(await actions({ actor: "%" })).toEqual([]);
  });

  it("show a staff member without the audit permission their own actions only, and refuse a citizen", async () => {
    const own = await asUser(editor, () => listAuditEvents({ page: 1, filters: parseAuditFilters({}) }));
    expect(own.ownOnly).toBe(true);
    expect(own.items.map((e) => e.action)).toEqual(["progress.recorded", "project.updated"]);
    // A filter on another actor cannot widen the view.
    expect((await asUser(editor, () => listAuditEvents({ page: 1, filters: parseAuditFilters({ actor: "Auditrice" }) }))).items).toEqual([]);
    const citizen = await createUser({ roles: ["CITIZEN"] });
    await expect(asUser(citizen, () => listAuditEvents({ page: 1 }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the CSV export", () => {
  it("streams the filtered rows with a BOM, the before/after as JSON, and is refused without the permission", async () => {
    const response = await asUser(auditor, () => auditCsv(new Request("http://portal.test/api/admin/audit?actor=karim")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("id,occurred_at,actor_name,actor_email,action,target_type,target_id,before,after,ip,actor_roles,request_id\r\n")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('project.updated,project,4,,"{""titleFr"":""Route, phase 2""}"');

    const ownCsv = await (await asUser(editor, () => auditCsv(new Request("http://portal.test/api/admin/audit")))).text();
    expect(ownCsv.trim().split("\r\n")).toHaveLength(3);
    expect(ownCsv).not.toContain("user.suspended");
    const citizen = await createUser({ roles: ["CITIZEN"] });
    expect((await asUser(citizen, () => auditCsv(new Request("http://portal.test/api/admin/audit")))).status).toBe(403);
    expect((await auditCsv(new Request("http://portal.test/api/admin/audit"))).status).toBe(401);
  });

  it("reads a long log in batches and misses no row", async () => {
    await db.auditEvent.createMany({
      data: Array.from({ length: 2500 }, (_, i) => ({ actorId: editor.id, action: "bulk.event", targetType: "project", targetId: String(i) })),
    });
    const text = await (await asUser(auditor, () => auditCsv(new Request("http://portal.test/api/admin/audit?action=bulk.")))).text();
    const ids = new Set(text.trim().split("\r\n").slice(1).map((line) => line.split(",")[6]));
    expect(ids.size).toBe(2500);
  });
});
