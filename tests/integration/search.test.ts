// Portal-wide search against the real PostgreSQL: the SQL normalisation gives the same outputs as
// the TypeScript one, Arabic spelling variants find the text, what the public may not see is
// never returned, misspelt titles are found by trigram, and the filters work.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { searchNormalize } from "@/lib/search/normalize";
import { NORMALIZE_EXAMPLES } from "@/lib/search/normalize.fixtures";
import { searchPortal } from "@/lib/search/queries";
import { parseSearchFilters, type SearchFilters } from "@/lib/search/schemas";
import { createUser, resetDatabase } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const search = (q: string, more: Partial<SearchFilters> = {}) => searchPortal({ q, types: [], from: null, to: null, page: 1, ...more });
const found = async (q: string, more: Partial<SearchFilters> = {}) => (await search(q, more)).hits.map((h) => `${h.type}:${h.id}`).sort();

const ids: Record<string, number> = {};

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE forum_categories, forum_topics, douars, programmes, plan_axes, projects, petitions, documents, document_versions, consultations, agenda_items, council_sessions RESTART IDENTITY CASCADE",
  );
  const user = await createUser();
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج", titleFr: "Programme" } });
  const axis = await db.planAxis.create({ data: { number: 1, titleAr: "المحور", titleFr: "Axe" } });
  const project = (code: string, titleAr: string, titleFr: string, descriptionAr = "وصف", startYear = 2023) =>
    db.project.create({ data: { programmeId: programme.id, axisId: axis.id, code, titleAr, titleFr, descriptionAr, descriptionFr: "Description", competence: "OWN", startYear, endYear: startYear + 1 } });
  ids.library = (await project("A1-01", "إحداث المكتبة الجماعية", "Création de la bibliothèque communale", "مكتبة للقراءة لفائدة الشباب", 2023)).id;
  ids.road = (await project("A1-02", "تهيئة الطريق", "Aménagement de la route", "الطريق المؤدية إلى دوار أولاد عمرو", 2026)).id;

  const category = await db.forumCategory.create({ data: { slug: "roads", nameAr: "الطرق", nameFr: "Routes" } });
  ids.topic = (await db.forumTopic.create({ data: { categoryId: category.id, authorId: user.id, title: "إنارة الشارع الرئيسي", body: "الإنارة العمومية معطلة منذ شهر" } })).id;
  ids.hiddenTopic = (await db.forumTopic.create({ data: { categoryId: category.id, authorId: user.id, title: "إنارة مخفية", body: "نص مخفي سري", hiddenAt: new Date(), hiddenReason: "insult" } })).id;

  const petition = (status: "DRAFT" | "COLLECTING", subject: string) =>
    db.petition.create({ data: { kind: "CITIZENS", status, subject, reasons: "أسباب العريضة", objectives: "أهداف", ownerId: user.id, threshold: 200 } });
  ids.petition = (await petition("COLLECTING", "ملعب القرب للشباب")).id;
  ids.draftPetition = (await petition("DRAFT", "مسودة ملعب سرية")).id;

  const document = (status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED", titleAr: string, searchText: string) =>
    db.document.create({
      data: {
        category: "BUDGET_STATEMENTS", status, titleAr, titleFr: "Document", summaryAr: "ملخص", summaryFr: "Résumé", documentDate: new Date("2025-03-01"),
        sourceServiceAr: "المصلحة", sourceServiceFr: "Service", createdById: user.id, searchText,
        ...(status === "DRAFT" ? {} : { publishedAt: new Date(), privacyCheckedAt: new Date(), privacyCheckedById: user.id }),
        ...(status === "UNPUBLISHED" ? { unpublishedAt: new Date(), unpublishReason: "خطأ" } : {}),
      },
    });
  // search_text holds the PDF's words, normalised by lib/documents/search-text.ts.
  ids.document = (await document("PUBLISHED", "الميزانية", "الميزانيه ملخص نص الملف: صيانه قنوات الصرف الصحي")).id;
  ids.draftDocument = (await document("DRAFT", "مسودة الميزانية", "قنوات الصرف الصحي مسوده")).id;
  ids.unpublished = (await document("UNPUBLISHED", "وثيقة سحبت", "قنوات الصرف الصحي سحبت")).id;

  ids.consultation = (await db.consultation.create({ data: { titleAr: "استشارة حول السوق الأسبوعي", titleFr: "Consultation sur le souk hebdomadaire", descriptionAr: "وصف", descriptionFr: "Description", closesAt: new Date("2030-01-01"), createdById: user.id } })).id;

  const published = await db.councilSession.create({ data: { kind: "ORDINARY", year: 2026, month: 2, startsOn: new Date("2026-02-02"), agendaPublishedAt: new Date() } });
  const decided = await db.councilSession.create({ data: { kind: "ORDINARY", year: 2025, month: 10, startsOn: new Date("2025-10-06"), agendaPublishedAt: new Date(), decisionsPublishedAt: new Date() } });
  const hidden = await db.councilSession.create({ data: { kind: "ORDINARY", year: 2026, month: 5 } });
  ids.agenda = (await db.agendaItem.create({ data: { sessionId: published.id, origin: "PRESIDENT", titleAr: "دراسة اتفاقية النقل المدرسي", titleFr: "Convention de transport scolaire", decisionText: "المصادقة بالإجماع على الاتفاقية" } })).id;
  ids.decided = (await db.agendaItem.create({ data: { sessionId: decided.id, origin: "PRESIDENT", titleAr: "برمجة الفائض", titleFr: "Programmation de l'excédent", decisionText: "المصادقة على برمجة الفائض من أجل تعبيد المسالك" } })).id;
  ids.unpublishedAgenda = (await db.agendaItem.create({ data: { sessionId: hidden.id, origin: "PRESIDENT", titleAr: "نقطة غير منشورة للنقل", titleFr: "Point non publié" } })).id;
});

describe("search_normalize (SQL) and searchNormalize (TypeScript)", () => {
  it.each(NORMALIZE_EXAMPLES)("give the same output for %j", async (input, expected) => {
    const [row] = await db.$queryRaw<{ out: string }[]>`SELECT search_normalize(${input}) AS out`;
    expect(row!.out).toBe(expected);
    expect(searchNormalize(input)).toBe(expected);
  });
});

describe("searchPortal", () => {
  it("finds Arabic text whatever alef, taa marbuta and harakat forms are typed", async () => {
    for (const q of ["المكتبة الجماعية", "المكتبه الجماعيه", "ألمكتبة", "المَكْتَبَةُ", "مكتبة"]) {
      expect(await found(q), q).toContain(`project:${ids.library}`);
    }
    expect(await found("اولاد عمرو")).toEqual([`project:${ids.road}`]);
    expect(await found("bibliotheque")).toEqual([`project:${ids.library}`]);
    expect(await found("BIBLIOTHÈQUE communale")).toEqual([`project:${ids.library}`]);
  });

  it("finds a document by a word inside its file, and never a draft or unpublished document", async () => {
    expect(await found("قناة الصرف")).toEqual([]);
    expect(await found("قنوات الصرف الصحي")).toEqual([`document:${ids.document}`]);
    expect(await found("سحبت")).toEqual([]);
    expect(await found("مسودة")).toEqual([]);
  });

  it("never returns a hidden forum topic or a draft petition", async () => {
    expect(await found("إنارة")).toEqual([`topic:${ids.topic}`]);
    expect(await found("سري")).toEqual([]);
    expect(await found("ملعب")).toEqual([`petition:${ids.petition}`]);
  });

  it("finds agenda items once published, and their decisions once the decisions are", async () => {
    expect(await found("النقل")).toEqual([`agenda:${ids.agenda}`]);
    expect(await found("بالإجماع")).toEqual([]);
    expect(await found("تعبيد المسالك")).toEqual([`agenda:${ids.decided}`]);
    const [hit] = (await search("تعبيد")).hits;
    expect(hit?.textsAr[0]).toContain("تعبيد المسالك");
    expect(hit?.path).toMatch(/^\/sessions\/\d+$/);
  });

  it("finds a misspelt title by trigram similarity", async () => {
    const result = await search("المكتبة الجماعبة");
    expect(result.hits.map((h) => `${h.type}:${h.id}`)).toContain(`project:${ids.library}`);
    expect(result.hits.find((h) => h.id === ids.library && h.type === "project")?.fuzzy).toBe(true);
    expect(await found("consultatoin souk hebdomadaire")).toContain(`consultation:${ids.consultation}`);
  });

  it("counts per type, filters by type and by date, and pages", async () => {
    const all = await search("الطريق المكتبة إنارة ملعب");
    expect(all.hits).toEqual([]);
    const broad = await search("وصف");
    expect(broad.counts).toMatchObject({ project: 0, consultation: 1 });
    const projects = await search("المصادقة");
    expect(projects.counts.agenda).toBe(1);

    const both = await search("الطريق");
    expect(both.counts.project).toBe(1);
    expect((await found("الطريق", { types: ["topic"] }))).toEqual([]);
    expect((await search("الطريق", { types: ["topic"] })).counts.project).toBe(1);
    expect(await found("الطريق", { types: ["project"] })).toEqual([`project:${ids.road}`]);
    expect(await found("الطريق", { from: new Date("2026-01-01") })).toEqual([`project:${ids.road}`]);
    expect(await found("الطريق", { to: new Date("2025-12-31") })).toEqual([]);
    expect(await found("المكتبة", { from: new Date("2023-01-01"), to: new Date("2023-01-01") })).toEqual([`project:${ids.library}`]);
    expect((await search("الطريق", { page: 2 })).hits).toEqual([]);
    expect((await search("الطريق", { page: 2 })).total).toBe(1);
  });

  it("reads the query string leniently", () => {
    const filters = parseSearchFilters({ q: "  مكتبة ", type: ["project", "nonsense", "topic"], from: "2026-12-31", to: "2026-01-01", page: "x" });
    expect(filters).toEqual({ q: "مكتبة", types: ["project", "topic"], from: new Date("2026-01-01"), to: new Date("2026-12-31"), page: 1 });
    expect(parseSearchFilters({ from: "2026-02-30" }).from).toBeNull();
  });
});
