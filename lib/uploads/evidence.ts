import "server-only";
// Evidence files for progress updates. Photos are decoded and re-encoded by sharp: what is stored
// is a new JPEG of bounded size with no metadata at all (EXIF, GPS position, camera serial, XMP,
// ICC comments), whatever the upload carried. PDFs are kept as sent, but only if they are PDFs,
// and they are always served sandboxed (app/api/files/evidence/[id]/route.ts).
import sharp from "sharp";
import { sniffType, type SniffedType } from "./sniff";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** What file inputs for these files offer to choose: photos and PDFs. */
export const PHOTO_OR_PDF_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";
export const MAX_FILES_PER_UPDATE = 5;
/** All files of one update together; next.config.ts's server-action body limit must be a little above it. */
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024;
/** The longest side of a stored photo, in pixels: plenty for a web page, light on a rural 3G link. */
export const MAX_PHOTO_SIDE = 1600;
/** Refuses decompression bombs (a tiny PNG that decodes to gigabytes). */
const MAX_INPUT_PIXELS = 50_000_000;

/** Message keys under "ProgrammeAdmin.errors". */
export type UploadError = "fileEmpty" | "fileTooLarge" | "fileTypeRefused" | "fileTypeMismatch" | "fileUnreadable";

export type ProcessedFile =
  | { kind: "PHOTO"; mimeType: "image/jpeg"; bytes: Buffer; width: number; height: number }
  | { kind: "PDF"; mimeType: "application/pdf"; bytes: Buffer };

/** The key a form shows for a refused upload: a file that is not what it claims, or unreadable, is simply of a refused type. */
export function uploadErrorKey(error: UploadError): "fileEmpty" | "fileTooLarge" | "fileTypeRefused" {
  return error === "fileTypeMismatch" || error === "fileUnreadable" ? "fileTypeRefused" : error;
}

export type UploadResult = { ok: true; file: ProcessedFile } | { ok: false; error: UploadError };

async function reencodePhoto(bytes: Uint8Array, expected: "jpeg" | "png" | "webp"): Promise<UploadResult> {
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS, pages: 1 });
    const metadata = await image.metadata();
    // The bytes must decode as the format their signature claims (a polyglot or a truncated file does not).
    if (metadata.format !== expected) return { ok: false, error: "fileTypeRefused" };
    const { data, info } = await image
      // Turn the pixels upright first: the orientation tag goes away with the rest of the metadata.
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      // Transparent PNG/WebP areas become white rather than black in the JPEG.
      .flatten({ background: "#ffffff" })
      // sharp writes no metadata unless asked to (withMetadata/keepExif/keepIccProfile): none is kept.
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, file: { kind: "PHOTO", mimeType: "image/jpeg", bytes: data, width: info.width, height: info.height } };
  } catch {
    return { ok: false, error: "fileUnreadable" };
  }
}

const EXTENSIONS: Record<string, SniffedType> = { jpg: "jpeg", jpeg: "jpeg", jfif: "jpeg", png: "png", webp: "webp", pdf: "pdf" };

/** The type a file name claims, when its extension is one we know. */
function claimedType(name: string | undefined): SniffedType | null {
  const extension = name?.toLowerCase().match(/\.([a-z0-9]{1,5})$/)?.[1];
  return (extension && EXTENSIONS[extension]) || null;
}

/**
 * Checks one uploaded file and returns what may be stored, or why it is refused. The type comes
 * from the bytes. The name is only ever a reason to refuse: a known extension that contradicts the
 * bytes (a picture renamed report.pdf) means the file is not what its sender thinks it is.
 */
export async function processEvidenceFile(bytes: Uint8Array, { name }: { name?: string } = {}): Promise<UploadResult> {
  if (bytes.length === 0) return { ok: false, error: "fileEmpty" };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: "fileTooLarge" };
  const type = sniffType(bytes);
  const claimed = claimedType(name);
  if (type && claimed && claimed !== type) return { ok: false, error: "fileTypeMismatch" };
  if (type === "pdf") return { ok: true, file: { kind: "PDF", mimeType: "application/pdf", bytes: Buffer.from(bytes) } };
  if (type === null) return { ok: false, error: "fileTypeRefused" };
  return reencodePhoto(bytes, type);
}
