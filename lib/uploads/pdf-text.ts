import "server-only";
// Text of a PDF for the library's search (issue 7). unpdf bundles PDF.js and runs offline. A scan,
// an encrypted or a damaged file simply has no text: extraction never refuses an upload.
import { extractText, getDocumentProxy } from "unpdf";

/** Enough for any council document; a longer text is cut so that one file cannot swell the table. */
const MAX_TEXT_CHARS = 1_000_000;

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    return text.replace(/\u0000/g, "").slice(0, MAX_TEXT_CHARS);
  } catch {
    return "";
  }
}
