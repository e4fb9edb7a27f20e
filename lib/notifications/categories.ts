// The categories a person chooses a delivery for, one per feature that sends notices. A notice's
// kind is "<category>.<event>" (e.g. "programme.progress_recorded").
export const NOTICE_CATEGORIES = ["programme", "petitions", "forum", "information", "committee", "participation", "associations"] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const NOTICE_DELIVERIES = ["IMMEDIATE", "DAILY_DIGEST", "IN_APP_ONLY"] as const;
export type NoticeDeliveryChoice = (typeof NOTICE_DELIVERIES)[number];

/** The category of a stored notice kind: the part before the first dot. */
export function categoryOf(kind: string): string {
  return kind.split(".")[0] ?? kind;
}

export function isNoticeCategory(value: unknown): value is NoticeCategory {
  return typeof value === "string" && (NOTICE_CATEGORIES as readonly string[]).includes(value);
}

/** A digest goes out once the oldest notice waiting for it is this old: at most one e-mail a day. */
export const DIGEST_INTERVAL_HOURS = 24;

/**
 * A digest's notices grouped by category, categories in the order people see them on their
 * preferences page, notices in the order they happened; notices without a subject are left out.
 */
export function groupForDigest(notices: readonly { kind: string; subject: string | null }[]): { category: string; subjects: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { kind, subject } of notices) {
    if (!subject) continue;
    const category = categoryOf(kind);
    groups.set(category, [...(groups.get(category) ?? []), subject]);
  }
  const rank = (category: string) => {
    const index = (NOTICE_CATEGORIES as readonly string[]).indexOf(category);
    return index === -1 ? NOTICE_CATEGORIES.length : index;
  };
  return [...groups].map(([category, subjects]) => ({ category, subjects })).sort((a, b) => rank(a.category) - rank(b.category));
}
