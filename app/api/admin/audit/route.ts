// The audit log as CSV, with the viewer's filters (admin/audit?actor=…&action=…), for the internal
// audit committee. Streamed: the log can be long.
import { parseAuditFilters } from "@/lib/audit/filters";
import { auditCsvStream } from "@/lib/audit/queries";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const filters = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const body = await auditCsvStream(filters);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="audit-log.csv"',
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
