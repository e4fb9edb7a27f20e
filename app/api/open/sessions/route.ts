// The council's sessions as open data: GET /api/open/sessions?format=csv|json. One row per agenda
// item of a published agenda, with its decision once published (lib/sessions/open-data.ts).
// Streamed in batches (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { formatProblem, keysetBatches, openDataFormat, openDataResponse } from "@/lib/open-data/stream";
import { listOpenAgendaItems, SESSION_OPEN_COLUMNS } from "@/lib/sessions/open-data";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  return openDataResponse({
    format, filename: "council-sessions", columns: SESSION_OPEN_COLUMNS, key: "items",
    head: { dataset: "council-sessions", generated_at: new Date().toISOString(), columns: SESSION_OPEN_COLUMNS },
    batches: keysetBatches((afterId, take) => listOpenAgendaItems({ afterId, take }), (row) => row.item_id as number),
  });
}
