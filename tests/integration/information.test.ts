// Access-to-information requests against the real database: the receipt and the deadline at once
// (law 31.13 arts. 14, 16, 17), the officer's entry of a paper request with its day of receipt,
// the one extension only before the first deadline (art. 16), the answer with its ground and the
// right to complain (arts. 8, 18, 19), the requester's notice and e-mail; the identity number is
// stored encrypted and appears in no e-mail, audit event or open data.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { GET as openDocuments } from "@/app/api/open/documents/route";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getMyRequest, getRequestForOfficer } from "@/lib/information/queries";
import { AnswerSchema, OfficerEntrySchema, RequestFormSchema } from "@/lib/information/schemas";
import { answerRequest, decideComplaint, enterRequest, extendRequest, fileComplaint, fileRequest } from "@/lib/information/service";
import { createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.80";
const CIN = "AB123456";
let officer: TestUser;
let citizen: TestUser;

const RAW_FORM = {
  firstName: "فاطمة", lastName: "الزهراء", address: "دوار الزاوية، بني مطهر", identityKind: "CIN", identityNumber: "ab 123456",
  email: "fatima@example.org", informationRequested: "محضر دورة أكتوبر 2026 للمجلس الجماعي", deliveryMode: "EMAIL",
};
const form = (overrides: Record<string, string> = {}) => RequestFormSchema.parse({ ...RAW_FORM, ...overrides });
const serialized = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v));

const at = (isoDay: string) => new Date(`${isoDay}T10:00:00Z`);

beforeAll(async () => {
  await resetDatabase();
  officer = await createUser({ roles: ["CITIZEN", "INFORMATION_OFFICER"] });
  citizen = await createUser({ roles: ["CITIZEN"], locale: "fr-MA" });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE information_requests, notifications, outbox_messages, audit_events, rate_limit_buckets, holidays RESTART IDENTITY CASCADE");
  signOut();
});

describe("filing (arts. 14, 16, 17)", () => {
  it("gives a receipt with a reference and the deadline in working days at once, and e-mails it", async () => {
    // Friday 18 December 2026: 20 working days over New Year, 11 and 14 January → 20 January 2027
    const result = await fileRequest(form(), IP, at("2026-12-18"));
    expect(result).toEqual({ ok: true, data: { reference: "DI-2026-0001", receivedOn: new Date("2026-12-18T00:00:00Z"), dueOn: new Date("2027-01-20T00:00:00Z"), urgent: false } });
    const mail = await db.outboxMessage.findFirstOrThrow();
    expect(mail.toAddress).toBe("fatima@example.org");
    expect(mail.subject).toContain("DI-2026-0001");
    expect((await fileRequest(form(), IP, at("2026-12-18"))).ok && (await db.informationRequest.count())).toBe(2);
  });

  it("counts a religious holiday of the table", async () => {
    await db.holiday.create({ data: { date: new Date("2027-03-10T00:00:00Z"), nameAr: "عيد الفطر", nameFr: "Aïd al-Fitr", kind: "RELIGIOUS" } });
    await db.holiday.create({ data: { date: new Date("2027-03-11T00:00:00Z"), nameAr: "عيد الفطر", nameFr: "Aïd al-Fitr", kind: "RELIGIOUS" } });
    const result = await fileRequest(form(), IP, at("2027-03-01"));
    expect(result.ok && result.data.dueOn).toEqual(new Date("2027-03-31T00:00:00Z"));
  });

  it("answers an urgent request within 3 days", async () => {
    const result = await fileRequest(form({ urgent: "on" }), IP, at("2026-10-08"));
    expect(result.ok && result.data.dueOn).toEqual(new Date("2026-10-11T00:00:00Z"));
  });

  it("links a signed-in person's request to their account", async () => {
    await signInAs(citizen);
    const result = await fileRequest(form(), IP, at("2026-12-18"));
    if (!result.ok) throw new Error("refused");
    expect((await getMyRequest(result.data.reference))?.reference).toBe(result.data.reference);
  });

  it("stores the identity number encrypted and refuses a malformed one", async () => {
    await fileRequest(form(), IP, at("2026-12-18"));
    const row = await db.informationRequest.findFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(CIN);
    expect(RequestFormSchema.safeParse({ ...RAW_FORM, identityNumber: "123" }).error?.issues[0]?.message).toBe("cinFormat");
  });
});

describe("the officer", () => {
  it("enters a paper request with the day it was received, audited without the identity number", async () => {
    await signInAs(officer);
    const input = OfficerEntrySchema.parse({ ...RAW_FORM, identityNumber: CIN, email: "", channel: "POST", receivedOn: "2026-11-02" });
    const result = await enterRequest(input, IP, at("2026-11-05"));
    // Monday 2 November 2026, 6 and 18 November are holidays → 2 December
    expect(result.ok && result.data.dueOn).toEqual(new Date("2026-12-02T00:00:00Z"));
    const event = await db.auditEvent.findFirstOrThrow();
    expect(event.action).toBe("information_request.entered");
    expect(serialized(event)).not.toContain(CIN);
    expect(await enterRequest({ ...input, receivedOn: new Date("2026-11-06T00:00:00Z") }, IP, at("2026-11-05"))).toEqual({ ok: false, fieldErrors: { receivedOn: "dateInFuture" } });
  });

  it("is the only one who may extend and answer", async () => {
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: filed.data.reference } });
    await signInAs(citizen);
    await expect(extendRequest({ requestId: id, reason: "x" }, IP)).rejects.toThrow(ForbiddenError);
  });

  it("extends once, before the first deadline only, and tells the requester why", async () => {
    await signInAs(citizen);
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: filed.data.reference } });
    await signInAs(officer);
    expect(await extendRequest({ requestId: id, reason: "Volume important" }, IP, at("2027-01-21"))).toEqual({ ok: false, formError: "firstDeadlinePassed" });
    expect(await extendRequest({ requestId: id, reason: "Consultation d'un tiers" }, IP, at("2027-01-20"))).toEqual({ ok: true, data: { id } });
    // 20 January 2027 + 20 working days → 17 February 2027
    expect((await db.informationRequest.findUniqueOrThrow({ where: { id } })).extendedDueOn).toEqual(new Date("2027-02-17T00:00:00Z"));
    expect(await extendRequest({ requestId: id, reason: "encore" }, IP, at("2027-01-20"))).toEqual({ ok: false, formError: "alreadyExtended" });
    // The receipt and the extension, both through the shared notice delivery.
    expect((await db.notification.findMany({ where: { userId: citizen.id }, orderBy: { id: "asc" } })).map((n) => n.kind)).toEqual(["information.received", "information.extended"]);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "information.extended" } });
    expect(mail.text).toContain("Consultation d'un tiers");
    expect(mail.text).toContain("17 février 2027");
  });

  it("answers partly with what is withheld and why, and tells the requester of the right to complain with its last day", async () => {
    await signInAs(citizen);
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: filed.data.reference } });
    // A legally required notice ignores the person's choice (in-app only) but keeps the standard footer.
    await db.notificationPreference.create({ data: { userId: citizen.id, category: "information", delivery: "IN_APP_ONLY" } });
    await signInAs(officer);
    const incomplete = AnswerSchema.safeParse({ requestId: String(id), outcome: "PARTIAL", answerText: "Le procès-verbal est joint.", withheldPart: "Les noms des agents", refusalGround: "EXCEPTION", refusalReasons: "Données personnelles" });
    expect(incomplete.error?.issues.map((i) => i.message)).toEqual(["exceptionRequired"]);
    const input = AnswerSchema.parse({
      requestId: String(id), outcome: "PARTIAL", answerText: "Le procès-verbal est joint.", withheldPart: "Les noms des agents",
      refusalGround: "EXCEPTION", exceptions: ["PRIVATE_LIFE"], refusalReasons: "Données personnelles des agents (art. 7).",
    });
    // Answered on Tuesday 5 January 2027: complaint within 20 working days (11 and 14 January are holidays) → 4 February
    expect(await answerRequest(input, IP, at("2027-01-05"))).toEqual({ ok: true, data: { id } });
    expect(await answerRequest(input, IP, at("2027-01-05"))).toEqual({ ok: false, formError: "alreadyAnswered" });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "information.answered" } });
    expect(mail.text).toContain("partiellement");
    expect(mail.text).toContain("4 février 2027");
    expect(mail.text).toContain("Pour changer la façon de recevoir ces avis");
    expect(mail.listUnsubscribe).toBeTruthy();
    await signInAs(citizen);
    const mine = await getMyRequest(filed.data.reference);
    expect(mine).toMatchObject({ outcome: "PARTIAL", withheldPart: "Les noms des agents", exceptions: ["PRIVATE_LIFE"] });
  });
});

describe("the identity number", () => {
  it("never appears in e-mails, audit events, open data, and only masked to the officer", async () => {
    await signInAs(citizen);
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference: filed.data.reference } });
    await signInAs(officer);
    await extendRequest({ requestId: id, reason: "Volume" }, IP, at("2026-12-21"));
    await answerRequest(AnswerSchema.parse({ requestId: String(id), outcome: "REFUSED", refusalGround: "UNCLEAR", refusalReasons: "Préciser la période." }), IP, at("2026-12-22"));
    const officerView = await getRequestForOfficer(id);
    expect(officerView?.identityNumberMasked).toBe("AB••••56");
    expect(JSON.stringify(officerView)).not.toContain(CIN);
    const everything = serialized([await db.outboxMessage.findMany(), await db.auditEvent.findMany(), await db.notification.findMany()]);
    expect(everything).not.toContain(CIN);
    signOut();
    const open = await (await openDocuments(new NextRequest("http://test/api/open/documents?format=csv"))).text();
    expect(open).not.toContain(CIN);
  });
});

describe("complaint to the president (arts. 19–21)", () => {
  it("is filed from the account after the answer, once; the president's decision is told with the CDAI's last day", async () => {
    await signInAs(citizen);
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    const reference = filed.data.reference;
    const { id } = await db.informationRequest.findUniqueOrThrow({ where: { reference } });
    expect(await fileComplaint({ reference, text: "Pas de réponse" }, IP, at("2026-12-21"))).toEqual({ ok: false, formError: "notYetOpen" });
    await signInAs(officer);
    await answerRequest(AnswerSchema.parse({ requestId: String(id), outcome: "REFUSED", refusalGround: "NOT_AVAILABLE", refusalReasons: "Aucun procès-verbal n'existe." }), IP, at("2027-01-05"));
    await signInAs(citizen);
    expect(await fileComplaint({ reference, text: "Le procès-verbal doit exister." }, IP, at("2027-01-06"))).toEqual({ ok: true, data: { reference } });
    expect(await fileComplaint({ reference, text: "encore" }, IP, at("2027-01-07"))).toEqual({ ok: false, formError: "alreadyComplained" });
    await signInAs(officer);
    // Decided on 12 January 2027: the CDAI may be seized for 30 days → 11 February 2027
    expect(await decideComplaint({ requestId: id, decision: "Le refus est confirmé." }, IP, at("2027-01-12"))).toEqual({ ok: true, data: { id } });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "information.complaint_decided" } });
    expect(mail.text).toContain("Le refus est confirmé.");
    expect(mail.text).toContain("11 février 2027");
    expect(await db.notification.count({ where: { userId: citizen.id, kind: "information.complaint_decided" } })).toBe(1);
  });

  it("cannot be filed on someone else's request", async () => {
    const filed = await fileRequest(form(), IP, at("2026-12-18"));
    if (!filed.ok) throw new Error("refused");
    await signInAs(citizen);
    expect(await fileComplaint({ reference: filed.data.reference, text: "x" }, IP, at("2027-02-01"))).toEqual({ ok: false, formError: "notFound" });
  });
});
