// The app's database client, created with query events so that a test can count the SQL statements
// a query function issues. Use it in place of lib/db/client.ts:
//   vi.mock("@/lib/db/client", async () => ({ db: (await import("./counting-db")).db }));
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const recording = { statements: 0, on: false };

export const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  omit: { user: { passwordHash: true } },
  log: [{ emit: "event", level: "query" }],
});
db.$on("query", () => {
  if (recording.on) recording.statements++;
});

/** Runs `work` and returns how many SQL statements it issued. */
export async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  recording.statements = 0;
  recording.on = true;
  try {
    await work();
  } finally {
    recording.on = false;
  }
  return recording.statements;
}
