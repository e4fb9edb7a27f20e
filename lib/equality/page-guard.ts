import "server-only";
// The workspace pages' check: anonymous visitors sign in and come back; signed-in people who are
// not members get a real 403 page. The data functions check again (queries.ts requireWorkspace).
import { forbidden } from "next/navigation";
import { pageUser } from "@/lib/auth/page-guards";
import type { Locale } from "@/lib/i18n/config";
import { workspaceAccess, type WorkspaceAccess } from "./queries";

export async function workspacePage(locale: Locale, returnTo: string): Promise<WorkspaceAccess> {
  const access = await workspaceAccess(await pageUser(locale, returnTo));
  if (!access) forbidden();
  return access;
}
