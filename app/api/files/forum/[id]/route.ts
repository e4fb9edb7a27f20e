// Serves one photo of a forum topic: re-encoded JPEG from the file store (outside public/), typed
// by the database row, never by the file. Photos of a hidden topic are not served.
import { db } from "@/lib/db/client";
import { fileStore } from "@/lib/storage";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: RouteContext<"/api/files/forum/[id]">): Promise<Response> {
  const { id } = await params;
  if (!/^[1-9]\d{0,8}$/.test(id)) return notFound();
  const photo = await db.forumPhoto.findFirst({ where: { id: Number(id), topic: { hiddenAt: null } }, select: { id: true, storageKey: true, mimeType: true } });
  if (!photo) return notFound();
  const file = await fileStore().get(photo.storageKey);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `inline; filename="forum-photo-${photo.id}.jpg"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      // Not immutable: a topic hidden later must stop being served.
      "Cache-Control": "public, max-age=300",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
