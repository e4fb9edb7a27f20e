// Association verification against the real database (lib/associations, issue 9): registration
// with its papers, staff's decision (verification grants the representative's role, a refusal is
// reasoned), the representative's notice, correction after a refusal, and who may open the papers.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { associationVerificationQueue } from "@/lib/associations/queue";
import { getAssociationDocumentFile, getMyAssociation } from "@/lib/associations/queries";
import { AssociationDecisionSchema, AssociationSchema } from "@/lib/associations/schemas";
import { decideAssociation, registerAssociation } from "@/lib/associations/service";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { makePdf } from "../support/pdf";
import { asUser, createUser, resetDatabase, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

let uploadDir: string;
let representative: TestUser;
let admin: TestUser;

const typed = (values: Record<string, string> = {}) => ({ name: "جمعية الأمل للتنمية", receiptNumber: "RD-2019-114", receiptDate: "2019-04-02", foundedOn: "2019-03-15", seatAddress: "دوار الزاوية", hasBranchInCommune: "on", domain: "التنمية المحلية", ...values });
const form = (values: Record<string, string> = {}) => AssociationSchema.parse(typed(values));
const papers = () => [
  { kind: "FINAL_RECEIPT" as const, name: "receipt.pdf", bytes: makePdf(["Recepisse definitif"]) },
  { kind: "STATUTES" as const, name: "statuts.pdf", bytes: makePdf(["Statuts"]) },
];

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "musharaka-associations-"));
  setFileStore(new LocalFileStore(uploadDir));
});

afterAll(async () => {
  setFileStore(undefined);
  await rm(uploadDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE associations, association_documents, notifications RESTART IDENTITY CASCADE");
  await resetDatabase();
  representative = await createUser({ name: "رئيسة الجمعية" });
  admin = await createUser({ roles: ["CITIZEN", "ADMINISTRATOR"] });
});

describe("registering an association (issue 9)", () => {
  it("needs both papers and a founding date before the receipt, and lists the registration for staff", async () => {
    expect(AssociationSchema.safeParse(typed({ receiptDate: "2019-03-01", foundedOn: "2019-03-15" })).error?.issues[0]?.message).toBe("foundedAfterReceipt");
    expect(await asUser(representative, () => registerAssociation(form(), papers().slice(0, 1)))).toEqual({ ok: false, fieldErrors: { file_STATUTES: "documentsRequired" } });
    expect(await db.association.count()).toBe(0);

    const registered = await asUser(representative, () => registerAssociation(form(), papers()));
    expect(registered.ok).toBe(true);
    const mine = await asUser(representative, () => getMyAssociation());
    expect(mine).toMatchObject({ name: "جمعية الأمل للتنمية", status: "PENDING" });
    expect(mine!.documents.map((d) => d.kind)).toEqual(["FINAL_RECEIPT", "STATUTES"]);
    const queue = await associationVerificationQueue.load({ locale: "ar-MA", now: new Date(), limit: 5 });
    expect(queue).toMatchObject({ total: 1, overdue: 0, title: "جمعيات في انتظار التحقق" });
    expect(queue.items[0]).toMatchObject({ title: "جمعية الأمل للتنمية", href: `/admin/associations/${mine!.id}` });
  });

  it("shows the papers to the representative and to staff who verify, to nobody else", async () => {
    await asUser(representative, () => registerAssociation(form(), papers()));
    const [document] = await db.associationDocument.findMany({ orderBy: { id: "asc" } });
    expect((await asUser(representative, () => getAssociationDocumentFile(document!.id)))!.mimeType).toBe("application/pdf");
    expect(await asUser(admin, () => getAssociationDocumentFile(document!.id))).not.toBeNull();
    const stranger = await createUser();
    expect(await asUser(stranger, () => getAssociationDocumentFile(document!.id))).toBeNull();
    const editor = await createUser({ roles: ["CITIZEN", "STAFF_EDITOR"] });
    expect(await asUser(editor, () => getAssociationDocumentFile(document!.id))).toBeNull();
  });
});

describe("staff's decision", () => {
  it("refuses with a reason that reaches the representative; a corrected registration is verified and the representative gets the role", async () => {
    const { data } = (await asUser(representative, () => registerAssociation(form(), papers()))) as { ok: true; data: { id: number } };
    const decision = (values: Record<string, string>) => AssociationDecisionSchema.parse({ associationId: String(data.id), ...values });
    expect(AssociationDecisionSchema.safeParse({ associationId: String(data.id), decision: "REFUSE" }).error?.issues[0]?.message).toBe("reasonRequired");
    await expect(asUser(representative, () => decideAssociation(decision({ decision: "VERIFY" }), null))).rejects.toBeInstanceOf(ForbiddenError);

    expect((await asUser(admin, () => decideAssociation(decision({ decision: "REFUSE", reason: "الوصل النهائي غير مقروء" }), "10.0.0.2"))).ok).toBe(true);
    expect(await asUser(admin, () => decideAssociation(decision({ decision: "VERIFY" }), null))).toEqual({ ok: false, formError: "alreadyDecided" });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: representative.email, kind: "associations.refused" } });
    expect(mail.text).toContain("الوصل النهائي غير مقروء");
    expect(await asUser(representative, () => getMyAssociation())).toMatchObject({ status: "REFUSED", refusalReason: "الوصل النهائي غير مقروء" });

    // The representative sends a readable receipt again; the statutes already sent stay.
    const oldReceipt = await db.associationDocument.findFirstOrThrow({ where: { kind: "FINAL_RECEIPT" } });
    expect((await asUser(representative, () => registerAssociation(form(), [papers()[0]!]))).ok).toBe(true);
    const documents = await db.associationDocument.findMany({ orderBy: { kind: "asc" } });
    expect(documents.map((d) => d.kind)).toEqual(["FINAL_RECEIPT", "STATUTES"]);
    expect(documents.some((d) => d.id === oldReceipt.id)).toBe(false);
    expect(await asUser(representative, () => getMyAssociation())).toMatchObject({ status: "PENDING", refusalReason: null });

    expect((await asUser(admin, () => decideAssociation(decision({ decision: "VERIFY" }), null))).ok).toBe(true);
    expect(await db.userRole.count({ where: { userId: representative.id, role: "ASSOCIATION_REP" } })).toBe(1);
    expect(await asUser(representative, () => getMyAssociation())).toMatchObject({ status: "VERIFIED" });
    expect(await db.notification.count({ where: { userId: representative.id, kind: { in: ["associations.refused", "associations.verified"] } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { targetType: "association", action: { in: ["association.registered", "association.refused", "association.resubmitted", "association.verified"] } } })).toBe(4);
    // A verified association is changed by the commune, not by a new registration.
    expect(await asUser(representative, () => registerAssociation(form({ name: "اسم آخر" }), papers()))).toEqual({ ok: false, formError: "alreadyRegistered" });
  });
});
