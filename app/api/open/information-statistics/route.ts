// Access-to-information statistics as open data (law 31.13): GET /api/open/information-statistics?format=csv|json.
// One row per year: requests received and answered, on time, average working days, outcomes;
// aggregates only, as on /information/statistics. Described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { requestStatistics } from "@/lib/information/queries";
import { formatProblem, oneBatch, openDataFormat, openDataResponse } from "@/lib/open-data/stream";

export const dynamic = "force-dynamic";

const COLUMNS = ["year", "received", "answered", "answered_on_time", "average_working_days", "given", "partial", "refused"] as const;

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  const rows = (await requestStatistics()).map((y) => ({
    year: y.year, received: y.received, answered: y.answered, answered_on_time: y.answeredOnTime,
    average_working_days: y.averageWorkingDays === null ? null : Math.round(y.averageWorkingDays * 10) / 10,
    given: y.outcomes.GIVEN, partial: y.outcomes.PARTIAL, refused: y.outcomes.REFUSED,
  }));
  return openDataResponse({
    format, filename: "information-statistics", columns: COLUMNS, key: "years",
    head: { dataset: "information-statistics", generated_at: new Date().toISOString(), columns: COLUMNS },
    batches: oneBatch(rows),
  });
}
