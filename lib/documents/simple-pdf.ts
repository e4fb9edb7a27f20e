// A small, valid one-page PDF (A4, Helvetica, WinAnsi encoding) built in code: the demo library's
// files (prisma/seed/documents.ts) without binaries in the repository. Latin text only (French):
// Arabic needs an embedded font, which a demo file does without. Lines are wrapped at ~90 characters;
// text past the page's end is left out.

const WIDTH = 90;

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** A PDF string literal: backslash, parentheses escaped; characters outside Latin-1 replaced. */
function literal(text: string): string {
  return `(${text.replace(/[^\u0020-\u00ff]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export function simplePdf(title: string, paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.flatMap((p) => [...wrap(p), ""]).slice(0, 60);
  const content = [
    "BT", "/F1 15 Tf", "50 790 Td", "18 TL", `${literal(title)} Tj`, "T*", "/F1 10.5 Tf", "14 TL",
    ...body.map((line) => `${literal(line)} Tj T*`), "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}
