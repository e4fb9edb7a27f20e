// Backups the commune's small IT team can trust: one dated archive holding a consistent dump of
// the database (pg_dump, custom format) and the uploaded files, with a manifest (row counts per
// table, migrations, time); and its restore into an EMPTY database and storage folder. The dump
// is taken first, then the files are copied: a file uploaded in between is only an extra file.
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type BackupManifest = { format: 1; createdAt: string; migrations: string[]; tables: Record<string, number> };

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${errors.trim().slice(0, 2000)}`))));
  });
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The application's tables (schema public), by name. */
async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((r) => r.name);
}

/** Exact row counts of every table: what a restore must give back. */
export async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  return withClient(databaseUrl, async (client) => {
    const counts: Record<string, number> = {};
    for (const name of await tableNames(client)) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "${name}"`);
      counts[name] = Number(rows[0]!.count);
    }
    return counts;
  });
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries.length === 0;
}

const stamp = (date: Date) => date.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");

/** Writes `<outDir>/musharaka-<UTC time>.tar.gz` and returns its path and manifest. */
export async function createBackup({ databaseUrl, uploadDir, outDir, now = new Date() }: { databaseUrl: string; uploadDir: string; outDir: string; now?: Date }) {
  const staging = await mkdtemp(path.join(tmpdir(), "musharaka-backup-"));
  try {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(staging, "database.dump")}`, databaseUrl]);
    await mkdir(path.join(staging, "uploads"));
    if (await stat(uploadDir).catch(() => null)) await cp(uploadDir, path.join(staging, "uploads"), { recursive: true });
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      migrations: await withClient(databaseUrl, async (client) =>
        (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name`)).rows.map((r) => r.name),
      ),
      tables: await tableCounts(databaseUrl),
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(outDir, { recursive: true });
    const archive = path.join(outDir, `musharaka-${stamp(now)}.tar.gz`);
    await run("tar", ["-czf", archive, "-C", staging, "manifest.json", "database.dump", "uploads"]);
    return { archive, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Restores an archive into an empty database and an empty (or missing) storage folder, then checks
 * that every table has the row count the manifest recorded. Refuses to overwrite anything.
 */
export async function restoreBackup({ archive, databaseUrl, uploadDir }: { archive: string; databaseUrl: string; uploadDir: string }) {
  const tables = await withClient(databaseUrl, tableNames);
  if (tables.length) throw new Error(`restore: the database is not empty (${tables.length} tables); restore into a new, empty database.`);
  if (!(await isEmptyFolder(uploadDir))) throw new Error(`restore: the storage folder ${uploadDir} is not empty.`);
  const staging = await mkdtemp(path.join(tmpdir(), "musharaka-restore-"));
  try {
    await run("tar", ["-xzf", archive, "-C", staging]);
    const manifest = JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8")) as BackupManifest;
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${databaseUrl}`, path.join(staging, "database.dump")]);
    await mkdir(uploadDir, { recursive: true });
    await cp(path.join(staging, "uploads"), uploadDir, { recursive: true });
    const counts = await tableCounts(databaseUrl);
    const wrong = Object.entries(manifest.tables).filter(([name, count]) => counts[name] !== count);
    if (wrong.length) throw new Error(`restore: row counts differ from the backup's for ${wrong.map(([name]) => name).join(", ")}`);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
