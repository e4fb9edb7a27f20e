// Where browsers send Content-Security-Policy violation reports (the policy's report-uri): one log
// line per violation, at most REPORTS_PER_MINUTE a minute; always a 204 for a report, a 400 or 413
// for anything else, never a 500 (lib/security/csp-report.ts).
import { headers } from "next/headers";
import { logger } from "@/lib/ops/log";
import { createReportLimiter, MAX_REPORT_BYTES, parseCspReport } from "@/lib/security/csp-report";

export const dynamic = "force-dynamic";

const limiter = createReportLimiter();

export async function POST(request: Request) {
  const requestId = (await headers()).get("x-request-id");
  try {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_REPORT_BYTES) return new Response(null, { status: 413 });
    const text = await request.text();
    if (text.length > MAX_REPORT_BYTES) return new Response(null, { status: 413 });
    const violations = parseCspReport(text);
    if (!violations) return new Response(null, { status: 400 });
    for (const violation of violations) {
      const { allowed, droppedBefore } = limiter.take();
      if (droppedBefore > 0) logger().warn({ requestId, dropped: droppedBefore }, "csp violation reports dropped");
      if (allowed) logger().warn({ requestId, violation }, "csp violation");
    }
    return new Response(null, { status: 204 });
  } catch (error) {
    // A body cut short or unreadable: the client's fault, and no report to keep.
    logger().info({ requestId, err: error }, "csp report unreadable");
    return new Response(null, { status: 400 });
  }
}
