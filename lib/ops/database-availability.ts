// Whether PostgreSQL is reachable, as the server process last saw it (targets.md #13, issue 11's
// crash drill). A request that fails because the database is down marks it down
// (instrumentation.ts, the pool's error hooks in lib/db/create-client.ts); while it is down,
// lib/ops/serve.ts answers pages with a "try again shortly" page (503 + Retry-After) instead of
// letting each request fail on its own, and probes the database until it answers again.
// Kept on globalThis: Next.js loads modules in several bundles of one process.

const state = globalThis as unknown as { musharakaDatabaseDownSince?: number | null };

export function markDatabaseDown(): void {
  state.musharakaDatabaseDownSince ??= Date.now();
}

export function markDatabaseUp(): void {
  state.musharakaDatabaseDownSince = null;
}

export function isDatabaseDown(): boolean {
  return state.musharakaDatabaseDownSince != null;
}

/** node-postgres / PostgreSQL codes of a server that is gone, shutting down or not accepting connections yet. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND",
  "57P01", "57P02", "57P03", // admin_shutdown, crash_shutdown, cannot_connect_now
  "08000", "08001", "08003", "08006", // connection exceptions
  "P1001", "P1002", "P1017", // Prisma: cannot reach, timed out, server closed the connection
  "DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", // driver adapter error kinds
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error|Can't reach database server/i;

/** Whether `error` (or what caused it) says the database cannot be reached, rather than a bug or a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, kind, message, cause, originalCode } = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if ([code, kind, originalCode].some((value) => typeof value === "string" && UNAVAILABLE_CODES.has(value))) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
