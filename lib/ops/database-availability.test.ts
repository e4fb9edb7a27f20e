import { describe, expect, it } from "vitest";
import { isDatabaseDown, isDatabaseUnavailable, markDatabaseDown, markDatabaseUp } from "./database-availability";

describe("database availability", () => {
  it("recognises an unreachable or stopping PostgreSQL, however deeply the driver wrapped it", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: new Error("timeout exceeded when trying to connect") }))).toBe(true);
  });

  it("does not take a bug or a refused statement for an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });

  it("is down from the first failure until marked up again", () => {
    markDatabaseUp();
    expect(isDatabaseDown()).toBe(false);
    markDatabaseDown();
    markDatabaseDown();
    expect(isDatabaseDown()).toBe(true);
    markDatabaseUp();
    expect(isDatabaseDown()).toBe(false);
  });
});
