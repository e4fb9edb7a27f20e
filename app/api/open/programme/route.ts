// The programme as open data: GET /api/open/programme?format=csv|json (JSON when no format is
// given). One row per project, the columns described at /programme/data. No personal data. A
// programme has a bounded number of projects: read at once, written as a stream
// (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { formatProblem, oneBatch, openDataFormat, openDataResponse } from "@/lib/open-data/stream";
import { OPEN_DATA_COLUMNS, openDataFilename, openDataRow, toJson } from "@/lib/programme/open-data";
import { getOpenDataProjects } from "@/lib/programme/queries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  const data = await getOpenDataProjects();
  if (!data) return Response.json({ error: "no action programme is published" }, { status: 404, headers: { "Cache-Control": "no-store" } });

  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  // Links point to the pages in the default language (Arabic); /fr/… has the same pages in French.
  const url = (path: string) => `${base}${localizedPath(DEFAULT_LOCALE, path)}`;
  const rows = data.projects.map((project) => openDataRow(project, url(`/programme/projects/${encodeURIComponent(project.code)}`)));
  const head: Record<string, unknown> = toJson(data.programme, [], { generatedAt: new Date(), source: url("/programme"), dictionary: url("/programme/data") });
  delete head.projects; // written as a stream after the head
  return openDataResponse({
    format, filename: openDataFilename(data.programme, format).replace(/\.(csv|json)$/, ""), columns: OPEN_DATA_COLUMNS.map((c) => c.key), key: "projects",
    head, batches: oneBatch(rows),
  });
}
