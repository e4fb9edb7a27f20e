// Every dataset of the open-data catalogue, downloaded from its route over the demo data plus
// planted personal data: its columns are exactly its data dictionary (CSV header and JSON keys),
// and it holds no personal data (lib/open-data/rules.ts: forbidden column names, e-mails, CINs,
// phone numbers, password hashes, and the names, e-mails, addresses and ID numbers of the people
// in the database). The catalogue itself lists every route under /api/open.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as budgetRoute } from "@/app/api/open/budget/[year]/route";
import { GET as catalogueRoute } from "@/app/api/open/catalogue.json/route";
import { GET as consultationsRoute } from "@/app/api/open/consultations/route";
import { GET as informationStatisticsRoute } from "@/app/api/open/information-statistics/route";
import { GET as progressUpdatesRoute } from "@/app/api/open/progress-updates/route";
import { GET as sessionsRoute } from "@/app/api/open/sessions/route";
import { GET as documentsRoute } from "@/app/api/open/documents/route";
import { GET as forumRoute } from "@/app/api/open/forum/route";
import { GET as petitionsRoute } from "@/app/api/open/petitions/route";
import { GET as programmeRoute } from "@/app/api/open/programme/route";
import { UTF8_BOM } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { DATASETS, datasetUrl, type Dataset } from "@/lib/open-data/catalogue";
import { findPersonalData } from "@/lib/open-data/rules";
import { parseCsv } from "@/lib/programme/import";
import { decryptIdNumber, encryptIdNumber, idNumberHash } from "@/lib/security/id-numbers";
import { seed } from "@/prisma/seed/index";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const ROUTES: Record<string, (request: NextRequest, year?: number) => Promise<Response>> = {
  "/api/open/programme": (r) => programmeRoute(r),
  "/api/open/petitions": (r) => petitionsRoute(r),
  "/api/open/forum": (r) => forumRoute(r),
  "/api/open/documents": (r) => documentsRoute(r),
  "/api/open/budget/{year}": (r, year) => budgetRoute(r, { params: Promise.resolve({ year: String(year) }) }),
  "/api/open/consultations": (r) => consultationsRoute(r),
  "/api/open/sessions": (r) => sessionsRoute(r),
  "/api/open/progress-updates": (r) => progressUpdatesRoute(r),
  "/api/open/information-statistics": (r) => informationStatisticsRoute(r),
};

const PLANTED = { name: "Fatima Zahra El Idrissi", address: "12 rue des Oliviers, Beni Mathar", cin: "FZ123456", email: "fatima.elidrissi@example.ma", phone: "0661234567" };
let personal: string[] = [];

beforeAll(async () => {
  await db.$executeRawUnsafe(
    "TRUNCATE TABLE commune_settings, douars, plan_activities, plan_axes, associations, user_roles, users, programmes, petitions, forum_categories, forum_topics, documents, budget_cycles RESTART IDENTITY CASCADE",
  );
  await seed(db as never);
  // A person who signs a public petition with her name, address and CIN, and whose account has a phone-like name.
  const user = await db.user.create({ data: { name: PLANTED.name, email: PLANTED.email, passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$planted", locale: "fr-MA" } });
  const petition = await db.petition.findFirstOrThrow({ where: { status: { not: "DRAFT" } } });
  await db.petitionSignature.create({
    data: { petitionId: petition.id, channel: "ONLINE", userId: user.id, fullName: PLANTED.name, idNumberEncrypted: encryptIdNumber(PLANTED.cin), idNumberHash: idNumberHash(PLANTED.cin, `petition:${petition.id}`), address: PLANTED.address, basis: "RESIDENT" },
  });
  // The demo seed has no library documents: one published by a staff member (never named in the data).
  await db.document.create({
    data: {
      category: "COUNCIL_DECISIONS", status: "PUBLISHED", titleAr: "مقرر المجلس رقم 12", titleFr: "Décision du conseil n° 12", summaryAr: "ملخص", summaryFr: "Résumé",
      documentDate: new Date("2026-02-03"), sourceServiceAr: "الكتابة العامة", sourceServiceFr: "Secrétariat général", createdById: user.id,
      publishedAt: new Date(), privacyCheckedAt: new Date(), privacyCheckedById: user.id,
    },
  });
  const category = await db.forumCategory.findFirstOrThrow();
  await db.forumTopic.create({ data: { categoryId: category.id, authorId: user.id, title: "Trottoir cassé", body: `Appelez-moi au ${PLANTED.phone}`, place: PLANTED.address } });

  const [users, signatures, requests] = await Promise.all([
    db.user.findMany({ select: { name: true, email: true } }),
    db.petitionSignature.findMany({ select: { fullName: true, address: true, idNumberEncrypted: true } }),
    db.informationRequest.findMany({ select: { firstName: true, lastName: true, address: true, email: true } }),
  ]);
  personal = [
    ...users.flatMap((u) => [u.name, u.email]),
    ...signatures.flatMap((s) => [s.fullName, s.address, decryptIdNumber(s.idNumberEncrypted)]),
    ...requests.flatMap((r) => [`${r.firstName} ${r.lastName}`, r.address, r.email].filter((v): v is string => typeof v === "string")),
    PLANTED.phone,
  ];
}, 120_000);

async function download(dataset: Dataset, format: "csv" | "json", year?: number): Promise<Response> {
  const route = ROUTES[dataset.path];
  if (!route) throw new Error(`no route for ${dataset.path}`);
  return route(new NextRequest(`http://test${datasetUrl(dataset, format, year)}`), year);
}

async function yearsOf(dataset: Dataset): Promise<(number | undefined)[]> {
  if (!dataset.perYear) return [undefined];
  return (await db.budgetCycle.findMany({ select: { year: true } })).map((c) => c.year);
}

describe("the open-data catalogue", () => {
  it("lists every route under app/api/open", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") routes.push(`/${path.relative("app", dir)}`.replace("[year]", "{year}"));
      }
    };
    walk("app/api/open");
    expect(routes.filter((r) => r !== "/api/open/catalogue.json").sort()).toEqual(DATASETS.map((d) => d.path).sort());
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))("%s: CSV and JSON columns are its data dictionary, with no personal data", async (_id, dataset) => {
    const names = dataset.columns.map((c) => c.name);
    const years = await yearsOf(dataset);
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const csvResponse = await download(dataset, "csv", year);
      expect(csvResponse.status).toBe(200);
      expect(csvResponse.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await csvResponse.arrayBuffer());
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      const parsed = parseCsv(text);
      if (!parsed.ok) throw new Error("CSV does not parse");
      const [header, ...records] = parsed.records;
      expect(header!.cells).toEqual(names);
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => r.cells.length === names.length)).toBe(true);
      const csvRows = records.map((r) => Object.fromEntries(names.map((n, i) => [n, r.cells[i]])));
      expect(findPersonalData(header!.cells, csvRows, personal)).toEqual([]);

      const jsonResponse = await download(dataset, "json", year);
      expect(jsonResponse.status).toBe(200);
      const json = (await jsonResponse.json()) as Record<string, unknown>;
      const rows = json[dataset.jsonKey] as Record<string, unknown>[];
      expect(rows).toHaveLength(records.length);
      for (const row of rows) expect(Object.keys(row)).toEqual(names);
      expect(findPersonalData(names, rows, personal)).toEqual([]);
      // Nothing personal in the head fields either.
      const head = { ...json };
      delete head[dataset.jsonKey];
      expect(findPersonalData(Object.keys(head), [head], personal)).toEqual([]);
    }
  });

  it("the planted personal data is really in the database (the check is not vacuous)", async () => {
    expect(personal).toEqual(expect.arrayContaining([PLANTED.name, PLANTED.email, PLANTED.address, PLANTED.cin]));
    const signatures = await db.petitionSignature.count({ where: { fullName: PLANTED.name } });
    expect(signatures).toBe(1);
    expect(findPersonalData(["subject"], [{ subject: `signed by ${PLANTED.name}` }], personal)).toHaveLength(1);
  });

  it("the DCAT catalogue describes every dataset with its distributions and dictionary", async () => {
    const response = await catalogueRoute();
    expect(response.headers.get("Content-Type")).toBe("application/ld+json; charset=utf-8");
    const catalogue = (await response.json()) as { "@type": string; "dcat:dataset": { "dct:identifier": string; "dcat:distribution": { "dcat:downloadURL": string; "dcat:mediaType": string }[]; "csvw:tableSchema": { "csvw:column": { "csvw:name": string }[] }; "dct:modified": string | null }[] };
    expect(catalogue["@type"]).toBe("dcat:Catalog");
    expect(catalogue["dcat:dataset"].map((d) => d["dct:identifier"])).toEqual(DATASETS.map((d) => d.id));
    for (const entry of catalogue["dcat:dataset"]) {
      const dataset = DATASETS.find((d) => d.id === entry["dct:identifier"])!;
      expect(entry["csvw:tableSchema"]["csvw:column"].map((c) => c["csvw:name"])).toEqual(dataset.columns.map((c) => c.name));
      expect(entry["dcat:distribution"].map((d) => d["dcat:mediaType"])).toEqual(expect.arrayContaining(["text/csv", "application/json"]));
      expect(entry["dct:modified"]).not.toBeNull();
    }
    expect(findPersonalData([], [{ all: JSON.stringify(catalogue) }], personal)).toEqual([]);
  });
});
