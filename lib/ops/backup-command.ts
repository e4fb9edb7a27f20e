// `npm run backup` → one archive in BACKUP_DIR (default .data/backups);
// `npm run restore -- <archive>` → into the EMPTY database of DATABASE_URL and an empty UPLOAD_DIR.
// Both need DATABASE_URL (a real PostgreSQL) and the PostgreSQL client tools (pg_dump, pg_restore).
import path from "node:path";
import { createBackup, restoreBackup } from "./backup";

const [command, archive] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL;
const uploadDir = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");

try {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to back up or restore into.");
  if (command === "backup") {
    const { archive: written, manifest } = await createBackup({ databaseUrl, uploadDir, outDir: path.resolve(process.env.BACKUP_DIR ?? ".data/backups") });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(`backup: wrote ${written} (${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.migrations.length} migrations)`);
  } else if (command === "restore" && archive) {
    const manifest = await restoreBackup({ archive: path.resolve(archive), databaseUrl, uploadDir });
    console.log(`restore: restored the backup of ${manifest.createdAt}; every table has the row count it had.`);
  } else {
    throw new Error("usage: npm run backup | npm run restore -- <archive.tar.gz>");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
