// A fingerprint of what is stored (row count and a hash of the rows, per table), to show that a
// sweep of bad input changed nothing; and a snapshot to put the demo data back afterwards, so that
// the specs that run next see the commune as the seed left it.
import type pg from "pg";

/**
 * Tables that change by themselves or with every request, not through a form's data: the
 * migration log, the audit trail (append-only; a refused attempt may be recorded), rate-limit
 * counters, the e-mail outbox and one-time tokens.
 */
const VOLATILE = new Set(["_prisma_migrations", "audit_events", "rate_limit_buckets", "outbox_messages", "verification_tokens"]);

export type Fingerprint = Map<string, string>;

export async function storedTables(database: pg.Client): Promise<string[]> {
  const { rows } = await database.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  return rows.map((row) => row.name).filter((name) => !VOLATILE.has(name));
}

/** Per table: "rows:md5 of the rows' text, in order" (one statement for all tables). */
export async function fingerprint(database: pg.Client, tables: string[]): Promise<Fingerprint> {
  const parts = tables.map((table) => `SELECT '${table}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS print FROM "${table}" t`);
  const { rows } = await database.query<{ name: string; print: string }>(parts.join(" UNION ALL "));
  return new Map(rows.map((row) => [row.name, row.print]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...before.keys()].filter((table) => before.get(table) !== after.get(table));
}

/** Copies the tables into a schema of their own. */
export async function snapshot(database: pg.Client, tables: string[], schema: string): Promise<void> {
  await database.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  for (const table of tables) await database.query(`CREATE TABLE ${schema}."${table}" AS TABLE public."${table}"`);
}

/** Puts the rows of the given tables back as the snapshot holds them (foreign keys and triggers paused meanwhile), then drops it. */
export async function restore(database: pg.Client, tables: string[], schema: string): Promise<void> {
  await database.query("BEGIN");
  try {
    await database.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) {
      await database.query(`DELETE FROM public."${table}"`);
      // Generated columns (search vectors) are computed again, not copied.
      const { rows } = await database.query<{ name: string }>("SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position", [table]);
      const columns = rows.map((row) => `"${row.name}"`).join(", ");
      await database.query(`INSERT INTO public."${table}" (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM ${schema}."${table}"`);
    }
    await database.query("COMMIT");
  } catch (error) {
    await database.query("ROLLBACK");
    throw error;
  }
  await database.query(`DROP SCHEMA ${schema} CASCADE`);
}
