// The document library against the real database and a real (temporary) file store: upload checks
// (a fake PDF that is HTML, SVG or a program, an empty and an oversized file are refused), the
// personal-data check before publishing, versions, unpublishing with a reason, search by a word
// inside a PDF, safe download headers, and the open-data listing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as download } from "@/app/api/files/documents/[id]/route";
import { GET as openData } from "@/app/api/open/documents/route";
import { GET as feed } from "@/app/api/feeds/documents/route";
import { db } from "@/lib/db/client";
import { listPublishedDocuments } from "@/lib/documents/queries";
import { DocumentFieldsSchema } from "@/lib/documents/schemas";
import { createDocument, publishDocument, replaceDocumentFile, unpublishDocument } from "@/lib/documents/service";
import { ForbiddenError } from "@/lib/errors";
import { setFileStore } from "@/lib/storage";
import { LocalFileStore } from "@/lib/storage/local";
import { MAX_DOCUMENT_BYTES } from "@/lib/uploads/documents";
import { makePdf } from "@/tests/support/pdf";
import { createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.70";
let uploadDir: string;
let staff: TestUser;
let citizen: TestUser;

const fields = DocumentFieldsSchema.parse({
  category: "COUNCIL_DECISIONS",
  titleAr: "مقرر المجلس رقم 12 حول الإنارة العمومية",
  titleFr: "Décision du conseil n° 12 sur l'éclairage public",
  summaryAr: "صادق المجلس على برنامج الإنارة العمومية.",
  summaryFr: "Le conseil a approuvé le programme d'éclairage public.",
  documentDate: "2026-10-08",
  sourceServiceAr: "كتابة المجلس",
  sourceServiceFr: "Secrétariat du conseil",
  periodFrom: "",
  periodTo: "",
});

const pdf = (lines: string[]) => ({ name: "decision.pdf", bytes: new Uint8Array(makePdf(lines)) });
const text = (value: string) => new TextEncoder().encode(value);
const context = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

beforeAll(async () => {
  await resetDatabase();
  uploadDir = await mkdtemp(path.join(tmpdir(), "musharaka-documents-"));
  setFileStore(new LocalFileStore(uploadDir));
  staff = await createUser({ roles: ["CITIZEN", "INFORMATION_OFFICER"] });
  citizen = await createUser({ roles: ["CITIZEN"] });
});

afterAll(async () => {
  setFileStore(undefined);
  await rm(uploadDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.$executeRawUnsafe("TRUNCATE TABLE documents, document_versions, audit_events RESTART IDENTITY CASCADE");
  await signInAs(staff);
});

describe("upload checks", () => {
  it.each([
    ["an HTML page named .pdf", { name: "decision.pdf", bytes: text("<!doctype html><html><script>alert(1)</script></html>") }, "fileTypeRefused"],
    ["an SVG picture named .pdf", { name: "decision.pdf", bytes: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, "fileTypeRefused"],
    ["a Windows program named .pdf", { name: "decision.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]) }, "fileTypeRefused"],
    ["an empty file", { name: "decision.pdf", bytes: new Uint8Array() }, "fileEmpty"],
    ["a file over 20 MB", { name: "decision.pdf", bytes: (() => { const b = new Uint8Array(MAX_DOCUMENT_BYTES + 1); b.set(text("%PDF-1.7")); return b; })() }, "fileTooLarge"],
  ])("refuses %s and stores nothing", async (_label, file, error) => {
    expect(await createDocument(fields, file, IP)).toEqual({ ok: false, fieldErrors: { file: error } });
    expect(await db.document.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses a citizen", async () => {
    await signInAs(citizen);
    await expect(createDocument(fields, pdf(["x"]), IP)).rejects.toThrow(ForbiddenError);
  });
});

describe("publication", () => {
  it("keeps a draft out of the public library until the personal-data check is confirmed, and records who confirmed it", async () => {
    const created = await createDocument(fields, pdf(["Eclairage public du douar Ez-Zaouia", "Budget 240000 dirhams"]), IP);
    if (!created.ok) throw new Error("upload refused");
    const id = created.data.id;
    expect((await listPublishedDocuments({ page: 1 })).total).toBe(0);
    expect(await publishDocument(id, false, IP)).toEqual({ ok: false, formError: "privacyCheckRequired" });

    expect(await publishDocument(id, true, IP)).toEqual({ ok: true, data: { id } });
    const published = await db.document.findUniqueOrThrow({ where: { id } });
    expect(published).toMatchObject({ status: "PUBLISHED", privacyCheckedById: staff.id });
    expect(published.privacyCheckedAt).toBeInstanceOf(Date);
    const actions = (await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["document.created", "document.published"]);
  });

  it("finds a published document by a word inside its PDF, in any case or accent", async () => {
    const created = await createDocument(fields, pdf(["Eclairage public du douar Ez-Zaouia"]), IP);
    if (!created.ok) throw new Error("upload refused");
    await publishDocument(created.data.id, true, IP);
    signOut();
    expect((await listPublishedDocuments({ q: "zaouia", page: 1 })).documents.map((d) => d.id)).toEqual([created.data.id]);
    expect((await listPublishedDocuments({ q: "ÉCLAIRAGE", page: 1 })).total).toBe(1);
    expect((await listPublishedDocuments({ q: "الإنارة", page: 1 })).total).toBe(1);
    expect((await listPublishedDocuments({ q: "piscine", page: 1 })).total).toBe(0);
    expect((await listPublishedDocuments({ category: "BUDGET_STATEMENTS", page: 1 })).total).toBe(0);
    expect((await listPublishedDocuments({ year: 2026, page: 1 })).total).toBe(1);
  });

  it("pages a word search through the ranked matches, after the filters, on the search text's index", async () => {
    const staff = await db.user.findFirstOrThrow({ select: { id: true } });
    // 25 published documents with the word, 5 of them procurement; read straight from SQL, as the search does.
    await db.$executeRaw`
      INSERT INTO documents (category, title_ar, title_fr, summary_ar, summary_fr, document_date, source_service_ar, source_service_fr,
                             status, published_at, privacy_checked_by_id, privacy_checked_at, search_text, created_by_id, updated_at)
      SELECT CASE WHEN n <= 5 THEN 'procurement'::document_category ELSE 'statistics'::document_category END, 'السوق ' || n, 'Souk ' || n, '-', '-',
             date '2026-01-01' + n, '-', '-', 'published', now(), ${staff.id}::uuid, now(), 'souk hebdomadaire ' || n, ${staff.id}::uuid, now()
      FROM generate_series(1, 25) AS n`;
    const first = await listPublishedDocuments({ q: "souk", page: 1 });
    const second = await listPublishedDocuments({ q: "souk", page: 2 });
    expect(first.total).toBe(25);
    expect(first.documents).toHaveLength(20);
    expect(second.documents).toHaveLength(5);
    expect(new Set([...first.documents, ...second.documents].map((d) => d.id)).size).toBe(25);
    expect((await listPublishedDocuments({ q: "souk", category: "PROCUREMENT", page: 1 })).documents.map((d) => d.titleFr).sort()).toEqual(["Souk 1", "Souk 2", "Souk 3", "Souk 4", "Souk 5"]);
    // The search's condition is the indexed expression (prisma/migrations/20261129173000_document_search_text_index):
    // with the table scan ruled out, PostgreSQL still answers it, through the index.
    await db.$executeRaw`ANALYZE documents`;
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM documents WHERE to_tsvector('simple', search_text) @@ plainto_tsquery('simple', 'souk')`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("documents_search_text_simple_idx");
  });

  it("keeps the old version downloadable when the file is replaced, and searches the new text", async () => {
    const created = await createDocument(fields, pdf(["premier texte"]), IP);
    if (!created.ok) throw new Error("upload refused");
    await publishDocument(created.data.id, true, IP);
    expect(await replaceDocumentFile(created.data.id, pdf(["texte corrige"]), IP)).toEqual({ ok: true, data: { id: created.data.id } });
    const versions = await db.documentVersion.findMany({ where: { documentId: created.data.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    signOut();
    expect((await download(new Request("http://test/"), context(versions[0]!.id))).status).toBe(200);
    expect((await listPublishedDocuments({ q: "corrige", page: 1 })).total).toBe(1);
    expect((await listPublishedDocuments({ q: "premier", page: 1 })).total).toBe(0);
  });

  it("unpublishes with a reason, audited, and stops serving the file to the public", async () => {
    const created = await createDocument(fields, pdf(["x"]), IP);
    if (!created.ok) throw new Error("upload refused");
    await publishDocument(created.data.id, true, IP);
    expect(await unpublishDocument({ documentId: created.data.id, reason: "Erreur de version" }, IP)).toEqual({ ok: true, data: { id: created.data.id } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "document.unpublished" } });
    expect(event.after).toEqual({ status: "UNPUBLISHED", reason: "Erreur de version" });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: created.data.id } });
    signOut();
    expect((await download(new Request("http://test/"), context(version.id))).status).toBe(404);
    expect((await listPublishedDocuments({ page: 1 })).total).toBe(0);
  });
});

describe("serving files", () => {
  it("serves a published file as a download with safe headers", async () => {
    const created = await createDocument(fields, pdf(["x"]), IP);
    if (!created.ok) throw new Error("upload refused");
    await publishDocument(created.data.id, true, IP);
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: created.data.id } });
    signOut();
    const response = await download(new Request("http://test/"), context(version.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="document-${created.data.id}-v1.pdf"`);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("does not serve a draft to the public, nor an id that does not exist", async () => {
    const created = await createDocument(fields, pdf(["x"]), IP);
    if (!created.ok) throw new Error("upload refused");
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: created.data.id } });
    expect((await download(new Request("http://test/"), context(version.id))).status).toBe(200);
    signOut();
    expect((await download(new Request("http://test/"), context(version.id))).status).toBe(404);
    expect((await download(new Request("http://test/"), { params: Promise.resolve({ id: "../../etc/passwd" }) })).status).toBe(404);
  });

  it("lists published documents as open data (CSV and JSON) and in the Atom feed, never drafts or staff names", async () => {
    const published = await createDocument(fields, pdf(["x"]), IP);
    const draft = await createDocument({ ...fields, titleFr: "Brouillon interne" }, pdf(["y"]), IP);
    if (!published.ok || !draft.ok) throw new Error("upload refused");
    await publishDocument(published.data.id, true, IP);
    signOut();
    const { NextRequest } = await import("next/server");
    const json = await (await openData(new NextRequest("http://test/api/open/documents"))).json();
    expect(json.documents.map((d: { id: number }) => d.id)).toEqual([published.data.id]);
    const csv = await (await openData(new NextRequest("http://test/api/open/documents?format=csv"))).text();
    expect(csv).toContain("Décision du conseil n° 12");
    expect(csv).not.toContain("Brouillon interne");
    expect(csv).not.toContain(staff.name);
    const atom = await (await feed(new NextRequest("http://test/api/feeds/documents?lang=fr"))).text();
    expect(atom).toContain("<title>Décision du conseil n° 12 sur l&#39;éclairage public</title>");
    expect(atom).not.toContain("Brouillon interne");
  });
});
