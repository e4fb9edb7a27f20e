// The "try again shortly" answer of lib/ops/serve.ts: 503 with Retry-After and a small page in
// Arabic and French (messages/*.json, "Unavailable"), written before Next.js knows the page's
// language, with no script, no stack trace and nothing from the request.
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";

export type UnavailableReason = "busy" | "database";
type Texts = { title: string; busy: string; database: string };

export const BUSY_RETRY_SECONDS = 5;
export const DATABASE_RETRY_SECONDS = 10;

let cached: { ar: Texts; fr: Texts } | undefined;
function texts(): { ar: Texts; fr: Texts } {
  const read = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")).Unavailable as Texts;
  cached ??= { ar: read("ar"), fr: read("fr") };
  return cached;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function unavailablePage(reason: UnavailableReason): string {
  const { ar, fr } = texts();
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(ar.title)} · ${escapeHtml(fr.title)}</title></head>
<body><main><h1>${escapeHtml(ar.title)}</h1><p>${escapeHtml(ar[reason])}</p>
<section lang="fr" dir="ltr"><h2>${escapeHtml(fr.title)}</h2><p>${escapeHtml(fr[reason])}</p></section></main></body></html>
`;
}

export function refuse(res: ServerResponse, reason: UnavailableReason): void {
  res.writeHead(503, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": String(reason === "busy" ? BUSY_RETRY_SECONDS : DATABASE_RETRY_SECONDS),
  });
  res.end(unavailablePage(reason));
}
