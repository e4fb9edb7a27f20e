// Builds a Prisma client over node-postgres. Kept free of "server-only" so that scripts
// (migrate, seed) and integration tests can use it; app code imports `db` from ./client.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markDatabaseDown } from "@/lib/ops/database-availability";
import { databaseUrl } from "./url";

export function createPrismaClient(connectionString = databaseUrl()) {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Never wait forever for a connection under load (targets.md #11).
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    },
    // A pooled connection dropped by the server (PostgreSQL stopped or restarting): the server
    // process answers "try again shortly" until the database answers again (lib/ops/serve.ts).
    { onPoolError: markDatabaseDown, onConnectionError: markDatabaseDown },
  );
  return new PrismaClient({
    adapter,
    // Password hashes are selected explicitly where they are needed, never by accident.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** A Prisma interactive-transaction client, for functions that must run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
