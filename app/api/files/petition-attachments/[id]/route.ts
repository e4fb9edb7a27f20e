// Serves a supporting document of an association's petition (decree 2.16.403 art. 4) to the
// bureau and to the petition's owner only: these are the association's papers, not public ones.
import { fileNotFound, privateFileResponse } from "@/lib/http/file-response";
import { getAttachmentFile } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/files/petition-attachments/[id]">): Promise<Response> {
  const id = idFromSegment((await params).id);
  const file = id ? await getAttachmentFile(id) : null;
  return file ? privateFileResponse(file, `petition-attachment-${id}`) : fileNotFound();
}
