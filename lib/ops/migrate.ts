// `tsx lib/ops/migrate.ts`: applies prisma/migrations to DATABASE_URL (see lib/db/migrator.ts).
import { migrate } from "@/lib/db/migrator";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("migrate: DATABASE_URL is not set; nothing to migrate.");
  process.exit(1);
}

try {
  const { applied, alreadyApplied } = await migrate({ connectionString, log: (line) => console.log(`migrate: ${line}`) });
  console.log(
    applied.length === 0
      ? `migrate: database is up to date (${alreadyApplied} migration(s) already applied).`
      : `migrate: applied ${applied.length} migration(s): ${applied.join(", ")} (${alreadyApplied} already applied).`,
  );
} catch (error) {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
