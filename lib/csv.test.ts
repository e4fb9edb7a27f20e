import { describe, expect, it } from "vitest";
import { csvDocument, csvField, csvLine, csvStream } from "./csv";

describe("CSV fields (RFC 4180)", () => {
  it("leaves plain text, Arabic included, as it is", () => {
    expect(csvField("A1-01")).toBe("A1-01");
    expect(csvField("تهيئة الطريق")).toBe("تهيئة الطريق");
  });

  it("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("eau, assainissement")).toBe('"eau, assainissement"');
    expect(csvField('le projet "Sanabil"')).toBe('"le projet ""Sanabil"""');
    expect(csvField("سطر أول\nسطر ثان")).toBe('"سطر أول\nسطر ثان"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("الماء، والكهرباء")).toBe("الماء، والكهرباء"); // the Arabic comma is not a separator
  });

  it("writes numbers, booleans, empty values and lists", () => {
    expect(csvField(1_250_000)).toBe("1250000");
    expect(csvField(0)).toBe("0");
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(false)).toBe("false");
    expect(csvField(["ez-zaouia", "ouled-kaddour"])).toBe("ez-zaouia|ouled-kaddour");
    expect(csvField([])).toBe("");
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+212 500")).toBe("'+212 500");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe("-5");
  });
});

describe("CSV lines", () => {
  it("joins the fields with commas, quoting where needed", () => {
    expect(csvLine(["A1-01", "eau, assainissement", 3, null])).toBe('A1-01,"eau, assainissement",3,');
  });
});

describe("CSV files", () => {
  it("start with the UTF-8 BOM, then the header, one CRLF-ended line per row, in the columns' order", () => {
    const csv = csvDocument(["code", "title"], [{ title: "طريق، دوار", code: "A1-01" }]);
    expect(csv).toBe('\uFEFFcode,title\r\nA1-01,طريق، دوار\r\n');
  });
});

describe("csvStream", () => {
  it("streams the same bytes as csvDocument", async () => {
    const columns = ["a", "b"] as const;
    const rows = [{ a: "=1", b: 2 }, { a: "x,y", b: null }];
    async function* gen() { yield* rows; }
    const text = Buffer.from(await new Response(csvStream(columns, gen())).arrayBuffer()).toString("utf8");
    expect(text).toBe(csvDocument(columns, rows));
  });
});
