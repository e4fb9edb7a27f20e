// Vitest global setup for the integration project: rebuilds the test database from nothing and
// applies every migration, so each run starts from exactly what the migrations create.
// The helpers are exported for tests that need throwaway databases of their own.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "../../lib/db/migrator";
import { ADMIN_DATABASE_URL, TEST_DATABASE_URL } from "./database";

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error(`No database name in ${url}`);
  return name;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Drops the database of `url` (ending its other connections first). */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdmin(async (admin) => {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
  });
}

/** Drops and creates the (empty) database of `url`. */
export async function recreateDatabase(url: string): Promise<void> {
  await dropDatabase(url);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdentifier(databaseName(url))}`));
}

/** A new empty database with a random name on the admin server; returns its URL. */
export async function createScratchDatabase(): Promise<string> {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/musharaka_scratch_${randomBytes(6).toString("hex")}`;
  await recreateDatabase(url.toString());
  return url.toString();
}

export default async function setup(): Promise<void> {
  await recreateDatabase(TEST_DATABASE_URL);
  await migrate({ connectionString: TEST_DATABASE_URL });
}
