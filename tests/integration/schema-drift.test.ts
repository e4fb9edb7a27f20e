// Proves that the SQL migrations build exactly the schema prisma/schema.prisma describes, as
// `prisma migrate dev` would have (the CLI cannot run here: see lib/db/migrator.ts).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrator";
import { expectedSchema, introspectSchema, type Schema } from "../support/schema-drift";
import { createScratchDatabase, dropDatabase } from "./global-setup";

let url: string;
let client: pg.Client;
let expected: Schema;

beforeAll(async () => {
  expected = expectedSchema();
  url = await createScratchDatabase();
  await migrate({ connectionString: url });
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (url) await dropDatabase(url);
});

describe("schema drift", () => {
  it("migrations applied to an empty database give exactly the schema of schema.prisma", async () => {
    expect(await introspectSchema(client)).toEqual(expected);
  });

  // The comparison must not pass vacuously: each change below, made inside a transaction that is
  // rolled back, has to make it fail.
  it.each([
    ["a dropped column", `ALTER TABLE "douars" DROP COLUMN "population"`],
    ["an extra column", `ALTER TABLE "users" ADD COLUMN "nickname" TEXT`],
    ["a changed type", `ALTER TABLE "plan_axes" ALTER COLUMN "note_ar" TYPE VARCHAR(200)`],
    ["a lost NOT NULL", `ALTER TABLE "users" ALTER COLUMN "name" DROP NOT NULL`],
    ["a changed default", `ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'fr'`],
    ["an extra enum value", `ALTER TYPE "role" ADD VALUE 'guest'`],
    ["a missing index", `DROP INDEX "audit_events_target_type_target_id_idx"`],
    ["a plain index instead of a unique one", `DROP INDEX "users_email_key"; CREATE INDEX "users_email_key" ON "users"("email")`],
    [
      "a changed ON DELETE",
      `ALTER TABLE "associations" DROP CONSTRAINT "associations_representative_id_fkey";
       ALTER TABLE "associations" ADD CONSTRAINT "associations_representative_id_fkey" FOREIGN KEY ("representative_id")
         REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    ],
    ["an extra table", `CREATE TABLE "stray" ("id" INTEGER PRIMARY KEY)`],
  ])("catches %s", async (_label, change) => {
    await client.query("BEGIN");
    try {
      await client.query(change);
      const drifted = await introspectSchema(client);
      expect(() => expect(drifted).toEqual(expected)).toThrow();
    } finally {
      await client.query("ROLLBACK");
    }
    // and the rollback really restored the original
    expect(await introspectSchema(client)).toEqual(expected);
  });

  it("ignores CHECK constraints and triggers, which Prisma does not model", async () => {
    await client.query("BEGIN");
    try {
      await client.query(`ALTER TABLE "commune_settings" DROP CONSTRAINT "commune_settings_single_row";
        DROP TRIGGER "audit_events_append_only" ON "audit_events"`);
      expect(await introspectSchema(client)).toEqual(expected);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
