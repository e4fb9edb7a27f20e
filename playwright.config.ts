import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, E2E_DATABASE_NAME, E2E_LOG_FILE, E2E_PORT, MAIL_HTTP, MAIL_HTTP_PORT, MAIL_SMTP_PORT } from "./tests/e2e/config";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = adminUrl.replace(/\/[^/?]+(\?.*)?$/, `/${E2E_DATABASE_NAME}$1`);
if (!/@(127\.0\.0\.1|localhost)[:/]/.test(databaseUrl)) throw new Error(`e2e refuses a non-local database: ${databaseUrl}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [
    { name: "phone", testIgnore: /no-js\.spec\.ts/, teardown: "server-logs", use: { ...devices["Pixel 5"], browserName: "chromium" } },
    // The same server with scripts off: the public flows must work as plain HTML (targets.md #6).
    { name: "no-javascript", testMatch: /no-js\.spec\.ts/, teardown: "server-logs", use: { ...devices["Pixel 5"], browserName: "chromium", javaScriptEnabled: false } },
    // Runs after both (their teardown): reads back the log the server wrote meanwhile (no personal data in logs).
    { name: "server-logs", testMatch: /server-logs\.check\.ts/ },
  ],
  webServer: [
    {
      command: "npx tsx tests/support/mail-catcher.ts",
      url: `${MAIL_HTTP}/`,
      env: { MAIL_CATCHER_SMTP_PORT: String(MAIL_SMTP_PORT), MAIL_CATCHER_HTTP_PORT: String(MAIL_HTTP_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same start script as `npm start`: migrate, seed, build if needed, serve.
      command: "npx tsx lib/ops/start.ts",
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: "pipe",
      env: {
        DATABASE_URL: databaseUrl,
        PORT: String(E2E_PORT),
        PUBLIC_URL: BASE_URL,
        NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
        OUTBOX_INTERVAL_MS: "500",
        // A digest waits 72 s instead of a day, so that tests/e2e/notifications.spec.ts can see one.
        NOTIFICATION_DIGEST_HOURS: "0.02",
        PORTAL_ENV: "test",
        LOG_FILE: E2E_LOG_FILE,
      },
    },
  ],
});
