// The public archive of answered requests (issue 7) against the real database: only the information
// officer publishes, only an answered request, only after the personal-data check, in the redacted
// form they wrote; the public reads (list, filters, detail) never carry the requester's identity,
// the original texts, an unpublished or a withdrawn request. Every change is audited.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getArchivedRequest, listArchive, publishToArchive, withdrawFromArchive } from "@/lib/information/archive";
import { AnswerSchema, ArchiveSchema, RequestFormSchema } from "@/lib/information/schemas";
import { answerRequest, fileRequest } from "@/lib/information/service";
import { createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.81";
let officer: TestUser;
let editor: TestUser;

const FORM = {
  firstName: "Fatima", lastName: "Zahra", address: "Douar Zaouia, Bni Mathar", identityKind: "CIN", identityNumber: "AB123456",
  email: "fatima@example.org", informationRequested: "Fatima Zahra demande le procès-verbal de la session d'octobre 2026", deliveryMode: "EMAIL",
};
const at = (isoDay: string) => new Date(`${isoDay}T10:00:00Z`);
const PAGE = { page: 1 };

async function answered(outcome: "GIVEN" | "REFUSED", day = "2026-10-05"): Promise<number> {
  signOut();
  const filed = await fileRequest(RequestFormSchema.parse(FORM), IP, at(day));
  if (!filed.ok) throw new Error("refused");
  const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: filed.data.reference } });
  await signInAs(officer);
  const answer = outcome === "GIVEN"
    ? { requestId: String(id), outcome, answerText: "Procès-verbal envoyé à fatima@example.org." }
    : { requestId: String(id), outcome, refusalGround: "NOT_AVAILABLE", refusalReasons: "Pas encore rédigé." };
  const result = await answerRequest(AnswerSchema.parse(answer), IP, at(day));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return id;
}

const redacted = (requestId: number, overrides: Record<string, string> = {}) =>
  ArchiveSchema.parse({ requestId: String(requestId), category: "COUNCIL_SESSIONS", question: "Le procès-verbal de la session d'octobre 2026.", answer: "Le procès-verbal a été communiqué.", privacyChecked: "on", ...overrides });

beforeAll(async () => {
  await resetDatabase();
  officer = await createUser({ roles: ["CITIZEN", "INFORMATION_OFFICER"] });
  editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE information_requests, notifications, outbox_messages, audit_events, rate_limit_buckets RESTART IDENTITY CASCADE");
  signOut();
});

describe("the public archive of answered requests", () => {
  it("shows only what the officer published, redacted, never the requester or the original texts", async () => {
    const published = await answered("GIVEN");
    const notArchived = await answered("REFUSED");
    await signInAs(officer);
    expect(await publishToArchive(redacted(published), IP)).toEqual({ ok: true, data: { id: published } });

    signOut();
    const list = await listArchive(PAGE);
    expect(list.total).toBe(1);
    expect(list.requests.map((r) => r.id)).toEqual([published]);
    const detail = await getArchivedRequest(published);
    expect(detail).toMatchObject({ archiveQuestion: "Le procès-verbal de la session d'octobre 2026.", archiveAnswer: "Le procès-verbal a été communiqué.", outcome: "GIVEN" });
    expect(await getArchivedRequest(notArchived)).toBeNull();
    const everything = JSON.stringify([list, detail]);
    for (const secret of ["Fatima", "Zahra", "Douar Zaouia", "AB123456", "fatima@example.org", "demande le procès-verbal", "envoyé à"]) {
      expect(everything, secret).not.toContain(secret);
    }

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "information_request.archived" } });
    expect(audit.actorId).toBe(officer.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("Fatima");
    const row = await db.informationRequest.findUniqueOrThrow({ where: { id: published } });
    expect(row.archivedById).toBe(officer.id);
    expect(row.archivedAt).toBeInstanceOf(Date);
  });

  it("is refused to anyone but the information officer, to unanswered requests, and without the personal-data check", async () => {
    const id = await answered("GIVEN");
    await signInAs(editor);
    await expect(publishToArchive(redacted(id), IP)).rejects.toBeInstanceOf(ForbiddenError);
    signOut();
    await expect(publishToArchive(redacted(id), IP)).rejects.toThrow();

    expect(ArchiveSchema.safeParse({ requestId: String(id), category: "COUNCIL_SESSIONS", question: "q", answer: "a" }).error?.issues.map((i) => i.message)).toEqual(["privacyCheckRequired"]);

    const open = await fileRequest(RequestFormSchema.parse(FORM), IP, at("2026-10-06"));
    const openId = open.ok ? (await db.informationRequest.findUniqueOrThrow({ where: { reference: open.data.reference } })).id : 0;
    await signInAs(officer);
    expect(await publishToArchive(redacted(openId), IP)).toEqual({ ok: false, formError: "notAnswered" });
    expect((await listArchive(PAGE)).total).toBe(0);
  });

  it("filters by category, year and outcome; an edit is audited; a withdrawn request leaves the archive", async () => {
    const given = await answered("GIVEN", "2025-11-04");
    const refused = await answered("REFUSED", "2026-10-05");
    await signInAs(officer);
    await publishToArchive(redacted(given, { category: "BUDGET_STATEMENTS" }), IP);
    await publishToArchive(redacted(refused), IP);
    signOut();
    expect((await listArchive({ ...PAGE, category: "BUDGET_STATEMENTS" })).requests.map((r) => r.id)).toEqual([given]);
    expect((await listArchive({ ...PAGE, year: 2026 })).requests.map((r) => r.id)).toEqual([refused]);
    expect((await listArchive({ ...PAGE, outcome: "REFUSED" })).requests.map((r) => r.id)).toEqual([refused]);
    expect((await getArchivedRequest(refused))?.refusalGround).toBe("NOT_AVAILABLE");

    await signInAs(officer);
    await publishToArchive(redacted(given, { answer: "Réponse corrigée." }), IP);
    expect(await db.auditEvent.count({ where: { action: "information_request.archive_edited" } })).toBe(1);
    expect(await withdrawFromArchive({ requestId: given, reason: "Un nom restait dans la réponse." }, IP)).toEqual({ ok: true, data: { id: given } });
    expect(await withdrawFromArchive({ requestId: given, reason: "encore" }, IP)).toEqual({ ok: false, formError: "notArchived" });
    signOut();
    expect((await listArchive(PAGE)).requests.map((r) => r.id)).toEqual([refused]);
    expect(await getArchivedRequest(given)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "information_request.archive_withdrawn" } })).toBe(1);
  });
});
