// The petitions register as open data: GET /api/open/petitions?format=csv|json (JSON when no
// format is given). One row per petition that is not a draft; no personal data (no name, no CIN,
// no address, no account: only the association's name, an organisation). Streamed in batches
// (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { formatProblem, keysetBatches, openDataFormat, openDataResponse } from "@/lib/open-data/stream";
import { listOpenPetitions, OPEN_PETITION_COLUMNS } from "@/lib/petitions/queries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  return openDataResponse({
    format, filename: "petitions", columns: OPEN_PETITION_COLUMNS, key: "petitions",
    head: { generatedAt: new Date().toISOString() },
    batches: keysetBatches((afterId, take) => listOpenPetitions({ afterId, take }), (row) => row.id as number),
  });
}
