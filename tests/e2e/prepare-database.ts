// Gives the end-to-end run a fresh database and an empty server log; the portal's own start script then migrates and seeds it.
import { rmSync } from "node:fs";
import pg from "pg";
import { E2E_DATABASE_NAME, E2E_LOG_FILE } from "./config";

const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [E2E_DATABASE_NAME]);
await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE_NAME}`);
await admin.query(`CREATE DATABASE ${E2E_DATABASE_NAME}`);
await admin.end();
// The log check reads only this run's lines.
rmSync(E2E_LOG_FILE, { force: true });
console.log(`e2e: fresh database ${E2E_DATABASE_NAME}`);
