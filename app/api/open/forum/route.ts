// The douar forum as open data: GET /api/open/forum?format=csv|json (JSON when no format is
// given). One row per visible topic; no personal data (no author, no description, no place).
// Streamed in batches (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { getForumOpenData, OPEN_DATA_COLUMNS } from "@/lib/forum/queries";
import { formatProblem, keysetBatches, openDataFormat, openDataResponse } from "@/lib/open-data/stream";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  return openDataResponse({
    format, filename: "forum-topics", columns: OPEN_DATA_COLUMNS, key: "topics",
    head: { dataset: "douar-forum", generated_at: new Date().toISOString(), columns: OPEN_DATA_COLUMNS },
    batches: keysetBatches((afterId, take) => getForumOpenData({ afterId, take }), (row) => row.id as number),
  });
}
