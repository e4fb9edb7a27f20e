import path from "node:path";

// Ports and database of the end-to-end run; each can be moved by an environment variable so that
// two runs can happen side by side on one machine.
export const E2E_DATABASE_NAME = process.env.E2E_DATABASE_NAME ?? "musharaka_e2e";
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const MAIL_SMTP_PORT = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 2525);
export const MAIL_HTTP_PORT = Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 2526);
export const MAIL_HTTP = `http://127.0.0.1:${MAIL_HTTP_PORT}`;
/** Where the portal under test writes its structured log (LOG_FILE), read back by server-logs.check.ts. */
export const E2E_LOG_FILE = path.resolve(".data", `e2e-server-${E2E_PORT}.log`);
/** The page named by the one CSP violation report the tests send themselves (security-headers.spec.ts); the log check allows only that one. */
export const CSP_SELF_TEST_PAGE = "/csp-report-self-test";
