import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { refuse } from "./unavailable";

describe("the try-again-shortly answer", () => {
  it("is a 503 with Retry-After and a page in Arabic and French, not cached", async () => {
    const server = createServer((req, res) => refuse(res, req.url === "/busy" ? "busy" : "database"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const database = await fetch(`http://127.0.0.1:${port}/`);
      const html = await database.text();
      expect(database.status).toBe(503);
      expect(Number(database.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(database.headers.get("cache-control")).toBe("no-store");
      expect(html).toMatch(/<html lang="ar" dir="rtl">/);
      expect(html).toMatch(/<section lang="fr" dir="ltr">/);
      expect(html).toContain("Réessayez");
      expect(html).not.toMatch(/<script/);
      const busy = await fetch(`http://127.0.0.1:${port}/busy`);
      expect(busy.status).toBe(503);
      expect(await busy.text()).not.toBe(html);
    } finally {
      server.close();
    }
  });
});
