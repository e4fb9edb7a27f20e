// Structured logs (pino), one JSON object per line, each carrying a request id (or, for background
// work, the id of the run). Personal data never belongs in a log line: callers pass ids and counts,
// and the keys below are censored in case one slips through (targets.md, issue 9).
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

const REDACTED_KEYS = ["email", "password", "passwordHash", "cin", "nationalId", "idNumber", "phone", "address", "name", "fullName", "cookie", "authorization", "token"];

const state = globalThis as unknown as { musharakaLogger?: Logger };

function defaultDestination(): DestinationStream {
  return process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, mkdir: true, sync: false }) : pino.destination(1);
}

/** LOG_FILE appends to a file (tests read it back); otherwise standard output, for the service manager. */
export function createLogger(destination: DestinationStream = defaultDestination()): Logger {
  return pino(
    {
      // lib/env.ts names a wrong LOG_LEVEL at start; here a wrong one must not break every request.
      level: process.env.LOG_LEVEL && process.env.LOG_LEVEL in pino.levels.values ? process.env.LOG_LEVEL : "info",
      base: { service: "musharaka" },
      redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: "[redacted]" },
      // Errors keep their type and stack, never the values the code was handling.
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/** The process-wide logger; kept on globalThis because Next.js may load this module in several bundles. */
export function logger(): Logger {
  state.musharakaLogger ??= createLogger();
  return state.musharakaLogger;
}

/** Ids that travel in the x-request-id header: short and plain, so a client cannot inject into log lines. */
export function acceptableRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(value);
}

export function newRequestId(): string {
  return randomUUID();
}

/** A logger for one run of background work (outbox, housekeeping): its lines share a run id. */
export function backgroundLogger(task: string): Logger {
  return logger().child({ requestId: `${task}-${randomUUID()}`, task });
}
