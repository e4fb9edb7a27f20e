// What the import action returns to the form (and, without JavaScript, to the re-rendered page).
import type { ImportedProject, ImportError } from "./import";

export type ImportState =
  | { status: "idle" }
  | { status: "error"; fileName: string; errors: ImportError[]; errorCount: number }
  | { status: "refused"; key: "unauthenticated" | "forbidden" }
  | { status: "success"; created: ImportedProject[] };

export const IMPORT_IDLE: ImportState = { status: "idle" };
