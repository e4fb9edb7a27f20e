// Serves one evidence file of a progress update. Progress evidence is public, like the project
// page that shows it. The bytes come from the file store (outside public/); what they are comes
// from the database row, never from the file. PDFs are sandboxed: no script in a PDF, and no
// HTML smuggled in one, can run with this site's origin.
import { db } from "@/lib/db/client";
import { fileStore } from "@/lib/storage";

export const dynamic = "force-dynamic";

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "application/pdf": "pdf" };

function plain(status: 404 | 410, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

const notFound = () => plain(404, "Not found");

export async function GET(_request: Request, { params }: RouteContext<"/api/files/evidence/[id]">): Promise<Response> {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) return notFound();
  const evidence = await db.evidence.findUnique({ where: { id: Number(id) }, select: { id: true, storageKey: true, mimeType: true, kind: true, withdrawnAt: true } });
  if (!evidence) return notFound();
  // Withdrawn by staff: gone for good, and said so.
  if (evidence.withdrawnAt) return plain(410, "Withdrawn / سُحب هذا الملف");
  const file = await fileStore().get(evidence.storageKey);
  if (!file) return notFound();
  // A name built from the id alone: nothing a person typed ends up in a header.
  const filename = `evidence-${evidence.id}.${EXTENSIONS[evidence.mimeType] ?? "bin"}`;
  const headers = new Headers({
    "Content-Type": evidence.mimeType,
    "Content-Length": String(file.bytes.length),
    "Content-Disposition": `inline; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
    // The bytes behind an id never change, but staff may withdraw them: caches keep them an hour at most.
    "Cache-Control": "public, max-age=3600",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  if (evidence.kind === "PDF") headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
  return new Response(new Uint8Array(file.bytes), { status: 200, headers });
}
