// Serves one version of a library document. The bytes come from the file store (outside public/);
// what they are comes from the database row. Always a download ("attachment") with a name built
// from ids, never sniffed (nosniff), and sandboxed: no script inside a file can run with this
// site's origin (targets.md #22).
import { getDownloadableVersion } from "@/lib/documents/queries";
import { fileStore } from "@/lib/storage";
import { DOCUMENT_MIME_TYPES } from "@/lib/uploads/documents";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: RouteContext<"/api/files/documents/[id]">): Promise<Response> {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) return notFound();
  const version = await getDownloadableVersion(Number(id));
  if (!version) return notFound();
  const file = await fileStore().get(version.storageKey);
  if (!file) return notFound();
  const filename = `document-${version.document.id}-v${version.number}.${version.format.toLowerCase()}`;
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": DOCUMENT_MIME_TYPES[version.format],
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cross-Origin-Resource-Policy": "same-origin",
      // A withdrawn document must stop being served: no long-lived public caching.
      "Cache-Control": version.document.status === "PUBLISHED" ? "public, max-age=300" : "private, no-store",
    },
  });
}
