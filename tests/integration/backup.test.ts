// Backup and restore (lib/ops/backup.ts) on a seeded database: the archive restored into a new,
// empty database and storage folder gives back every table with the same rows (a checksum of each
// table's content), and every uploaded file; restoring over data is refused.
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrator";
import { createBackup, restoreBackup } from "@/lib/ops/backup";
import { seed } from "@/prisma/seed/index";
import { createScratchDatabase, dropDatabase } from "./global-setup";

let source: string;
let target: string;
let work: string;

/** A checksum of every table's rows, in a stable order. */
async function checksums(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ sum: string | null; n: string }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum, count(*) AS n FROM "${name}" t`);
      sums[name] = `${rows[0]!.n}:${rows[0]!.sum ?? "-"}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "musharaka-backup-test-"));
  source = await createScratchDatabase();
  target = await createScratchDatabase();
  await migrate({ connectionString: source });
  const db = createPrismaClient(source);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
  await mkdir(path.join(work, "uploads", "ab"), { recursive: true });
  await writeFile(path.join(work, "uploads", "ab", "photo-key"), Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
}, 120_000);

afterAll(async () => {
  await Promise.all([source && dropDatabase(source), target && dropDatabase(target)]);
  await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("give back every table row for row, and every uploaded file", async () => {
    const { archive, manifest } = await createBackup({ databaseUrl: source, uploadDir: path.join(work, "uploads"), outDir: path.join(work, "backups"), now: new Date("2026-11-29T10:00:00Z") });
    expect(path.basename(archive)).toBe("musharaka-20261129-100000.tar.gz");
    // The programme's 20 demo projects and the one the 2026 participatory budget funded.
    expect(manifest.tables.projects).toBe(21);
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(5);

    const restored = await restoreBackup({ archive, databaseUrl: target, uploadDir: path.join(work, "restored-uploads") });
    expect(restored.createdAt).toBe("2026-11-29T10:00:00.000Z");
    expect(await checksums(target)).toEqual(await checksums(source));
    expect([...(await readFile(path.join(work, "restored-uploads", "ab", "photo-key")))]).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);

    // The append-only rules came back too: the audit log still refuses changes.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      await client.query(`INSERT INTO audit_events (action, target_type, target_id) VALUES ('backup.checked', 'test', '1')`);
      await expect(client.query(`DELETE FROM audit_events`)).rejects.toThrow();
    } finally {
      await client.end();
    }
  }, 120_000);

  it("refuses to restore over a database or a storage folder that holds data", async () => {
    const { archive } = await createBackup({ databaseUrl: source, uploadDir: path.join(work, "uploads"), outDir: path.join(work, "backups-2") });
    await expect(restoreBackup({ archive, databaseUrl: source, uploadDir: path.join(work, "empty") })).rejects.toThrow(/not empty/);
    const fresh = await createScratchDatabase();
    try {
      await expect(restoreBackup({ archive, databaseUrl: fresh, uploadDir: path.join(work, "uploads") })).rejects.toThrow(/not empty/);
    } finally {
      await dropDatabase(fresh);
    }
  }, 120_000);
});
