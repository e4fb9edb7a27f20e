"use server";
// The import form's action: the file → lib/programme/import.ts, which checks every row and writes
// all the projects or none. The result stays on the page (errors by line, or the projects created).
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { clientIp } from "@/lib/security/request";
import { importProjects, MAX_IMPORT_BYTES } from "./import";
import type { ImportState } from "./import-state";

export async function importProjectsAction(_: ImportState, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  // An empty file input still sends one nameless, empty file.
  if (!file || typeof file === "string" || file.size === 0) {
    return { status: "error", fileName: "", errors: [{ line: null, column: null, key: "fileEmpty" }], errorCount: 1 };
  }
  const fileName = file.name.slice(0, 200);
  // Refused before reading it: the service checks again.
  if (file.size > MAX_IMPORT_BYTES) return { status: "error", fileName, errors: [{ line: null, column: null, key: "fileTooLarge" }], errorCount: 1 };
  try {
    const result = await importProjects({ name: fileName, bytes: new Uint8Array(await file.arrayBuffer()) }, await clientIp());
    if (!result.ok) return { status: "error", fileName, errors: result.errors, errorCount: result.errorCount };
    return { status: "success", created: result.created };
  } catch (error) {
    if (error instanceof UnauthenticatedError) return { status: "refused", key: "unauthenticated" };
    if (error instanceof ForbiddenError) return { status: "refused", key: "forbidden" };
    throw error;
  }
}
