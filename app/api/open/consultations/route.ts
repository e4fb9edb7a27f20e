// Closed consultations as open data: GET /api/open/consultations?format=csv|json (JSON when no
// format is given). Participants and single-choice answers counted by douar and, separately, by
// declared gender; no personal data (lib/consultations/open-data.ts). The CSV is streamed.
import type { NextRequest } from "next/server";
import { CONSULTATION_OPEN_COLUMNS, consultationOpenRows } from "@/lib/consultations/open-data";
import { csvStream } from "@/lib/csv";

export const dynamic = "force-dynamic";

const CACHE = "public, max-age=60";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  if (format === "csv") {
    return new Response(csvStream(CONSULTATION_OPEN_COLUMNS, consultationOpenRows()), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="consultations.csv"', "Cache-Control": CACHE },
    });
  }
  const rows = [];
  for await (const row of consultationOpenRows()) rows.push(row);
  return new Response(JSON.stringify({ dataset: "consultations", generated_at: new Date().toISOString(), columns: CONSULTATION_OPEN_COLUMNS, rows }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'inline; filename="consultations.json"', "Cache-Control": CACHE },
  });
}
