// Serves an association's registration paper (final receipt, statutes) to its representative and
// to staff who verify associations only.
import { getAssociationDocumentFile } from "@/lib/associations/queries";
import { fileNotFound, privateFileResponse } from "@/lib/http/file-response";
import { idFromSegment } from "@/lib/petitions/schemas";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/files/association-documents/[id]">): Promise<Response> {
  const id = idFromSegment((await params).id);
  const file = id ? await getAssociationDocumentFile(id) : null;
  return file ? privateFileResponse(file, `association-document-${id}`) : fileNotFound();
}
