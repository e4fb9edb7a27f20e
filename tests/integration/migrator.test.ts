// lib/db/migrator.ts against a real PostgreSQL: every test gets a throwaway database of its own.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listMigrations, migrate, migrationChecksum } from "@/lib/db/migrator";
import { createScratchDatabase, dropDatabase } from "./global-setup";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scratchDatabase(): Promise<string> {
  const url = await createScratchDatabase();
  cleanups.push(() => dropDatabase(url));
  return url;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "musharaka-migrations-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

type Row = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number };
const bookkeeping = (url: string) =>
  query<Row>(url, `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);

const tableExists = async (url: string, table: string) =>
  (await query<{ found: boolean }>(url, "SELECT to_regclass($1) IS NOT NULL AS found", [table]))[0]!.found;

describe("migrate()", () => {
  it("applies every migration folder to an empty database and records each with its checksum", async () => {
    const url = await scratchDatabase();
    const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(listMigrations(MIGRATIONS_DIR)).toEqual(folders);

    const lines: string[] = [];
    const result = await migrate({ connectionString: url, log: (line) => lines.push(line) });

    expect(result).toEqual({ applied: folders, alreadyApplied: 0 });
    expect(lines).toEqual(folders.map((name) => `applied ${name}`));
    const rows = await bookkeeping(url);
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(migrationChecksum(bytes));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(url, "users")).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const url = await scratchDatabase();
    const first = await migrate({ connectionString: url });
    const second = await migrate({ connectionString: url });

    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
    expect(await bookkeeping(url)).toHaveLength(first.applied.length);
  });

  it("lets two concurrent runs both succeed while applying each migration exactly once", async () => {
    const url = await scratchDatabase();
    const results = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);

    const count = listMigrations(MIGRATIONS_DIR).length;
    expect(results.map((r) => r.applied.length).sort((a, b) => a - b)).toEqual([0, count]);
    expect(results.map((r) => r.alreadyApplied).sort((a, b) => a - b)).toEqual([0, count]);
    const rows = await bookkeeping(url);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row.migration_name)).size).toBe(count);
  });

  it("refuses a migration that was modified after it was applied, naming it", async () => {
    const url = await scratchDatabase();
    const dir = tempDir();
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate({ connectionString: url, migrationsDir: dir });

    const name = listMigrations(dir)[0]!;
    appendFileSync(path.join(dir, name, "migration.sql"), "\n-- an innocent-looking edit\n");

    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`Migration ${name} was modified after it was applied`),
    );
  });

  it("rolls a failing migration back entirely and keeps the ones before it", async () => {
    const url = await scratchDatabase();
    const dir = tempDir();
    writeMigration(dir, "20260101000000_good", `CREATE TABLE "good_table" ("id" INTEGER NOT NULL);`);
    writeMigration(
      dir,
      "20260102000000_bad",
      `CREATE TABLE "bad_table" ("id" INTEGER NOT NULL);\nINSERT INTO "no_such_table" VALUES (1);\n`,
    );

    const failure = migrate({ connectionString: url, migrationsDir: dir });
    await expect(failure).rejects.toThrow(/Migration 20260102000000_bad failed and was rolled back/);
    await expect(failure).rejects.toThrow(/relation "no_such_table" does not exist \(migration\.sql line 2\)/);

    expect(await tableExists(url, "good_table")).toBe(true);
    expect(await tableExists(url, "bad_table")).toBe(false);
    expect((await bookkeeping(url)).map((row) => row.migration_name)).toEqual(["20260101000000_good"]);

    // Once fixed, the next run applies it.
    writeFileSync(path.join(dir, "20260102000000_bad", "migration.sql"), `CREATE TABLE "bad_table" ("id" INTEGER NOT NULL);`);
    expect(await migrate({ connectionString: url, migrationsDir: dir })).toEqual({
      applied: ["20260102000000_bad"],
      alreadyApplied: 1,
    });
  });

  it("stops at a migration that Prisma left unfinished", async () => {
    const url = await scratchDatabase();
    const dir = tempDir();
    writeMigration(dir, "20260101000000_half_done", `CREATE TABLE "t" ("id" INTEGER);`);
    await query(url, `
      CREATE TABLE "_prisma_migrations" (
        id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
        migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
        started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0);
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260101000000_half_done');`);

    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /Migration 20260101000000_half_done failed in an earlier attempt/,
    );
    expect(await tableExists(url, "t")).toBe(false);
  });
});

describe("the foundation migration", () => {
  it("makes audit_events append-only (UPDATE and DELETE refused, TRUNCATE allowed)", async () => {
    const url = await scratchDatabase();
    await migrate({ connectionString: url });
    await query(url, `INSERT INTO audit_events (action, target_type, target_id) VALUES ('test', 'thing', '1')`);

    await expect(query(url, `UPDATE audit_events SET action = 'changed'`)).rejects.toThrow(
      /audit_events is append-only: UPDATE is not allowed/,
    );
    await expect(query(url, `DELETE FROM audit_events`)).rejects.toThrow(/audit_events is append-only: DELETE is not allowed/);
    expect(await query(url, `SELECT action FROM audit_events`)).toEqual([{ action: "test" }]);

    await query(url, `TRUNCATE audit_events`);
    expect(await query(url, `SELECT action FROM audit_events`)).toEqual([]);
  });

  it("keeps commune_settings to its single row, id 1", async () => {
    const url = await scratchDatabase();
    await migrate({ connectionString: url });

    await expect(
      query(url, `INSERT INTO commune_settings (id, code, kind, name_ar, name_fr, province_ar, province_fr, region_ar,
        region_fr, legal_population, census_year, council_size, mandate_start_year, mandate_end_year, address_ar,
        address_fr, phone, email, updated_at)
        VALUES (2, 'c', 'rural', 'a', 'a', 'a', 'a', 'a', 'a', 1, 2024, 11, 2021, 2026, 'a', 'a', 'p', 'e', now())`),
    ).rejects.toThrow(/commune_settings_single_row/);
  });
});
