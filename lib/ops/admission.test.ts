import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { bypassesAdmission, createAdmission, inSlot } from "./admission";

describe("load shedding", () => {
  it("lets requests in up to the limit, queues a few, refuses the rest at once", async () => {
    const gate = createAdmission({ maxInFlight: 2, maxQueued: 1, queueTimeoutMs: 10_000 });
    const first = await gate.acquire();
    const second = await gate.acquire();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    const waiting = gate.acquire();
    const started = Date.now();
    expect(await gate.acquire()).toBeNull();
    expect(Date.now() - started).toBeLessThan(100);
    expect(gate.stats()).toEqual({ inFlight: 2, queued: 1, refused: 1 });
    // A finished request hands its slot to the one waiting, never to more than the limit.
    first!();
    const third = await waiting;
    expect(third).not.toBeNull();
    expect(gate.stats()).toMatchObject({ inFlight: 2, queued: 0 });
  });

  it("refuses a queued request that waited too long instead of keeping it forever", async () => {
    const gate = createAdmission({ maxInFlight: 1, maxQueued: 5, queueTimeoutMs: 50 });
    const held = await gate.acquire();
    expect(await gate.acquire()).toBeNull();
    expect(gate.stats()).toEqual({ inFlight: 1, queued: 0, refused: 1 });
    held!();
    expect(gate.stats().inFlight).toBe(0);
  });

  it("counts a release once, however often the response says it ended", async () => {
    const gate = createAdmission({ maxInFlight: 1, maxQueued: 0, queueTimeoutMs: 10 });
    const release = await gate.acquire();
    release!();
    release!();
    expect(gate.stats().inFlight).toBe(0);
    const again = await gate.acquire();
    expect(again).not.toBeNull();
    expect(await gate.acquire()).toBeNull();
  });

  it("never holds back built files or the health check", () => {
    expect(bypassesAdmission("/_next/static/chunks/main.js")).toBe(true);
    expect(bypassesAdmission("/api/health?x=1")).toBe(true);
    expect(bypassesAdmission("/petitions/1")).toBe(false);
    expect(bypassesAdmission("/api/open/petitions")).toBe(false);
  });

  it("gets its slot back from a client that left while it waited, so later requests are still served", async () => {
    const gate = createAdmission({ maxInFlight: 1, maxQueued: 5, queueTimeoutMs: 5_000 });
    let openTheGate = () => {};
    const gateOpen = new Promise<void>((resolve) => (openTheGate = resolve));
    const server = createServer(async (req, res) => {
      const admitted = await inSlot(gate, res, async () => {
        if (req.url === "/slow") await gateOpen;
        res.end("served");
      });
      if (!admitted) res.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const slow = fetch(`${base}/slow`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A second client waits for the one slot, then gives up and closes its connection.
    const leaving = request(`${base}/leaving`);
    leaving.on("error", () => {});
    leaving.end();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gate.stats().queued).toBe(1);
    leaving.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    openTheGate();
    expect(await slow).toBe("served");
    const next = await fetch(`${base}/next`);
    expect(await next.text()).toBe("served");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gate.stats()).toMatchObject({ inFlight: 0, queued: 0 });
    await new Promise((resolve) => server.close(resolve));
  });
});
