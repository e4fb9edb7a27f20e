// The CSV import's pure parts: the reader (BOM, separators, quotes, line ends) and the row checks
// with their line numbers. The database is only in `context`.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db/client", () => ({ db: {} }));

const { detectSeparator, importTemplateCsv, parseCsv, readImportFile, validateImport, IMPORT_COLUMNS, MAX_IMPORT_ROWS } = await import("./import");
type ImportContext = import("./import").ImportContext;

const context: ImportContext = {
  programme: { id: 7, startYear: 2022, endYear: 2027 },
  axes: new Map([
    [1, 11],
    [2, 12],
  ]),
  douars: new Map([
    ["ez-zaouia", 21],
    ["ouled-kaddour", 22],
  ]),
  existingCodes: new Set(["A1-01"]),
};

const HEADER = "code,title_ar,title_fr,description_ar,description_fr,axis_number,competence,start_year,end_year,status,status_reason_ar,douars,estimated_cost_mad";
function row(values: Partial<Record<string, string>> = {}): string {
  const v = {
    code: "IMP-01", title_ar: "تهيئة", title_fr: "Aménagement", description_ar: "وصف", description_fr: "Description", axis_number: "1",
    competence: "OWN", start_year: "2023", end_year: "2024", status: "PLANNED", status_reason_ar: "", douars: "", estimated_cost_mad: "1000",
    ...values,
  };
  return HEADER.split(",").map((k) => v[k as keyof typeof v] ?? "").join(",");
}
const bytes = (text: string) => new TextEncoder().encode(text);
function check(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.key);
  return validateImport(parsed.records, context);
}

describe("parseCsv", () => {
  it("reads a plain file with LF line ends", () => {
    const parsed = parseCsv("a,b\n1,2\n");
    expect(parsed).toEqual({ ok: true, separator: ",", records: [{ line: 1, cells: ["a", "b"] }, { line: 2, cells: ["1", "2"] }] });
  });

  it("drops the UTF-8 byte order mark and reads CRLF line ends", () => {
    const parsed = parseCsv("\uFEFFcode,title\r\nX-1,عنوان\r\n");
    expect(parsed.ok && parsed.records).toEqual([{ line: 1, cells: ["code", "title"] }, { line: 2, cells: ["X-1", "عنوان"] }]);
  });

  it("detects semicolons from the header line, even when later lines hold commas", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator('"a;x",b\n')).toBe(",");
    const parsed = parseCsv("a;b\n1,5;2\n");
    expect(parsed.ok && parsed.records[1]!.cells).toEqual(["1,5", "2"]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, keeping each record's first line", () => {
    const parsed = parseCsv('a,b,c\r\n"x, y","he said ""yes""","two\r\nlines"\r\nlast,"",z\r\n');
    expect(parsed.ok && parsed.records).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["x, y", 'he said "yes"', "two\nlines"] },
      { line: 4, cells: ["last", "", "z"] },
    ]);
  });

  it("skips blank lines and a missing final line end but keeps counting lines", () => {
    const parsed = parseCsv("a\n\n1\n\r\n2");
    expect(parsed.ok && parsed.records).toEqual([{ line: 1, cells: ["a"] }, { line: 3, cells: ["1"] }, { line: 5, cells: ["2"] }]);
    const trailing = parseCsv("a\n1\n\n");
    expect(trailing.ok && trailing.records.length).toBe(2);
  });

  it("reports an unclosed quote at the line where it opens, and text after a closing quote", () => {
    expect(parseCsv('a\n"open\nstill open')).toEqual({ ok: false, error: { line: 2, column: null, key: "unterminatedQuote" } });
    expect(parseCsv('a\n"x"y\n')).toEqual({ ok: false, error: { line: 2, column: null, key: "badQuote" } });
  });
});

describe("validateImport", () => {
  it("turns valid rows into the staff form's input, with references resolved", () => {
    const result = check([HEADER, row(), row({ code: "imp-02", douars: "ez-zaouia|Ouled-Kaddour", estimated_cost_mad: "1 200 000", status: "delayed", status_reason_ar: "تأخر الصفقة" })].join("\n"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(result.rows[0]!.input).toMatchObject({ code: "IMP-01", programmeId: 7, axisId: 11, wholeCommune: true, douarIds: [], status: "PLANNED", genderTag: "NOT_ASSESSED", estimatedCostMad: 1000 });
    expect(result.rows[1]!.input).toMatchObject({ code: "IMP-02", wholeCommune: false, douarIds: [21, 22], status: "DELAYED", statusReasonAr: "تأخر الصفقة", estimatedCostMad: 1_200_000 });
  });

  it("lists every error with its file line and column", () => {
    const text = [
      HEADER,
      row(),
      "",
      row({ code: "IMP-03", axis_number: "9", estimated_cost_mad: "-5" }),
      row({ code: "IMP-04", status: "CANCELLED", title_fr: "", end_year: "2031", douars: "nowhere" }),
      row({ code: "IMP-05", estimated_cost_mad: "1500.50", competence: "MAYBE" }),
    ].join("\r\n");
    const result = check(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 4, column: "axis_number", key: "unknownAxis", value: "9" },
      { line: 4, column: "estimated_cost_mad", key: "wholeNumber" },
      { line: 5, column: "title_fr", key: "required" },
      { line: 5, column: "end_year", key: "outsideProgramme" },
      { line: 5, column: "status_reason_ar", key: "reasonRequired" },
      { line: 5, column: "douars", key: "unknownDouar", value: "nowhere" },
      { line: 6, column: "competence", key: "invalidChoice" },
      { line: 6, column: "estimated_cost_mad", key: "wholeDirhams" },
    ]);
  });

  it("reports a code repeated in the file at its second line, and a code already used", () => {
    const result = check([HEADER, row({ code: "IMP-01" }), row({ code: "A1-01" }), row({ code: "imp-01" })].join("\n"));
    expect(!result.ok && result.errors).toEqual([
      { line: 3, column: "code", key: "codeTaken" },
      { line: 4, column: "code", key: "duplicateCode", value: "2" },
    ]);
  });

  it("counts the lines of a multi-line quoted cell", () => {
    const result = check([HEADER, row({ description_ar: '"سطر أول\nسطر ثان"' }), row({ code: "IMP-02", axis_number: "" })].join("\n"));
    expect(!result.ok && result.errors).toEqual([{ line: 4, column: "axis_number", key: "required" }]);
  });

  it("checks the header: missing, unknown and repeated columns; the export's computed columns are ignored", () => {
    const result = check("code,title_ar,title_ar,colour\nX,y,y,z\n");
    expect(!result.ok && result.errors.map((e) => [e.line, e.key, e.value])).toEqual([
      [1, "duplicateColumn", "title_ar"],
      [1, "unknownColumn", "colour"],
      [1, "missingColumn", "title_fr"],
      [1, "missingColumn", "description_ar"],
      [1, "missingColumn", "description_fr"],
      [1, "missingColumn", "axis_number"],
      [1, "missingColumn", "competence"],
      [1, "missingColumn", "start_year"],
      [1, "missingColumn", "end_year"],
    ]);
    const exported = check(`${HEADER},axis_title_ar,physical_percent,url\n${row()},المحور,40,https://example.org\n`);
    expect(exported.ok).toBe(true);
  });

  it("refuses douars together with the whole commune, an unreadable yes/no, and extra cells", () => {
    const text = `${HEADER},whole_commune\n${row({ douars: "ez-zaouia" })},true\n${row({ code: "IMP-02" })},peut-être\n${row({ code: "IMP-03" })},,extra\n`;
    const result = check(text);
    expect(!result.ok && result.errors).toEqual([
      { line: 2, column: "douars", key: "douarsWithWholeCommune" },
      { line: 3, column: "whole_commune", key: "invalidBoolean", value: "peut-être" },
      { line: 4, column: null, key: "tooManyCells" },
    ]);
  });

  it("removes the apostrophe the export puts before a formula-like text", () => {
    const result = check([HEADER, row({ title_fr: "'=Route" })].join("\n"));
    expect(result.ok && result.rows[0]!.input.titleFr).toBe("=Route");
  });

  it("refuses an empty file, a header alone, non-UTF-8 bytes, and too many rows", () => {
    expect(readImportFile(new Uint8Array(), context)).toMatchObject({ ok: false, errors: [{ key: "fileEmpty" }] });
    expect(readImportFile(bytes(`${HEADER}\n`), context)).toMatchObject({ ok: false, errors: [{ key: "noRows" }] });
    expect(readImportFile(Uint8Array.from([0x63, 0x6f, 0xe9, 0x0a]), context)).toMatchObject({ ok: false, errors: [{ key: "notUtf8" }] });
    const many = [HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => row({ code: `IMP-${i}` }))].join("\n");
    expect(readImportFile(bytes(many), context)).toMatchObject({ ok: false, errors: [{ key: "tooManyRows" }] });
  });

  it("accepts a semicolon file with a BOM, as spreadsheets in French save them", () => {
    const text = `\uFEFF${HEADER.replaceAll(",", ";")}\r\n${row({ title_fr: "Route; piste" }).replaceAll(",", ";").replace("Route; piste", '"Route; piste"')}\r\n`;
    const result = readImportFile(bytes(text), context);
    expect(result.ok && result.rows[0]!.input.titleFr).toBe("Route; piste");
  });
});

describe("importTemplateCsv", () => {
  it("has the BOM, the import columns and one example row that passes the checks", () => {
    const csv = importTemplateCsv({ axisNumber: 2, douarSlug: "ez-zaouia", startYear: 2022, endYear: 2023 });
    expect(csv.startsWith("\uFEFFcode,title_ar,")).toBe(true);
    expect(csv.split("\r\n")[0]!.replace("\uFEFF", "").split(",")).toEqual(IMPORT_COLUMNS.map((c) => c.key));
    const result = readImportFile(bytes(csv), context);
    expect(result.ok && result.rows[0]!.input).toMatchObject({ code: "EX-01", axisId: 12, douarIds: [21], wholeCommune: false });
  });
});
