// The douar forum as open data: GET /api/open/forum?format=csv|json (JSON when no format is
// given). One row per visible topic; no personal data (no author, no description, no place).
import type { NextRequest } from "next/server";
import { getForumOpenData, OPEN_DATA_COLUMNS } from "@/lib/forum/queries";
import { csvDocument } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const rows = await getForumOpenData();
  if (format === "csv") {
    return new Response(csvDocument(OPEN_DATA_COLUMNS, rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="forum-topics.csv"', "Cache-Control": "public, max-age=60" },
    });
  }
  const document = { dataset: "douar-forum", generated_at: new Date().toISOString(), columns: OPEN_DATA_COLUMNS, topics: rows };
  return new Response(JSON.stringify(document, null, 2), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
