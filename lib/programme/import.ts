import "server-only";
// Importing projects from a CSV file (staff, "programme.manage"). Three steps:
//   1. parseCsv: a small RFC 4180 reader (UTF-8 with or without BOM, comma or semicolon,
//      quoted fields with separators, quotes and line breaks, CRLF or LF), keeping each record's
//      file line so that errors point at what a spreadsheet shows.
//   2. validateImport: every row through the staff form's own schema (ProjectSchema), after
//      turning the file's references (axis number, douar slugs) into ids; plus what only a file
//      can get wrong (unknown columns, a code repeated in the file). Every error is collected.
//   3. importProjects: if nothing is wrong, all the projects in ONE transaction with their audit
//      events; otherwise nothing is written.
// Column names are those of the open-data export (lib/programme/open-data.ts), so that an export
// can be edited and imported again; the export's computed columns (figures, names, url…) are ignored.
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { latinDigits } from "@/lib/forms/zod-fields";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { csvField, LIST_SEPARATOR, UTF8_BOM } from "@/lib/csv";
import { OPEN_DATA_COLUMNS } from "./open-data";
import { getCurrentProgramme } from "./queries";
import { isOutsideProgramme } from "./rules";
import { COMPETENCES, GENDER_TAGS, PROJECT_ERROR_KEYS, PROJECT_STATUSES, ProjectSchema, type ProjectInput } from "./schemas";
import { projectData } from "./service";

/** The largest file accepted, in bytes, and the most projects in one file. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1000;
/** At most this many errors are sent back (the total is always given). */
export const MAX_REPORTED_ERRORS = 300;

/** The columns an import file may have, in the template's order, with the ProjectSchema field each fills. */
export const IMPORT_COLUMNS = [
  { key: "code", field: "code", required: true },
  { key: "title_ar", field: "titleAr", required: true },
  { key: "title_fr", field: "titleFr", required: true },
  { key: "description_ar", field: "descriptionAr", required: true },
  { key: "description_fr", field: "descriptionFr", required: true },
  { key: "axis_number", field: "axisId", required: true },
  { key: "status", field: "status", required: false },
  { key: "status_reason_ar", field: "statusReasonAr", required: false },
  { key: "status_reason_fr", field: "statusReasonFr", required: false },
  { key: "competence", field: "competence", required: true },
  { key: "gender_tag", field: "genderTag", required: false },
  { key: "start_year", field: "startYear", required: true },
  { key: "end_year", field: "endYear", required: true },
  { key: "priority_rank", field: "priorityRank", required: false },
  { key: "whole_commune", field: "wholeCommune", required: false },
  { key: "douars", field: "douarIds", required: false },
  { key: "estimated_cost_mad", field: "estimatedCostMad", required: false },
  { key: "responsible_service", field: "responsibleService", required: false },
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]["key"];

const IMPORT_KEYS = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
/** Columns of the export that an import ignores (computed, or kept elsewhere). */
const IGNORED_COLUMNS = new Set<string>(OPEN_DATA_COLUMNS.map((c) => c.key).filter((key) => !IMPORT_KEYS.has(key)));
const COLUMN_OF_FIELD = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [c.field, c.key]));

/** The import's own error keys (ProgrammeImport.errors); the schema's keys are translated there too. */
export const IMPORT_ERROR_KEYS = [
  "fileEmpty",
  "fileTooLarge",
  "notUtf8",
  "tooManyRows",
  "noRows",
  "unterminatedQuote",
  "badQuote",
  "tooManyCells",
  "missingColumn",
  "unknownColumn",
  "duplicateColumn",
  "duplicateCode",
  "unknownAxis",
  "unknownDouar",
  "douarsWithWholeCommune",
  "invalidBoolean",
  "wholeDirhams",
  "noProgramme",
] as const;

/** Every key an import error may carry: the import's own, the schema's (ProgrammeAdmin.errors) and the core ones. */
export const ALL_IMPORT_ERROR_KEYS = [
  ...IMPORT_ERROR_KEYS,
  "required",
  "tooLong",
  "bidiControl",
  ...PROJECT_ERROR_KEYS,
] as const;
export type ImportErrorKey = (typeof ALL_IMPORT_ERROR_KEYS)[number];

/**
 * One problem: the file line (1-based, header = 1; a record spanning several lines is reported
 * at its first), the column (null for the whole line or file), a message key, and the offending
 * value or a number the message names (e.g. the line where a code first appears).
 */
export type ImportError = { line: number | null; column: string | null; key: ImportErrorKey; value?: string };

// ---------------------------------------------------------------------------------------------
// 1. Reading the file
// ---------------------------------------------------------------------------------------------

export type CsvRecord = { line: number; cells: string[] };
export type ParsedCsv = { ok: true; separator: "," | ";"; records: CsvRecord[] } | { ok: false; error: ImportError };

/** Comma or semicolon: whichever occurs more often, outside quotes, on the header line (comma on a tie). */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Reads CSV text into records (the header is the first). Blank lines are skipped, but they still
 * count for the line numbers. A quote opens a quoted field only at the start of a field; inside,
 * two quotes are one quote. After a closing quote only a separator or a line end may follow.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // A blank line (one empty cell) is not a record.
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === "") {
      // A quoted field: read to its closing quote.
      const startLine = line;
      i += 1;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        if (c === "\r" && text[i + 1] === "\n") {
          cell += "\n";
          i += 2;
          line += 1;
          continue;
        }
        if (c === "\n" || c === "\r") {
          cell += "\n";
          line += 1;
        } else cell += c;
        i += 1;
      }
      if (!closed) return { ok: false, error: { line: startLine, column: null, key: "unterminatedQuote" } };
      const next = text[i];
      if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
        return { ok: false, error: { line, column: null, key: "badQuote" } };
      }
      // An empty quoted field must not be taken for the start of another one.
      if (cell === "") cell = "\u0000";
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = "";
      i += 1;
      continue;
    }
    if (char === "\n" || char === "\r") {
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    cell += char;
    i += 1;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  for (const record of records) record.cells = record.cells.map((c) => (c === "\u0000" ? "" : c));
  return { ok: true, separator, records };
}

// ---------------------------------------------------------------------------------------------
// 2. Checking the rows
// ---------------------------------------------------------------------------------------------

/** What the rows are checked against: the current programme and the references that exist. */
export type ImportContext = {
  programme: { id: number; startYear: number; endYear: number } | null;
  /** Axis number → axis id. */
  axes: ReadonlyMap<number, number>;
  /** Douar slug (lower case) → douar id. */
  douars: ReadonlyMap<string, number>;
  /** Codes (upper case) already used by a project. */
  existingCodes: ReadonlySet<string>;
};

export type ValidRow = { line: number; input: ProjectInput };
export type Validation = { ok: true; rows: ValidRow[] } | { ok: false; errors: ImportError[] };

// The export prefixes a text that a spreadsheet would run as a formula with an apostrophe; it goes away again.
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;
const TRUE_WORDS = new Set(["true", "1", "yes", "oui", "vrai", "نعم"]);
const FALSE_WORDS = new Set(["false", "0", "no", "non", "faux", "لا", ""]);
// A dirham amount with a decimal part ("1500.50", "1500,5"): a group separator is followed by three digits.
const DECIMAL_PART = /[.,](\d{1,2}|\d{4,})\s*$/;

/** The header's column names, normalized (trimmed, lower case). */
function columnName(raw: string): string {
  return raw.trim().toLowerCase();
}

function checkHeader(header: string[]): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const name = columnName(raw);
    if (name === "") continue;
    if (seen.has(name)) errors.push({ line: 1, column: name, key: "duplicateColumn", value: name });
    else if (!IMPORT_KEYS.has(name) && !IGNORED_COLUMNS.has(name)) errors.push({ line: 1, column: name, key: "unknownColumn", value: name });
    seen.add(name);
  }
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.key)) errors.push({ line: 1, column: column.key, key: "missingColumn", value: column.key });
  }
  return errors;
}

/** Reads every data record into a ProjectInput, or lists every problem. Pure: the database is in `context`. */
export function validateImport(records: readonly CsvRecord[], context: ImportContext): Validation {
  const [headerRecord, ...rows] = records;
  if (!headerRecord) return { ok: false, errors: [{ line: null, column: null, key: "fileEmpty" }] };
  const header = headerRecord.cells.map(columnName);
  const headerErrors = checkHeader(headerRecord.cells);
  if (headerErrors.length) return { ok: false, errors: headerErrors };
  if (rows.length === 0) return { ok: false, errors: [{ line: null, column: null, key: "noRows" }] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [{ line: null, column: null, key: "tooManyRows", value: String(MAX_IMPORT_ROWS) }] };
  if (!context.programme) return { ok: false, errors: [{ line: null, column: null, key: "noProgramme" }] };
  const programme = context.programme;

  const errors: ImportError[] = [];
  const valid: ValidRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const record of rows) {
    const rowErrors = new Map<string, ImportError>();
    // The first problem of each column is the one reported.
    const fail = (column: string | null, key: ImportErrorKey, value?: string) => {
      const id = column ?? "";
      if (!rowErrors.has(id)) rowErrors.set(id, { line: record.line, column, key, ...(value !== undefined ? { value } : {}) });
    };
    if (record.cells.length > header.length && record.cells.slice(header.length).some((c) => c.trim() !== "")) fail(null, "tooManyCells");
    const cell = (key: ImportColumn): string => {
      const index = header.indexOf(key);
      return index === -1 ? "" : (record.cells[index] ?? "").replace(FORMULA_GUARD, "");
    };

    // References: axis number and douar slugs become ids.
    let axisId = "";
    const axisText = latinDigits(cell("axis_number").trim());
    if (axisText !== "") {
      if (!/^\d{1,6}$/.test(axisText)) fail("axis_number", "wholeNumber");
      else if (!context.axes.has(Number(axisText))) fail("axis_number", "unknownAxis", axisText);
      else axisId = String(context.axes.get(Number(axisText)));
    }
    const slugs = [...new Set(cell("douars").split(LIST_SEPARATOR).map((s) => s.trim().toLowerCase()).filter(Boolean))];
    const douarIds: string[] = [];
    for (const slug of slugs) {
      const id = context.douars.get(slug);
      if (id === undefined) fail("douars", "unknownDouar", slug);
      else douarIds.push(String(id));
    }
    const wholeText = cell("whole_commune").trim().toLowerCase();
    let wholeCommune = slugs.length === 0;
    if (TRUE_WORDS.has(wholeText)) wholeCommune = true;
    else if (wholeText !== "" && FALSE_WORDS.has(wholeText)) wholeCommune = false;
    else if (wholeText !== "") fail("whole_commune", "invalidBoolean", cell("whole_commune").trim());
    // The form ignores douars when the whole commune is concerned; a file saying both is contradictory.
    if (wholeCommune && slugs.length > 0) fail("douars", "douarsWithWholeCommune");
    const cost = latinDigits(cell("estimated_cost_mad"));
    if (DECIMAL_PART.test(cost)) fail("estimated_cost_mad", "wholeDirhams");

    const upper = (key: ImportColumn, fallback: string) => cell(key).trim().toUpperCase() || fallback;
    const parsed = ProjectSchema.safeParse({
      code: cell("code"),
      programmeId: String(programme.id),
      axisId,
      titleAr: cell("title_ar"),
      titleFr: cell("title_fr"),
      descriptionAr: cell("description_ar"),
      descriptionFr: cell("description_fr"),
      competence: upper("competence", ""),
      genderTag: upper("gender_tag", "NOT_ASSESSED"),
      wholeCommune: wholeCommune ? "on" : undefined,
      douarIds,
      priorityRank: cell("priority_rank"),
      startYear: cell("start_year"),
      endYear: cell("end_year"),
      estimatedCostMad: cost,
      responsibleService: cell("responsible_service"),
      status: upper("status", "PLANNED"),
      statusReasonAr: cell("status_reason_ar"),
      statusReasonFr: cell("status_reason_fr"),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        const key = (ALL_IMPORT_ERROR_KEYS as readonly string[]).includes(issue.message) ? (issue.message as ImportErrorKey) : "required";
        // A douar the file names but that does not exist is reported as such, not as "no douar".
        if (field === "douarIds" && key === "douarsOrWholeCommune" && slugs.length > 0) continue;
        fail(COLUMN_OF_FIELD.get(field) ?? null, key);
      }
    }
    // Years inside the programme, checked even when another field is wrong (the schema checks the range 2000–2100).
    for (const column of ["start_year", "end_year"] as const) {
      const year = latinDigits(cell(column).trim());
      if (/^\d{4}$/.test(year) && isOutsideProgramme(Number(year), programme)) fail(column, "outsideProgramme");
    }
    // Codes: unique in the file and not already used (the schema upper-cases them).
    const code = cell("code").trim().toUpperCase();
    if (code) {
      const first = firstLineOfCode.get(code);
      if (first !== undefined) fail("code", "duplicateCode", String(first));
      else {
        firstLineOfCode.set(code, record.line);
        if (context.existingCodes.has(code)) fail("code", "codeTaken");
      }
    }
    if (rowErrors.size) errors.push(...rowErrors.values());
    else if (parsed.success) valid.push({ line: record.line, input: parsed.data });
  }
  if (errors.length) {
    const order = (column: string | null) => (column === null ? -1 : header.indexOf(column));
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || order(a.column) - order(b.column));
    return { ok: false, errors };
  }
  return { ok: true, rows: valid };
}

/** Decodes the file's bytes as UTF-8 (with or without BOM), or says it is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Everything short of the database: size, encoding, CSV syntax, rows. */
export function readImportFile(bytes: Uint8Array, context: ImportContext): Validation {
  if (bytes.length === 0) return { ok: false, errors: [{ line: null, column: null, key: "fileEmpty" }] };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, errors: [{ line: null, column: null, key: "fileTooLarge" }] };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, errors: [{ line: null, column: null, key: "notUtf8" }] };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return validateImport(parsed.records, context);
}

// ---------------------------------------------------------------------------------------------
// 3. Writing
// ---------------------------------------------------------------------------------------------

export type ImportedProject = { id: number; code: string; titleAr: string; titleFr: string };
export type ImportResult =
  | { ok: true; created: ImportedProject[] }
  | { ok: false; errors: ImportError[]; errorCount: number };

function failed(errors: ImportError[]): ImportResult {
  return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length };
}

/** The references the rows are checked against, read from the database. */
async function loadContext(codes: readonly string[]): Promise<ImportContext> {
  const [programme, axes, douars, existing] = await Promise.all([
    getCurrentProgramme(),
    db.planAxis.findMany({ select: { id: true, number: true } }),
    db.douar.findMany({ select: { id: true, slug: true } }),
    codes.length ? db.project.findMany({ where: { code: { in: [...codes] } }, select: { code: true } }) : Promise.resolve([]),
  ]);
  return {
    programme: programme && { id: programme.id, startYear: programme.startYear, endYear: programme.endYear },
    axes: new Map(axes.map((a) => [a.number, a.id])),
    douars: new Map(douars.map((d) => [d.slug.toLowerCase(), d.id])),
    existingCodes: new Set(existing.map((p) => p.code.toUpperCase())),
  };
}

/** The codes a file names, so that only those are looked up. */
function codesIn(bytes: Uint8Array): string[] {
  const text = decodeUtf8(bytes);
  const parsed = text === null ? null : parseCsv(text);
  if (!parsed?.ok || !parsed.records.length) return [];
  const index = parsed.records[0]!.cells.map(columnName).indexOf("code");
  if (index === -1) return [];
  return [...new Set(parsed.records.slice(1).map((r) => (r.cells[index] ?? "").trim().toUpperCase()).filter(Boolean))];
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Imports the projects of a CSV file: all of them, or none when any row is wrong (the errors are
 * returned by line and column). One transaction writes the projects, their douars, one audit
 * event per project ("project.imported", the fields as created, like "project.created") and one
 * event for the file ("projects.imported": name, SHA-256, count, codes).
 */
export async function importProjects(file: { name: string; bytes: Uint8Array }, ip: string | null): Promise<ImportResult> {
  const actor = await requirePermission("programme.manage");
  if (file.bytes.length > MAX_IMPORT_BYTES) return failed([{ line: null, column: null, key: "fileTooLarge" }]);
  const check = async () => readImportFile(file.bytes, await loadContext(codesIn(file.bytes)));
  const validation = await check();
  if (!validation.ok) return failed(validation.errors);
  const rows = validation.rows;
  const programmeId = rows[0]!.input.programmeId;
  try {
    const created = await db.$transaction(
      async (tx) => {
        const data = rows.map(({ input }) => ({ code: input.code, ...projectData(input) }));
        const projects = await tx.project.createManyAndReturn({ data, select: { id: true, code: true } });
        const idOf = new Map(projects.map((p) => [p.code, p.id]));
        const links = rows.flatMap(({ input }) =>
          input.wholeCommune ? [] : [...new Set(input.douarIds)].map((douarId) => ({ projectId: idOf.get(input.code)!, douarId })),
        );
        if (links.length) await tx.projectDouar.createMany({ data: links });
        for (const [index, row] of rows.entries()) {
          const fields = data[index]!;
          await recordAudit(tx, {
            actorId: actor.id,
            action: "project.imported",
            targetType: "project",
            targetId: String(idOf.get(fields.code)),
            after: { ...fields, douarIds: fields.wholeCommune ? [] : [...new Set(row.input.douarIds)].sort((a, b) => a - b), fileName: file.name, line: row.line },
            ip,
          });
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: "projects.imported",
          targetType: "programme",
          targetId: String(programmeId),
          after: {
            fileName: file.name,
            sha256: createHash("sha256").update(file.bytes).digest("hex"),
            count: rows.length,
            codes: data.map((d) => d.code),
          },
          ip,
        });
        return data.map((d) => ({ id: idOf.get(d.code)!, code: d.code, titleAr: d.titleAr, titleFr: d.titleFr }));
      },
      { timeout: 60_000 },
    );
    return { ok: true, created };
  } catch (error) {
    // Someone created one of the codes meanwhile: check again, which names the line.
    if (isUniqueViolation(error)) {
      const again = await check();
      if (!again.ok) return failed(again.errors);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The template
// ---------------------------------------------------------------------------------------------

export type TemplateExample = { axisNumber: number; douarSlug: string | null; startYear: number; endYear: number };

/** The template file: UTF-8 BOM, the header, one example row, CRLF line ends. */
export function importTemplateCsv(example: TemplateExample): string {
  const values: Record<ImportColumn, string | number | null> = {
    code: "EX-01",
    title_ar: "تهيئة ساحة الدوار",
    title_fr: "Aménagement de la place du douar",
    description_ar: "تبليط الساحة وغرس الأشجار، بتشاور مع ساكنة الدوار.",
    description_fr: "Pavage de la place et plantation d’arbres, en concertation avec les habitants du douar.",
    axis_number: example.axisNumber,
    status: "PLANNED",
    status_reason_ar: null,
    status_reason_fr: null,
    competence: "OWN",
    gender_tag: "NOT_ASSESSED",
    start_year: example.startYear,
    end_year: example.endYear,
    priority_rank: 1,
    whole_commune: example.douarSlug ? "false" : "true",
    douars: example.douarSlug,
    estimated_cost_mad: 250000,
    responsible_service: "المصلحة التقنية",
  };
  const header = IMPORT_COLUMNS.map((c) => c.key).join(",");
  const row = IMPORT_COLUMNS.map((c) => csvField(values[c.key])).join(",");
  return `${UTF8_BOM}${header}\r\n${row}\r\n`;
}

/** The example of the template, from what exists: the first axis, a douar, the programme's first two years. */
export async function templateExample(): Promise<TemplateExample> {
  await requirePermission("programme.manage");
  const [programme, axis, douar] = await Promise.all([
    getCurrentProgramme(),
    db.planAxis.findFirst({ orderBy: { number: "asc" }, select: { number: true } }),
    db.douar.findFirst({ orderBy: { slug: "asc" }, where: { isDemo: false }, select: { slug: true } }),
  ]);
  const start = programme?.startYear ?? new Date().getFullYear();
  return { axisNumber: axis?.number ?? 1, douarSlug: douar?.slug ?? null, startYear: start, endYear: Math.min(start + 1, programme?.endYear ?? start + 1) };
}

/** The values the columns with a fixed list accept, for the page's column guide and messages. */
export const IMPORT_CHOICES = { status: PROJECT_STATUSES, competence: COMPETENCES, gender_tag: GENDER_TAGS } as const;
