// The petitions register as open data: GET /api/open/petitions?format=csv|json (JSON when no
// format is given). One row per petition that is not a draft; no personal data (no name, no CIN,
// no address, no account: only the association's name, an organisation).
import type { NextRequest } from "next/server";
import { listOpenPetitions, OPEN_PETITION_COLUMNS } from "@/lib/petitions/queries";
import { csvField, UTF8_BOM } from "@/lib/programme/open-data";

const CACHE = "public, max-age=60";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const rows = await listOpenPetitions();
  if (format === "csv") {
    const lines = [OPEN_PETITION_COLUMNS.join(","), ...rows.map((row) => OPEN_PETITION_COLUMNS.map((column) => csvField(row[column])).join(","))];
    return new Response(UTF8_BOM + lines.join("\r\n") + "\r\n", {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="petitions.csv"', "Cache-Control": CACHE },
    });
  }
  return new Response(JSON.stringify({ generatedAt: new Date().toISOString(), petitions: rows }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'inline; filename="petitions.json"', "Cache-Control": CACHE },
  });
}
