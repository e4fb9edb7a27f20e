import "server-only";
import { db } from "@/lib/db/client";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * Kept in PostgreSQL so that every app instance shares the counters (design.md §1).
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ hits: number; window_start: Date }[]>`
    INSERT INTO rate_limit_buckets (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit_buckets.window_start <= now() - make_interval(secs => ${windowSeconds})
                  THEN 1 ELSE rate_limit_buckets.hits + 1 END,
      window_start = CASE WHEN rate_limit_buckets.window_start <= now() - make_interval(secs => ${windowSeconds})
                  THEN now() ELSE rate_limit_buckets.window_start END
    RETURNING hits, window_start`;
  const row = rows[0];
  if (!row || row.hits <= limit) return { allowed: true };
  const resetsAt = row.window_start.getTime() + windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000)) };
}

/**
 * Whether `key` has already used up `limit` hits in its current window, without counting one: for
 * limits that count only failures (call hitRateLimit when one happens).
 */
export async function rateLimitReached(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ hits: number; window_start: Date }[]>`
    SELECT hits, window_start FROM rate_limit_buckets
    WHERE key = ${key} AND window_start > now() - make_interval(secs => ${windowSeconds})`;
  const row = rows[0];
  if (!row || row.hits < limit) return { allowed: true };
  const resetsAt = row.window_start.getTime() + windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000)) };
}
