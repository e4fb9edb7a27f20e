// Closed consultations as open data: GET /api/open/consultations?format=csv|json (JSON when no
// format is given). Participants and single-choice answers counted by douar and, separately, by
// declared gender; no personal data (lib/consultations/open-data.ts). Streamed (lib/open-data/stream.ts).
import type { NextRequest } from "next/server";
import { CONSULTATION_OPEN_COLUMNS, consultationOpenRows } from "@/lib/consultations/open-data";
import { batchesOf, formatProblem, openDataFormat, openDataResponse } from "@/lib/open-data/stream";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  return openDataResponse({
    format, filename: "consultations", columns: CONSULTATION_OPEN_COLUMNS, key: "rows",
    head: { dataset: "consultations", generated_at: new Date().toISOString(), columns: CONSULTATION_OPEN_COLUMNS },
    batches: batchesOf(consultationOpenRows()),
  });
}
