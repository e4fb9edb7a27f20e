// Applies prisma/migrations/<name>/migration.sql in name order. Prisma's CLI cannot migrate on
// offline machines (its schema engine is a download), so this small runner does it instead and
// keeps Prisma's `_prisma_migrations` bookkeeping, so that `prisma migrate deploy/status` still
// understand the database wherever the engine is available.
// Deliberately free of "server-only": lib/ops/migrate.ts and the integration tests import it.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// The key Prisma's own schema engine locks on PostgreSQL: sharing it means this runner and
// `prisma migrate` never run at the same time either.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's bookkeeping table, column for column.
const CREATE_BOOKKEEPING_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

export type MigrateOptions = {
  connectionString: string;
  /** Defaults to <cwd>/prisma/migrations. */
  migrationsDir?: string;
  log?: (line: string) => void;
};

export type MigrateResult = { applied: string[]; alreadyApplied: number };

type BookkeepingRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** sha256 hex of the file's bytes, as Prisma computes it. */
export function migrationChecksum(sql: Buffer | string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Migration folder names (folders that contain migration.sql), in the order they apply. */
export function listMigrations(migrationsDir: string): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // code-unit order, never locale-dependent
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const migrationsDir = options.migrationsDir ?? path.resolve(process.cwd(), "prisma/migrations");
  const log = options.log ?? (() => {});
  const names = listMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: options.connectionString });
  try {
    await client.connect();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to the database${where(options.connectionString)}: ${message}`, { cause: error });
  }
  try {
    // Session-level lock: a second process waits here until the first has finished, then finds
    // everything already applied.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_BOOKKEEPING_TABLE);
      const { rows } = await client.query<BookkeepingRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      );

      const onDisk = new Set(names);
      for (const row of rows) {
        if (!onDisk.has(row.migration_name) && row.rolled_back_at === null) {
          log(`warning: the database has migration ${row.migration_name}, which is not in ${migrationsDir}`);
        }
      }

      const applied: string[] = [];
      let alreadyApplied = 0;
      for (const name of names) {
        const bytes = readFileSync(path.join(migrationsDir, name, "migration.sql"));
        const checksum = migrationChecksum(bytes);
        // Rows marked rolled back (`prisma migrate resolve --rolled-back`) no longer count.
        const live = rows.filter((row) => row.migration_name === name && row.rolled_back_at === null);

        const done = live.find((row) => row.finished_at !== null);
        if (done) {
          if (done.checksum !== checksum) {
            throw new Error(
              `Migration ${name} was modified after it was applied (checksum ${checksum} on disk, ` +
                `${done.checksum} in _prisma_migrations). Restore the file; put changes in a new migration.`,
            );
          }
          alreadyApplied++;
          continue;
        }
        if (live.length > 0) {
          // Only Prisma's CLI leaves such a row (it does not wrap a migration in one transaction);
          // what it half-did must be repaired by hand.
          throw new Error(
            `Migration ${name} failed in an earlier attempt and is recorded as unfinished in _prisma_migrations. ` +
              `Repair the database by hand, then mark it with \`prisma migrate resolve --rolled-back ${name}\` ` +
              `or delete that row.`,
          );
        }

        if (await applyOne(client, name, bytes.toString("utf8"), checksum)) {
          log(`applied ${name}`);
          applied.push(name);
        } else {
          alreadyApplied++;
        }
      }
      return { applied, alreadyApplied };
    } finally {
      // If the connection broke, closing it frees the lock anyway; keep the original error.
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

/**
 * One migration, all or nothing: its SQL and its bookkeeping row commit together.
 * Returns false if another run applied it in the meantime.
 */
async function applyOne(client: pg.Client, name: string, sql: string, checksum: string): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // Redundant on PostgreSQL, where the advisory lock already excludes other runs. Needed on the
    // embedded PGlite server: all its connections share one backend session, so the advisory lock
    // excludes nobody, but it runs one transaction at a time, so this check is race-free there.
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations"
       WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [name],
    );
    if (done.rowCount) {
      await client.query("COMMIT");
      return false;
    }
    // No parameters, so pg uses the simple query protocol, which accepts many statements at once.
    // (So a migration cannot use what refuses to run in a transaction, e.g. CREATE INDEX CONCURRENTLY.)
    await client.query(sql);
    // In a transaction now() is the transaction's start, so started_at (its default) is when the
    // migration began and clock_timestamp() is when it finished.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), checksum, name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {}); // the original error is the one worth reporting
    throw new Error(`Migration ${name} failed and was rolled back: ${describe(error, sql)}`, { cause: error });
  }
}

/** The PostgreSQL message, with its line in migration.sql when the server reports a position. */
function describe(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  const { position, detail, hint } = error as Error & { position?: string; detail?: string; hint?: string };
  let text = error.message;
  if (position) text += ` (migration.sql line ${sql.slice(0, Number(position) - 1).split("\n").length})`;
  if (detail) text += `. Detail: ${detail}`;
  if (hint) text += `. Hint: ${hint}`;
  return text;
}

/** " at host:port/database" for messages, never the password; "" if the string is not a URL. */
function where(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return ` at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return "";
  }
}
