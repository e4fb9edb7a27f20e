// The douar forum as open data: GET /api/open/forum?format=csv|json (JSON when no format is
// given). One row per visible topic; no personal data (no author, no description, no place).
import type { NextRequest } from "next/server";
import { getForumOpenData, OPEN_DATA_COLUMNS } from "@/lib/forum/queries";
import { csvField, UTF8_BOM } from "@/lib/programme/open-data";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const rows = await getForumOpenData();
  if (format === "csv") {
    const lines = [OPEN_DATA_COLUMNS.join(","), ...rows.map((row) => OPEN_DATA_COLUMNS.map((c) => csvField(row[c])).join(","))];
    return new Response(`${UTF8_BOM}${lines.join("\r\n")}\r\n`, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="forum-topics.csv"', "Cache-Control": "public, max-age=60" },
    });
  }
  const document = { dataset: "douar-forum", generated_at: new Date().toISOString(), columns: OPEN_DATA_COLUMNS, topics: rows };
  return new Response(JSON.stringify(document, null, 2), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
