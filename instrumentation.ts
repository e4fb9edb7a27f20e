// Starts the background work of each server process: housekeeping always, the e-mail outbox
// worker when SMTP is configured. Logs every server error with the request id that proxy.ts gave it,
// and marks the database down when the error says it cannot be reached.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMaintenance } = await import("./lib/ops/maintenance");
  startMaintenance();
  if (!process.env.SMTP_URL) return;
  const { startOutboxWorker } = await import("./lib/mail/worker");
  startOutboxWorker({
    smtpUrl: process.env.SMTP_URL,
    from: process.env.MAIL_FROM ?? "Musharaka <no-reply@musharaka.localhost>",
    intervalMs: Number(process.env.OUTBOX_INTERVAL_MS ?? 5_000),
    // Tests shorten the day a digest waits; unset means one day.
    digestAfterHours: process.env.NOTIFICATION_DIGEST_HOURS ? Number(process.env.NOTIFICATION_DIGEST_HOURS) : undefined,
  });
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { isDatabaseUnavailable, markDatabaseDown }] = await Promise.all([import("./lib/ops/log"), import("./lib/ops/database-availability")]);
  // An outage, not a bug: lib/ops/serve.ts answers "try again shortly" (503) until PostgreSQL is back.
  if (isDatabaseUnavailable(error)) markDatabaseDown();
  const requestId = request.headers["x-request-id"];
  const path = request.path.split("?")[0];
  logger().error({ requestId, method: request.method, path, route: context.routePath, routeType: context.routeType, err: error }, "request failed");
};
