// A participatory-budget cycle as open data: GET /api/open/budget/2026?format=csv|json (JSON when
// no format is given). One row per proposal with its review and, once published, its exact count,
// rank and funding. Aggregates only: never who proposed, never who voted for what. A cycle has a
// bounded number of proposals: read at once, written as a stream (lib/open-data/stream.ts).
import type { NextRequest } from "next/server";
import { yearParam } from "@/lib/budget/params";
import { getBudgetOpenData, OPEN_DATA_COLUMNS } from "@/lib/budget/queries";
import { formatProblem, oneBatch, openDataFormat, openDataResponse } from "@/lib/open-data/stream";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: RouteContext<"/api/open/budget/[year]">): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  const year = yearParam((await params).year);
  const data = year ? await getBudgetOpenData(year) : null;
  if (!data) return Response.json({ error: "no such cycle" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return openDataResponse({
    format, filename: `participatory-budget-${data.year}`, columns: OPEN_DATA_COLUMNS, key: "proposals",
    head: { dataset: "participatory-budget", generated_at: new Date().toISOString(), year: data.year, envelope_mad: data.envelopeMad, ballots: data.ballots, columns: OPEN_DATA_COLUMNS },
    batches: oneBatch(data.rows),
  });
}
