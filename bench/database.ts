// A database of its own for a bench that must not share musharaka_bench (bench/portal.ts's default):
// dropped and created again on each run, named by an environment variable.
import pg from "pg";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Drops and creates `name` on the bench's PostgreSQL; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`a bench database name must be a plain identifier, not ${name}`);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
}
