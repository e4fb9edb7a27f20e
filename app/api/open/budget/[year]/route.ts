// A participatory-budget cycle as open data: GET /api/open/budget/2026?format=csv|json (JSON when
// no format is given). One row per proposal with its review and, once published, its exact count,
// rank and funding. Aggregates only: never who proposed, never who voted for what.
import type { NextRequest } from "next/server";
import { yearParam } from "@/lib/budget/params";
import { getBudgetOpenData, OPEN_DATA_COLUMNS } from "@/lib/budget/queries";
import { csvDocument } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: RouteContext<"/api/open/budget/[year]">): Promise<Response> {
  const noStore = { "Cache-Control": "no-store" };
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") return Response.json({ error: "format must be csv or json" }, { status: 400, headers: noStore });
  const year = yearParam((await params).year);
  const data = year ? await getBudgetOpenData(year) : null;
  if (!data) return Response.json({ error: "no such cycle" }, { status: 404, headers: noStore });
  if (format === "csv") {
    return new Response(csvDocument(OPEN_DATA_COLUMNS, data.rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="participatory-budget-${data.year}.csv"`, "Cache-Control": "public, max-age=60" },
    });
  }
  const document = { dataset: "participatory-budget", generated_at: new Date().toISOString(), year: data.year, envelope_mad: data.envelopeMad, ballots: data.ballots, columns: OPEN_DATA_COLUMNS, proposals: data.rows };
  return new Response(JSON.stringify(document, null, 2), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
