// The programme as open data: GET /api/open/programme?format=csv|json (JSON when no format is
// given). One row per project, the columns described at /programme/data. No personal data.
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { OPEN_DATA_FORMATS, openDataFilename, openDataRow, toCsv, toJson, type OpenDataFormat } from "@/lib/programme/open-data";
import { getOpenDataProjects } from "@/lib/programme/queries";

const CACHE = "public, max-age=60";

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (!(OPEN_DATA_FORMATS as readonly string[]).includes(format)) return problem(400, "format must be csv or json");
  const data = await getOpenDataProjects();
  if (!data) return problem(404, "no action programme is published");

  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  // Links point to the pages in the default language (Arabic); /fr/… has the same pages in French.
  const url = (path: string) => `${base}${localizedPath(DEFAULT_LOCALE, path)}`;
  const rows = data.projects.map((project) => openDataRow(project, url(`/programme/projects/${encodeURIComponent(project.code)}`)));
  const filename = openDataFilename(data.programme, format as OpenDataFormat);

  if (format === "csv") {
    return new Response(toCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": CACHE,
      },
    });
  }
  const document = toJson(data.programme, rows, { generatedAt: new Date(), source: url("/programme"), dictionary: url("/programme/data") });
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": CACHE,
    },
  });
}
