// Serves a supporting document of an association's petition (decree 2.16.403 art. 4) to the
// bureau and to the petition's owner only: these are the association's papers, not public ones.
// PDFs are sandboxed, as for progress evidence (app/api/files/evidence/[id]/route.ts).
import { getAttachmentFile } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: RouteContext<"/api/files/petition-attachments/[id]">): Promise<Response> {
  const id = idFromSegment((await params).id);
  const file = id ? await getAttachmentFile(id) : null;
  if (!file) return notFound();
  const extension = file.mimeType === "application/pdf" ? "pdf" : "jpg";
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `inline; filename="petition-attachment-${id}.${extension}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}
