import { describe, expect, it } from "vitest";
import { makePdf } from "@/tests/support/pdf";
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from "./documents";

const bytes = (text: string) => new TextEncoder().encode(text);
// The smallest ZIP-based workbook signature: a local header followed by the part names.
const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes("....[Content_Types].xml....xl/workbook.xml....")]);

describe("library file checks", () => {
  it("accepts a real PDF, CSV and XLSX named as what they are", () => {
    expect(checkDocumentFile(makePdf(["Budget 2026"]), "budget.pdf")).toEqual({ ok: true, format: "PDF" });
    expect(checkDocumentFile(bytes("annee;montant\n2026;1200\n"), "subventions.csv")).toEqual({ ok: true, format: "CSV" });
    expect(checkDocumentFile(xlsx, "marches.XLSX")).toEqual({ ok: true, format: "XLSX" });
  });

  it("refuses an HTML page, an SVG picture and a program that claim to be PDFs", () => {
    expect(checkDocumentFile(bytes("<!doctype html><script>alert(1)</script>"), "decision.pdf")).toEqual({ ok: false, error: "fileTypeRefused" });
    expect(checkDocumentFile(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "decision.pdf")).toEqual({ ok: false, error: "fileTypeRefused" });
    expect(checkDocumentFile(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), "decision.pdf")).toEqual({ ok: false, error: "fileTypeRefused" });
    expect(checkDocumentFile(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]), "decision.pdf")).toEqual({ ok: false, error: "fileTypeRefused" });
  });

  it("refuses a file whose name says another format than its bytes", () => {
    expect(checkDocumentFile(makePdf(["x"]), "table.csv")).toEqual({ ok: false, error: "fileTypeMismatch" });
    expect(checkDocumentFile(makePdf(["x"]), "decision")).toEqual({ ok: false, error: "fileTypeMismatch" });
  });

  it("refuses an empty and an oversized file", () => {
    expect(checkDocumentFile(new Uint8Array(), "vide.pdf")).toEqual({ ok: false, error: "fileEmpty" });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(bytes("%PDF-1.4"));
    expect(checkDocumentFile(big, "gros.pdf")).toEqual({ ok: false, error: "fileTooLarge" });
  });
});
