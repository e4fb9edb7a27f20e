// The document library as open data: GET /api/open/documents?format=csv|json (JSON by default).
// One row per published document with its current file. No personal data (lib/documents/open-data.ts).
// Streamed in batches (lib/open-data/stream.ts); described in lib/open-data/catalogue.ts.
import type { NextRequest } from "next/server";
import { documentRow, DOCUMENT_COLUMNS } from "@/lib/documents/open-data";
import { openDataDocuments } from "@/lib/documents/queries";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { formatProblem, keysetBatches, mapBatches, openDataFormat, openDataResponse } from "@/lib/open-data/stream";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const format = openDataFormat(request.nextUrl);
  if (!format) return formatProblem();
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const url = (path: string) => `${base}${path.startsWith("/api/") ? path : localizedPath(DEFAULT_LOCALE, path)}`;
  const documents = keysetBatches((afterId, take) => openDataDocuments({ afterId, take }), (d) => d.id);
  return openDataResponse({
    format, filename: "documents", columns: DOCUMENT_COLUMNS, key: "documents",
    head: { dataset: "documents", generated_at: new Date().toISOString(), source: url("/information"), columns: DOCUMENT_COLUMNS },
    batches: mapBatches(documents, (d) => documentRow(d, url)),
  });
}
