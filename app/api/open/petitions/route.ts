// The petitions register as open data: GET /api/open/petitions?format=csv|json (JSON when no
// format is given). One row per petition that is not a draft; no personal data (no name, no CIN,
// no address, no account: only the association's name, an organisation).
import type { NextRequest } from "next/server";
import { listOpenPetitions, OPEN_PETITION_COLUMNS } from "@/lib/petitions/queries";
import { csvDocument } from "@/lib/csv";

const CACHE = "public, max-age=60";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const rows = await listOpenPetitions();
  if (format === "csv") {
    return new Response(csvDocument(OPEN_PETITION_COLUMNS, rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="petitions.csv"', "Cache-Control": CACHE },
    });
  }
  return new Response(JSON.stringify({ generatedAt: new Date().toISOString(), petitions: rows }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'inline; filename="petitions.json"', "Cache-Control": CACHE },
  });
}
