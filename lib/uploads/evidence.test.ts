// Evidence uploads: what comes in is judged by its bytes, and photos leave without metadata.
import sharp, { type Sharp } from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, MAX_PHOTO_SIDE, processEvidenceFile } from "./evidence";
import { sniffType } from "./sniff";

const GPS_IFD_POINTER = 0x8825;

/** The tags of IFD0 in an EXIF block ("Exif\0\0" + TIFF), enough to see whether a GPS block is there. */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(6);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}

async function jpegWithGps(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#3a7755" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Field-9000", Copyright: "Jane Doe" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 17/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "2/1 1/1 0/1" },
    })
    .toBuffer();
}

const MINIMAL_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
  "latin1",
);

describe("processEvidenceFile", () => {
  it("re-encodes a JPEG that carries EXIF and a GPS position into a JPEG with no metadata at all", async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(ifd0Tags(before.exif!)).toContain(GPS_IFD_POINTER);

    const result = await processEvidenceFile(input);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.kind).toBe("PHOTO");
    expect(result.file.mimeType).toBe("image/jpeg");
    const after = await sharp(result.file.bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(result.file.bytes.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
    expect(result.file.bytes.includes(Buffer.from("TestCam", "latin1"))).toBe(false);
    expect(result.file.bytes.includes(Buffer.from("Jane Doe", "latin1"))).toBe(false);
  });

  it("bounds the stored size of a large photo and keeps its proportions", async () => {
    const input = await sharp({ create: { width: 4000, height: 2000, channels: 3, background: "#888" } }).png().toBuffer();
    const result = await processEvidenceFile(input);
    expect(result.ok && result.file.kind === "PHOTO" && [result.file.width, result.file.height]).toEqual([MAX_PHOTO_SIDE, 800]);
  });

  it("accepts PNG and WebP photos and stores them as JPEG", async () => {
    for (const encode of [(s: Sharp) => s.png(), (s: Sharp) => s.webp()]) {
      const input = await encode(sharp({ create: { width: 30, height: 20, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } })).toBuffer();
      const result = await processEvidenceFile(input);
      expect(result.ok && result.file.mimeType).toBe("image/jpeg");
    }
  });

  it("passes a real minimal PDF through unchanged", async () => {
    const result = await processEvidenceFile(MINIMAL_PDF);
    expect(result).toEqual({ ok: true, file: { kind: "PDF", mimeType: "application/pdf", bytes: MINIMAL_PDF } });
  });

  it("refuses a PNG renamed report.pdf: the bytes say PNG, the name says PDF", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer();
    expect(sniffType(png)).toBe("png");
    expect(await processEvidenceFile(png, { name: "report.pdf" })).toEqual({ ok: false, error: "fileTypeMismatch" });
    // The same bytes under a photo's name, or no name at all, are a photo.
    expect((await processEvidenceFile(png, { name: "chantier.PNG" })).ok).toBe(true);
    expect((await processEvidenceFile(png)).ok).toBe(true);
  });

  it("takes the type from the bytes, never from the name: a PDF named photo.jpg is not stored as a photo", async () => {
    expect(await processEvidenceFile(MINIMAL_PDF, { name: "photo.jpg" })).toEqual({ ok: false, error: "fileTypeMismatch" });
    const pdf = await processEvidenceFile(MINIMAL_PDF, { name: "scan" });
    expect(pdf.ok && pdf.file.kind).toBe("PDF");
  });

  it("refuses a file that claims to be a PDF but is something else", async () => {
    const fake = Buffer.from("PK\u0003\u0004 this is a zip named report.pdf", "latin1");
    expect(await processEvidenceFile(fake, { name: "report.pdf" })).toEqual({ ok: false, error: "fileTypeRefused" });
  });

  it("refuses an HTML page named photo.jpg", async () => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
    expect(await processEvidenceFile(html, { name: "photo.jpg" })).toEqual({ ok: false, error: "fileTypeRefused" });
  });

  it("refuses an SVG, whatever it is called", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    expect(await processEvidenceFile(svg)).toEqual({ ok: false, error: "fileTypeRefused" });
  });

  it("refuses a file that starts like a JPEG but does not decode", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html>not really a photo</html>")]);
    expect(await processEvidenceFile(broken)).toEqual({ ok: false, error: "fileUnreadable" });
  });

  it("refuses an oversize file before reading it", async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1);
    MINIMAL_PDF.copy(big);
    expect(await processEvidenceFile(big)).toEqual({ ok: false, error: "fileTooLarge" });
  });

  it("refuses an empty file", async () => {
    expect(await processEvidenceFile(new Uint8Array())).toEqual({ ok: false, error: "fileEmpty" });
  });
});
