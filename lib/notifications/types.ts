// In-app notices (the notifications table) are stored with a kind ("<feature>.<event>") and the
// payload needed to describe them later; each feature renders its own kinds through a renderer
// registered in lib/notifications/registry.ts, so the notifications page stays feature-agnostic.
import type { Locale } from "@/lib/i18n/config";

/** A notice as the notifications page shows it. */
export type NoticeView = {
  summary: string;
  details: string[];
  /** Path inside the portal without the locale prefix. */
  href: string;
  linkLabel: string;
};

export type NoticeRenderer = {
  /** True for the stored kinds this renderer knows, e.g. kind.startsWith("petitions."). */
  handles(kind: string): boolean;
  render(locale: Locale, kind: string, payload: unknown): NoticeView;
};
