// The document library as open data: GET /api/open/documents?format=csv|json (JSON by default).
// One row per published document with its current file. No personal data (lib/documents/open-data.ts).
import type { NextRequest } from "next/server";
import { documentRow, documentsCsv, DOCUMENT_COLUMNS } from "@/lib/documents/open-data";
import { openDataDocuments } from "@/lib/documents/queries";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = (request.nextUrl.searchParams.get("format") ?? "json").toLowerCase();
  if (format !== "csv" && format !== "json") {
    return Response.json({ error: "format must be csv or json" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const url = (path: string) => `${base}${path.startsWith("/api/") ? path : localizedPath(DEFAULT_LOCALE, path)}`;
  const rows = (await openDataDocuments()).map((d) => documentRow(d, url));
  if (format === "csv") {
    return new Response(documentsCsv(rows), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="documents.csv"', "Cache-Control": "public, max-age=60" },
    });
  }
  const body = { dataset: "documents", generated_at: new Date().toISOString(), source: url("/information"), columns: DOCUMENT_COLUMNS, documents: rows };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'inline; filename="documents.json"', "Cache-Control": "public, max-age=60" },
  });
}
