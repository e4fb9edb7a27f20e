// Serves a copy of a signatory's identity card (decree 2.16.403 art. 3) to the bureau only: it is
// stored encrypted and never cached.
import { fileNotFound, privateFileResponse } from "@/lib/http/file-response";
import { getSignatureIdCopy } from "@/lib/petitions/queries";
import { idFromSegment } from "@/lib/petitions/schemas";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/files/petition-id-copies/[id]">): Promise<Response> {
  const id = idFromSegment((await params).id);
  const file = id ? await getSignatureIdCopy(id) : null;
  return file ? privateFileResponse(file, `signature-${id}-id-copy`) : fileNotFound();
}
