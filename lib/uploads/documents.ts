// Files of the document library (law 31.13 art. 10): PDFs, and CSV or XLSX for data tables. What a
// file is comes from its bytes; a name whose extension says otherwise is refused, as is anything
// else (an HTML page or an SVG picture renamed .pdf, a program). Stored as sent, never re-encoded:
// a published document is the commune's record. Served with safe headers by
// app/api/files/documents/[id]/route.ts.
import { sniffType } from "./sniff";

/** 20 MB (issue 7); next.config.ts's server-action body limit is a little above it. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentFormatValue = "PDF" | "CSV" | "XLSX";

export const DOCUMENT_MIME_TYPES: Record<DocumentFormatValue, string> = {
  PDF: "application/pdf",
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** What the file input accepts (a hint for the browser; the bytes decide). */
export const DOCUMENT_ACCEPT = ".pdf,.csv,.xlsx,application/pdf,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Message keys under "Documents.errors". */
export type DocumentFileError = "fileMissing" | "fileEmpty" | "fileTooLarge" | "fileTypeRefused" | "fileTypeMismatch";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** An Office Open XML workbook: a ZIP whose entry names (stored in clear) include the workbook part. */
function isXlsx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP)) return false;
  const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024))).toString("latin1");
  return names.includes("[Content_Types].xml") && names.includes("xl/workbook.xml");
}

/**
 * A CSV table: valid UTF-8 text without control characters (other than tab and line breaks),
 * not markup, whose first line has a separator.
 */
function isCsv(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false;
  if (/^\s*</.test(text)) return false;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine);
}

function sniffDocument(bytes: Uint8Array): DocumentFormatValue | null {
  if (sniffType(bytes) === "pdf") return "PDF";
  if (isXlsx(bytes)) return "XLSX";
  if (isCsv(bytes)) return "CSV";
  return null;
}

const EXTENSIONS: Record<string, DocumentFormatValue> = { pdf: "PDF", csv: "CSV", xlsx: "XLSX" };

export type DocumentFileCheck = { ok: true; format: DocumentFormatValue } | { ok: false; error: DocumentFileError };

/** Checks an uploaded library file: not empty, at most 20 MB, really a PDF, CSV or XLSX, named as what it is. */
export function checkDocumentFile(bytes: Uint8Array, name: string): DocumentFileCheck {
  if (bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: "fileTooLarge" };
  const format = sniffDocument(bytes);
  if (!format) return { ok: false, error: "fileTypeRefused" };
  const extension = name.toLowerCase().match(/\.([a-z0-9]{1,5})$/)?.[1];
  const claimed = extension ? EXTENSIONS[extension] : undefined;
  if (claimed !== format) return { ok: false, error: "fileTypeMismatch" };
  return { ok: true, format };
}
