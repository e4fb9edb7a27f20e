// What the portal sees when PostgreSQL cannot be reached (issue 11's crash drill; the drill itself
// is `npm run bench:crash`, on a private cluster it stops and starts). Real Prisma over the real
// node-postgres driver: a database on a port where nothing listens, next to the test database.
// The errors must be recognised as an outage (lib/ops/serve.ts then answers 503 "try again
// shortly"), arrive within the pool's bounds instead of hanging, and a real SQL error must not be
// taken for one.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { isDatabaseDown, isDatabaseUnavailable, markDatabaseUp } from "@/lib/ops/database-availability";
import { TEST_DATABASE_URL } from "./database";

const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
const reachable = createPrismaClient(TEST_DATABASE_URL);

afterAll(async () => {
  await Promise.all([unreachable.$disconnect(), reachable.$disconnect()]);
  markDatabaseUp();
});

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("database outage", () => {
  it("a query to an unreachable database fails quickly, recognised as an outage", async () => {
    const started = Date.now();
    const error = await failure(() => unreachable.user.count());
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const raw = await failure(() => unreachable.$queryRaw`SELECT 1`);
    expect(isDatabaseUnavailable(raw)).toBe(true);
  });

  it("a wrong query on a working database is a bug, not an outage", async () => {
    markDatabaseUp();
    const error = await failure(() => reachable.$queryRawUnsafe("SELECT * FROM no_such_table"));
    expect(isDatabaseUnavailable(error)).toBe(false);
    const division = await failure(() => reachable.$queryRawUnsafe("SELECT 1/0"));
    expect(isDatabaseUnavailable(division)).toBe(false);
    expect(isDatabaseDown()).toBe(false);
  });
});
