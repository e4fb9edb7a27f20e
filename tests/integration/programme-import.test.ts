// The projects import (lib/programme/import.ts) against the real database: all or nothing, one
// audit event per project plus one for the file, codes already used reported on their line, and
// only staff with "programme.manage" may import.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { importProjects } from "@/lib/programme/import";
import { createUser, resetDatabase, signInAs, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.80";
let editor: TestUser;
let citizen: TestUser;

const HEADER = "code,title_ar,title_fr,description_ar,description_fr,axis_number,competence,start_year,end_year,status,status_reason_ar,douars,estimated_cost_mad";
const LINES = [
  'IMP-01,تهيئة ساحة,Aménagement de place,"وصف، بفاصلة",Description,1,OWN,2023,2024,PLANNED,,douar-a|douar-b,"1 200 000"',
  "IMP-02,إنارة عمومية,Éclairage public,وصف,Description,2,SHARED,2024,2025,DELAYED,تأخر الصفقة,,",
  "IMP-03,ملعب القرب,Terrain de proximité,وصف,Description,1,TRANSFERRED,2022,2027,IN_PROGRESS,,douar-b,500000",
];
const file = (lines: string[], name = "projets.csv") => ({ name, bytes: new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`) });

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE programmes, plan_axes, douars, projects RESTART IDENTITY CASCADE");
  const programme = await db.programme.create({ data: { startYear: 2022, endYear: 2027, titleAr: "برنامج عمل الجماعة", titleFr: "Programme d'action" } });
  await db.planAxis.createMany({ data: [1, 2].map((number) => ({ number, titleAr: `المحور ${number}`, titleFr: `Axe ${number}` })) });
  await db.douar.createMany({ data: [{ slug: "douar-a", nameAr: "دوار أ", nameFr: "Douar A" }, { slug: "douar-b", nameAr: "دوار ب", nameFr: "Douar B" }] });
  const axis = await db.planAxis.findFirstOrThrow({ where: { number: 1 } });
  await db.project.create({
    data: { programmeId: programme.id, axisId: axis.id, code: "A1-01", titleAr: "مشروع قائم", titleFr: "Projet existant", descriptionAr: "وصف", descriptionFr: "Description", competence: "OWN", startYear: 2022, endYear: 2023 },
  });
  editor = await createUser({ roles: ["STAFF_EDITOR"] });
  citizen = await createUser({ roles: ["CITIZEN"] });
});

beforeEach(async () => {
  await db.project.deleteMany({ where: { code: { startsWith: "IMP-" } } });
  signOut();
});

afterAll(() => signOut());

describe("importProjects", () => {
  it("creates every project of a valid file in one go, with its douars and audit events", async () => {
    await signInAs(editor);
    const result = await importProjects(file(LINES), IP);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created.map((p) => p.code)).toEqual(["IMP-01", "IMP-02", "IMP-03"]);

    const projects = await db.project.findMany({
      where: { code: { startsWith: "IMP-" } },
      orderBy: { code: "asc" },
      include: { douars: { include: { douar: true } }, axis: true },
    });
    expect(projects.map((p) => [p.code, p.axis.number, p.status, p.wholeCommune, p.estimatedCostMad, p.douars.map((d) => d.douar.slug).sort()])).toEqual([
      ["IMP-01", 1, "PLANNED", false, 1_200_000, ["douar-a", "douar-b"]],
      ["IMP-02", 2, "DELAYED", true, null, []],
      ["IMP-03", 1, "IN_PROGRESS", false, 500_000, ["douar-b"]],
    ]);
    expect(projects[0]!.descriptionAr).toBe("وصف، بفاصلة");
    expect(projects[1]!.statusReasonAr).toBe("تأخر الصفقة");

    const events = await db.auditEvent.findMany({ where: { action: { in: ["project.imported", "projects.imported"] } }, orderBy: { id: "asc" } });
    const perProject = events.filter((e) => e.action === "project.imported");
    expect(perProject.map((e) => e.targetId)).toEqual(projects.map((p) => String(p.id)));
    expect(perProject.every((e) => e.actorId === editor.id && e.ip === IP)).toBe(true);
    expect(perProject[0]!.after).toMatchObject({ code: "IMP-01", titleFr: "Aménagement de place", wholeCommune: false, line: 2, fileName: "projets.csv" });
    const summary = events.find((e) => e.action === "projects.imported");
    expect(summary?.after).toMatchObject({ fileName: "projets.csv", count: 3, codes: ["IMP-01", "IMP-02", "IMP-03"] });
    expect((summary?.after as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("creates nothing when one line is wrong, and names that line and column", async () => {
    await signInAs(editor);
    const before = await db.auditEvent.count();
    const result = await importProjects(file([LINES[0]!, LINES[1]!.replace("2024,2025", "2024,2031"), LINES[2]!]), IP);
    expect(result).toEqual({ ok: false, errors: [{ line: 3, column: "end_year", key: "outsideProgramme" }], errorCount: 1 });
    expect(await db.project.count({ where: { code: { startsWith: "IMP-" } } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("reports a code already in the database on its line", async () => {
    await signInAs(editor);
    const result = await importProjects(file([LINES[0]!, LINES[1]!.replace("IMP-02", "a1-01")]), IP);
    expect(result).toEqual({ ok: false, errors: [{ line: 3, column: "code", key: "codeTaken" }], errorCount: 1 });
    expect(await db.project.count({ where: { code: { startsWith: "IMP-" } } })).toBe(0);
  });

  it("refuses a second import of the same file: its codes are taken now", async () => {
    await signInAs(editor);
    expect((await importProjects(file(LINES), IP)).ok).toBe(true);
    const again = await importProjects(file(LINES), IP);
    expect(!again.ok && again.errors.map((e) => [e.line, e.key])).toEqual([[2, "codeTaken"], [3, "codeTaken"], [4, "codeTaken"]]);
    expect(await db.project.count({ where: { code: { startsWith: "IMP-" } } })).toBe(3);
  });

  it("lets a citizen import nothing", async () => {
    await signInAs(citizen);
    await expect(importProjects(file(LINES), IP)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.project.count({ where: { code: { startsWith: "IMP-" } } })).toBe(0);
  });
});
