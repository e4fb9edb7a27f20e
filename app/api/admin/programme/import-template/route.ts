// The CSV template of the projects import (app/[locale]/(admin)/admin/programme/import): UTF-8 BOM,
// the header and one example row built from what exists (first axis, a douar, the programme's years).
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { importTemplateCsv, templateExample } from "@/lib/programme/import";

export async function GET(): Promise<Response> {
  try {
    const csv = importTemplateCsv(await templateExample());
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="projects-import-template.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Unauthorized", { status: 401 });
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    throw error;
  }
}
