// The action programme's progress history as open data: GET /api/open/progress-updates?format=csv|json.
// One row per progress update of the current programme; no author (lib/programme/queries.ts).
// Streamed in batches (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { formatProblem, keysetBatches, openDataFormat, openDataResponse } from "@/lib/open-data/stream";
import { listOpenProgressUpdates, PROGRESS_OPEN_COLUMNS } from "@/lib/programme/queries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  return openDataResponse({
    format, filename: "progress-updates", columns: PROGRESS_OPEN_COLUMNS, key: "updates",
    head: { dataset: "progress-updates", generated_at: new Date().toISOString(), columns: PROGRESS_OPEN_COLUMNS },
    batches: keysetBatches((afterId, take) => listOpenProgressUpdates({ afterId, take }), (row) => row.update_id as number),
  });
}
