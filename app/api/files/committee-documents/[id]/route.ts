// Serves a file of the equality committee's library to its members only (404 to anyone else).
import { getCommitteeDocumentFile } from "@/lib/equality/queries";
import { fileNotFound, privateFileResponse } from "@/lib/http/file-response";
import { idFromSegment } from "@/lib/petitions/schemas";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/files/committee-documents/[id]">): Promise<Response> {
  const id = idFromSegment((await params).id);
  const file = id ? await getCommitteeDocumentFile(id) : null;
  return file ? privateFileResponse(file, `committee-document-${id}`) : fileNotFound();
}
