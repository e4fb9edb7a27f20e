// Environment read once and validated; app code imports `env()`, never process.env.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  /** Where people reach the portal; used for links in e-mails and to decide on secure cookies. */
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** smtp://user:pass@host:port; unset means e-mails stay in the outbox, readable in the dev mailbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Musharaka <no-reply@musharaka.localhost>"),
  /** Where uploaded files (progress evidence) are kept; back it up with the database. */
  UPLOAD_DIR: z.string().default(".data/uploads"),
  /**
   * Encrypts national identity numbers (CIN) and keys their hashes (lib/security/personal-data.ts).
   * Required in production, and must never change once data exists; elsewhere derived from
   * NEXTAUTH_SECRET.
   */
  PERSONAL_DATA_KEY: z.string().min(32, "PERSONAL_DATA_KEY must be at least 32 characters").optional(),
  /** Structured logs: appended to this file when set, standard output otherwise (lib/ops/log.ts). */
  LOG_FILE: z.string().optional(),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal"], { error: "LOG_LEVEL must be one of trace, debug, info, warn, error, fatal" }).default("info"),
  /** "production" disables the demo seed and the development mailbox. */
  PORTAL_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;
let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

export function usesSecureCookies(): boolean {
  return env().PUBLIC_URL.startsWith("https://");
}

/** E-mails are only readable in the browser on a local demo with no SMTP server configured. */
export function devMailboxEnabled(): boolean {
  const { SMTP_URL, PORTAL_ENV } = env();
  return !SMTP_URL && PORTAL_ENV !== "production";
}
