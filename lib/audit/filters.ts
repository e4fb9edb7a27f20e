// The audit log viewer's filters (admin/audit and its CSV export), read from the query string:
// anything odd reads as "no filter" rather than an error.
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditFilters = { actor?: string; action?: string; target?: string; from?: string; to?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown, max: number) => {
  const v = first(value);
  return typeof v === "string" && v.trim() && v.length <= max ? v.trim() : undefined;
};
const day = (value: unknown) => {
  const v = text(value, 10);
  return v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : undefined;
};

export function parseAuditFilters(query: Record<string, unknown>): AuditFilters {
  return { actor: text(query.actor, 200), action: text(query.action, 100), target: text(query.target, 200), from: day(query.from), to: day(query.to) };
}

/** The filters as a query string object (for links to other pages and to the CSV). */
export function auditFiltersQuery(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

// LIKE treats % and _ as wildcards: a filter means the characters themselves.
const literal = (value: string) => value.replace(/[\\%_]/g, "\\$&");

/**
 * The rows the filters keep: the actor's name or e-mail contains the text; the action starts with
 * the text ("project." gives every project action); the target is "type" or "type:id"; the dates
 * are whole days in Morocco's time (UTC+1), both included.
 */
export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) {
    const needle = literal(filters.actor);
    where.push({ actor: { OR: [{ name: { contains: needle, mode: "insensitive" } }, { email: { contains: needle.toLowerCase() } }] } });
  }
  if (filters.action) where.push({ action: { startsWith: literal(filters.action) } });
  if (filters.target) {
    const [type, id] = filters.target.split(":", 2);
    where.push({ targetType: type, ...(id ? { targetId: id } : {}) });
  }
  if (filters.from) where.push({ occurredAt: { gte: new Date(`${filters.from}T00:00:00+01:00`) } });
  if (filters.to) where.push({ occurredAt: { lt: new Date(new Date(`${filters.to}T00:00:00+01:00`).getTime() + 86_400_000) } });
  return where.length ? { AND: where } : {};
}
