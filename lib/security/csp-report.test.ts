import { describe, expect, it } from "vitest";
import { createReportLimiter, parseCspReport } from "./csp-report";

describe("CSP violation reports", () => {
  it("reads a report-uri report and keeps addresses without their query strings", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": "https://portal.example/fr/petitions/4?token=secret-reset-token#x",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js?user=someone@example.org",
        "source-file": "https://portal.example/_next/static/chunks/a.js",
        "line-number": 3,
        "column-number": 14,
        disposition: "enforce",
        "original-policy": "default-src 'self'",
      },
    });
    expect(parseCspReport(body)).toEqual([
      { directive: "script-src-elem", blocked: "https://evil.example/x.js", page: "https://portal.example/fr/petitions/4", source: "https://portal.example/_next/static/chunks/a.js", line: 3, column: 14, disposition: "enforce" },
    ]);
  });

  it("reads the Reporting API's format and keeps CSP keywords such as inline", () => {
    const body = JSON.stringify([{ type: "csp-violation", url: "https://portal.example/", body: { documentURL: "https://portal.example/?q=x", blockedURL: "inline", effectiveDirective: "style-src-attr", disposition: "enforce" } }]);
    expect(parseCspReport(body)).toEqual([{ directive: "style-src-attr", blocked: "inline", page: "https://portal.example/", disposition: "enforce" }]);
  });

  it("refuses what is not a report", () => {
    expect(parseCspReport("not json")).toBeNull();
    expect(parseCspReport("{}")).toBeNull();
    expect(parseCspReport(JSON.stringify([{ type: "deprecation", body: {} }]))).toBeNull();
    expect(parseCspReport(JSON.stringify({ "csp-report": "x" }))).toBeNull();
  });

  it("writes at most the limit per minute, then says how many it dropped", () => {
    let now = 0;
    const limiter = createReportLimiter(2, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()].map((t) => t.allowed)).toEqual([true, true, false, false]);
    now = 60_000;
    expect(limiter.take()).toEqual({ allowed: true, droppedBefore: 2 });
    expect(limiter.take()).toEqual({ allowed: true, droppedBefore: 0 });
  });
});
