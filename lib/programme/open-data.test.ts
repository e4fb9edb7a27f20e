import { describe, expect, it } from "vitest";
import { csvDocument, UTF8_BOM } from "@/lib/csv";
import {
  moroccanDate,
  OPEN_DATA_COLUMNS,
  openDataFilename,
  openDataRow,
  toJson,
  type OpenDataSource,
} from "./open-data";

const source = (overrides: Partial<OpenDataSource> = {}): OpenDataSource => ({
  code: "A1-01",
  titleAr: "تهيئة الطريق المؤدية إلى دوار الزاوية",
  titleFr: "Aménagement de la piste menant au douar Ez-Zaouia",
  descriptionAr: "وصف",
  descriptionFr: "Description",
  axis: { number: 1, titleAr: "المدخل 1", titleFr: "Axe 1" },
  status: "IN_PROGRESS",
  statusReasonAr: null,
  statusReasonFr: null,
  competence: "OWN",
  genderTag: "SENSITIVE",
  startYear: 2023,
  endYear: 2025,
  priorityRank: 2,
  wholeCommune: false,
  douars: [
    { slug: "ez-zaouia", nameAr: "الزاوية", nameFr: "Ez-Zaouia" },
    { slug: "ouled-kaddour", nameAr: "أولاد قدور", nameFr: "Ouled Kaddour" },
  ],
  estimatedCostMad: 1_250_000,
  latest: { recordedAt: new Date("2026-03-31T23:30:00Z"), physicalPercent: 40, financialPercent: 35, committedMad: 900_000, spentMad: 437_500 },
  fundingLines: [
    { partner: "INDH", amountMad: 750_000 },
    { partner: "الجماعة", amountMad: 500_000 },
  ],
  partners: [{ association: { name: "جمعية الأمل للتنمية" } }],
  responsibleService: "المصلحة التقنية",
  isDemo: true,
  updatedAt: new Date("2026-04-01T08:00:00Z"),
  ...overrides,
});

/** Parses one CSV line-set the way a spreadsheet does (RFC 4180), to check the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

/** The programme's CSV as the open-data route streams it (lib/open-data/stream.test.ts: same bytes). */
const programmeCsv = (rows: Parameters<typeof csvDocument>[1]) => csvDocument(OPEN_DATA_COLUMNS.map((c) => c.key), rows);

describe("the programme as CSV", () => {
  it("starts with the UTF-8 byte order mark, so that spreadsheets open Arabic", () => {
    const csv = programmeCsv([openDataRow(source(), "https://x/programme/projects/A1-01")]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("has the documented columns, one row per project, and round-trips tricky text", () => {
    const tricky = source({
      code: "A2-03",
      titleAr: 'مشروع "السنابل"، المرحلة الأولى, 2025',
      descriptionFr: "Ligne 1\nLigne 2, avec virgule\r\nLigne 3 « guillemets » et \"quotes\"",
      douars: [],
      latest: null,
      fundingLines: [],
      partners: [],
    });
    const csv = programmeCsv([openDataRow(source(), "https://x/p/A1-01"), openDataRow(tricky, "https://x/p/A2-03")]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(OPEN_DATA_COLUMNS.map((c) => c.key));
    const byKey = (row: string[]) => Object.fromEntries(rows[0]!.map((key, i) => [key, row[i]]));
    const first = byKey(rows[1]!);
    expect(first.title_ar).toBe("تهيئة الطريق المؤدية إلى دوار الزاوية");
    expect(first.douar_names_ar).toBe("الزاوية|أولاد قدور");
    expect(first.physical_percent).toBe("40");
    expect(first.funding_mad).toBe("1250000");
    expect(first.figures_date).toBe("2026-04-01"); // 23:30 UTC on 31 March is 1 April in Morocco
    const second = byKey(rows[2]!);
    expect(second.title_ar).toBe('مشروع "السنابل"، المرحلة الأولى, 2025');
    expect(second.description_fr).toBe("Ligne 1\nLigne 2, avec virgule\r\nLigne 3 « guillemets » et \"quotes\"");
    expect(second.physical_percent).toBe("");
    expect(second.funding_mad).toBe("");
    expect(rows.every((row) => row.length === OPEN_DATA_COLUMNS.length)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("carries no personal data: no e-mail address, no column about people", () => {
    const csv = programmeCsv([openDataRow(source(), "https://x/p/A1-01")]);
    expect(csv).not.toMatch(/@/);
    expect(OPEN_DATA_COLUMNS.map((c) => c.key).join()).not.toMatch(/author|email|user|name_of|phone/);
  });
});

describe("the programme as JSON", () => {
  it("has the same fields as the CSV, lists as arrays, and parses back", () => {
    const row = openDataRow(source(), "https://x/p/A1-01");
    const document = JSON.parse(
      JSON.stringify(
        toJson({ startYear: 2022, endYear: 2027, titleAr: "برنامج عمل الجماعة", titleFr: "Programme d'action" }, [row], {
          generatedAt: new Date("2026-11-29T10:00:00Z"),
          source: "https://x/programme",
          dictionary: "https://x/programme/data",
        }),
      ),
    );
    expect(Object.keys(document.projects[0])).toEqual(OPEN_DATA_COLUMNS.map((c) => c.key));
    expect(document.columns).toEqual(OPEN_DATA_COLUMNS.map((c) => c.key));
    expect(document.projects[0].douars).toEqual(["ez-zaouia", "ouled-kaddour"]);
    expect(document.projects[0].estimated_cost_mad).toBe(1_250_000);
    expect(document.programme).toEqual({ start_year: 2022, end_year: 2027, title_ar: "برنامج عمل الجماعة", title_fr: "Programme d'action" });
    expect(document.generated_at).toBe("2026-11-29T10:00:00.000Z");
  });

  it("names the files after the programme's years", () => {
    expect(openDataFilename({ startYear: 2022, endYear: 2027 }, "csv")).toBe("programme-2022-2027.csv");
    expect(openDataFilename({ startYear: 2022, endYear: 2027 }, "json")).toBe("programme-2022-2027.json");
  });

  it("dates figures in Morocco's calendar", () => {
    expect(moroccanDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
