import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache } from "./page-cache";

let server: Server | undefined;
let renders = 0;

/** A real HTTP server whose pages say how many renders there have been, behind the cache. */
async function serve(ttlMs: number, page: (req: IncomingMessage, res: ServerResponse) => void = defaultPage): Promise<string> {
  renders = 0;
  const cache = createPageCache({ ttlMs, maxEntries: 2, maxBodyBytes: 1_000, sessionCookie: "musharaka.session" });
  let ids = 0;
  server = createServer((req, res) =>
    cache.handle(req, res, async (request, response) => {
      renders += 1;
      page(request, response);
    }, () => `request-${++ids}`),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

function defaultPage(req: IncomingMessage, res: ServerResponse) {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("x-request-id", "rendered");
  res.write("<p>render ");
  res.end(`${renders} of ${req.url}</p>`);
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe("the page cache", () => {
  it("renders a page once for many anonymous visitors, with a request id of their own", async () => {
    const base = await serve(60_000);
    const first = await fetch(`${base}/petitions`);
    const second = await fetch(`${base}/petitions`);
    expect(await first.text()).toBe("<p>render 1 of /petitions</p>");
    expect(await second.text()).toBe("<p>render 1 of /petitions</p>");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("x-request-id")).toBe("request-1");
    expect(await (await fetch(`${base}/forum`)).text()).toBe("<p>render 2 of /forum</p>");
  });

  it("never serves a signed-in person or the router's own requests from it", async () => {
    const base = await serve(60_000);
    await fetch(`${base}/`);
    expect(await (await fetch(`${base}/`, { headers: { cookie: "theme=1; musharaka.session=abc" } })).text()).toBe("<p>render 2 of /</p>");
    expect(await (await fetch(`${base}/`, { headers: { rsc: "1" } })).text()).toBe("<p>render 3 of /</p>");
    expect(await (await fetch(`${base}/`, { headers: { cookie: "theme=1" } })).text()).toBe("<p>render 1 of /</p>");
  });

  it("is emptied by any form post, so that a change is seen at once", async () => {
    const base = await serve(60_000);
    await fetch(`${base}/petitions/1`);
    await fetch(`${base}/petitions/1`, { method: "POST", body: "sign" });
    expect(await (await fetch(`${base}/petitions/1`)).text()).toBe("<p>render 3 of /petitions/1</p>");
  });

  it("renders again once a copy is older than its lifetime", async () => {
    const base = await serve(50);
    await fetch(`${base}/`);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await (await fetch(`${base}/`)).text()).toBe("<p>render 2 of /</p>");
  });

  it("keeps neither errors, nor answers that set a cookie, nor pages over the size limit, and holds a bounded number", async () => {
    const base = await serve(60_000, (req, res) => {
      if (req.url === "/missing") res.statusCode = 404;
      if (req.url === "/cookie") res.setHeader("Set-Cookie", "a=1");
      res.setHeader("Content-Type", "text/html");
      res.end(req.url === "/big" ? "x".repeat(2_000) : `render ${renders}`);
    });
    for (const path of ["/missing", "/cookie", "/big"]) {
      await fetch(`${base}${path}`);
      expect((await fetch(`${base}${path}`)).headers.get("x-page-cache"), path).toBeNull();
    }
    for (const path of ["/a", "/b", "/c"]) await fetch(`${base}${path}`);
    // At most two pages kept: the oldest went first.
    expect((await fetch(`${base}/a`)).headers.get("x-page-cache")).toBeNull();
    expect((await fetch(`${base}/c`)).headers.get("x-page-cache")).toBe("hit");
  });

  it("gives every copy a nonce of its own, in the policy and in the page, gzipped or not", async () => {
    const base = await serve(60_000, (req, res) => {
      const nonce = `n${renders}+/=`;
      const page = Buffer.from(`<script nonce="${nonce}">a</script>${"<p>محتوى الصفحة</p>".repeat(20)}<script nonce="${nonce}">b</script>`);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      if (String(req.headers["accept-encoding"]).includes("gzip")) {
        res.setHeader("Content-Encoding", "gzip");
        res.end(gzipSync(page));
      } else res.end(page);
    });
    const seen = new Set<string>();
    for (const encoding of ["gzip", "identity", "gzip", "identity"]) {
      // fetch decompresses the gzip copies: a malformed one would throw here.
      const response = await fetch(`${base}/petitions/1`, { headers: { "accept-encoding": encoding } });
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]!;
      const page = await response.text();
      expect(page.split(`nonce="${nonce}"`)).toHaveLength(3);
      expect(page).toContain("<p>محتوى الصفحة</p>".repeat(20));
      seen.add(nonce);
    }
    expect(renders).toBe(2);
    expect(seen.size).toBe(4);
  });

  it("keeps pages apart by the scheme the proxy saw (HSTS is sent over https only)", async () => {
    const base = await serve(60_000, (req, res) => {
      res.setHeader("Content-Type", "text/html");
      if (req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", "max-age=63072000");
      res.end("page");
    });
    await fetch(`${base}/`);
    const secure = await fetch(`${base}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000");
    expect((await fetch(`${base}/`)).headers.get("strict-transport-security")).toBeNull();
  });

  it("is off with a lifetime of 0", async () => {
    const base = await serve(0);
    await fetch(`${base}/`);
    expect(await (await fetch(`${base}/`)).text()).toBe("<p>render 2 of /</p>");
  });
});
