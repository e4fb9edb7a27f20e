// Where each committee's library lives in the portal.
import type { LibrarySpace } from "./schemas";

export const LIBRARY_PAGES: Record<LibrarySpace, "/equality/workspace/library" | "/admin/audit-reports/papers"> = {
  EQUALITY_COMMITTEE: "/equality/workspace/library",
  INTERNAL_AUDIT: "/admin/audit-reports/papers",
};
