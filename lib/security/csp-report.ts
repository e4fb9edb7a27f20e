// Content-Security-Policy violation reports (targets.md #17): the browser posts one whenever the
// policy blocks something, to the `report-uri` of lib/security/headers.ts. Each becomes one
// structured log line ("csp violation"), which the e2e run's log check refuses. What a report says
// is written by whoever sent it: only short, known fields are kept, and addresses lose their query
// strings (tokens, search words) so no personal data reaches the log.

/** Larger bodies are not reports a browser sends. */
export const MAX_REPORT_BYTES = 16_384;
/** Log lines per minute and process at most: a page in a loop, or anyone posting here, cannot flood the log. */
export const REPORTS_PER_MINUTE = 60;

export type CspViolation = {
  directive: string;
  blocked: string;
  page: string;
  source?: string;
  line?: number;
  column?: number;
  disposition?: string;
};

const KEYWORDS = new Set(["inline", "eval", "data", "blob", "wasm-eval", "trusted-types-policy", "trusted-types-sink"]);

/** An address reduced to origin and path (no query, no fragment, no credentials), or a CSP keyword such as "inline". */
function place(value: unknown): string {
  if (typeof value !== "string" || value === "") return "";
  if (KEYWORDS.has(value)) return value;
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname}`.slice(0, 200);
  } catch {
    return value.replace(/[?#].*$/, "").replace(/[^\x20-\x7e]/g, "").slice(0, 200);
  }
}

function word(value: unknown): string {
  return typeof value === "string" ? value.replace(/[^a-z0-9-]/gi, "").slice(0, 60) : "";
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function violation(fields: Record<string, unknown>): CspViolation {
  const source = place(fields.source);
  return {
    directive: word(fields.directive) || "unknown",
    blocked: place(fields.blocked),
    page: place(fields.page),
    ...(source ? { source } : {}),
    ...(count(fields.line) !== undefined ? { line: count(fields.line) } : {}),
    ...(count(fields.column) !== undefined ? { column: count(fields.column) } : {}),
    ...(word(fields.disposition) ? { disposition: word(fields.disposition) } : {}),
  };
}

/**
 * The violations in a report body: the `report-uri` format ({"csp-report": {…}}) or the Reporting
 * API's (an array of {type: "csp-violation", body: {…}}). Null when the body is neither.
 */
export function parseCspReport(text: string): CspViolation[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (json && typeof json === "object" && !Array.isArray(json) && "csp-report" in json) {
    const report = (json as Record<string, unknown>)["csp-report"];
    if (!report || typeof report !== "object") return null;
    const r = report as Record<string, unknown>;
    return [violation({ directive: r["effective-directive"] ?? r["violated-directive"], blocked: r["blocked-uri"], page: r["document-uri"], source: r["source-file"], line: r["line-number"], column: r["column-number"], disposition: r.disposition })];
  }
  if (Array.isArray(json)) {
    const reports = json.filter((entry): entry is { type: string; body: Record<string, unknown> } => !!entry && typeof entry === "object" && entry.type === "csp-violation" && !!entry.body && typeof entry.body === "object");
    if (reports.length === 0) return null;
    return reports.slice(0, 20).map(({ body: b }) => violation({ directive: b.effectiveDirective, blocked: b.blockedURL, page: b.documentURL, source: b.sourceFile, line: b.lineNumber, column: b.columnNumber, disposition: b.disposition }));
  }
  return null;
}

/** A fixed one-minute window: how many more lines may be written now, and how many were dropped before this window. */
export function createReportLimiter(perMinute = REPORTS_PER_MINUTE, now: () => number = Date.now) {
  let windowStart = now();
  let used = 0;
  let dropped = 0;
  return {
    /** True when this violation may be logged; `droppedBefore` tells how many were left out in the previous window(s). */
    take(): { allowed: boolean; droppedBefore: number } {
      let droppedBefore = 0;
      if (now() - windowStart >= 60_000) {
        windowStart = now();
        used = 0;
        droppedBefore = dropped;
        dropped = 0;
      }
      if (used >= perMinute) {
        dropped += 1;
        return { allowed: false, droppedBefore };
      }
      used += 1;
      return { allowed: true, droppedBefore };
    },
  };
}
