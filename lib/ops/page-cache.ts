// A few seconds' cache of the pages as anonymous visitors get them, in front of Next.js (issue 11,
// targets.md: a key page at least half a static file's throughput). Every public page is rendered
// per request (its CSP nonce, the signed-in person's header); a crowd of visitors reading the same
// petition or the programme then costs one render every few seconds instead of one each.
// - Only GET requests without the session cookie and without the router's RSC headers are served
//   from it; only 200 HTML answers without Set-Cookie are kept, per URL, host and Accept-Encoding.
// - Any other request (a form post, a server action) empties it: what a visitor sees is never older
//   than the last change made through this server, nor than `ttlMs`.
// - While one request renders an expired page again, the others get the previous copy.
// Reusing a page's nonce for a few seconds is safe here: a page is only ever stored as rendered
// before anyone saw its nonce, and a write (the only way to put new text into a page) empties it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type Entry = { headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };
type PageCacheOptions = { ttlMs: number; maxEntries: number; maxBodyBytes: number; sessionCookie: string };

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "x-request-id"]);
/** The App Router's own requests (RSC payloads, prefetches, actions) vary by these. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

export function createPageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const rendering = new Set<string>();
  let generation = 0;

  function keyOf(req: IncomingMessage): string | null {
    const url = req.url ?? "/";
    if (url.startsWith("/api/") || url.startsWith("/_next/")) return null;
    if ((req.headers.cookie ?? "").includes(options.sessionCookie) || req.headers.authorization) return null;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    return `${req.headers.host ?? ""} ${url} ${req.headers["accept-encoding"] ?? ""}`;
  }

  function send(res: ServerResponse, entry: Entry, headOnly: boolean, requestId: string): void {
    res.writeHead(200, { ...entry.headers, "x-request-id": requestId, "x-page-cache": "hit" });
    res.end(headOnly ? undefined : entry.body);
  }

  /** Keeps what `render` writes, and stores it once the response has finished, if it may be shared. */
  function capture(res: ServerResponse, key: string): void {
    const startedIn = generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let headers: OutgoingHttpHeaders | null = null;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const extra = rest.find((arg) => typeof arg === "object" && arg !== null) as OutgoingHttpHeaders | undefined;
      headers = status === 200 ? { ...res.getHeaders(), ...(extra ?? {}) } : null;
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    const keep = (chunk: unknown) => {
      if (!headers || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += buffer.length;
      if (size > options.maxBodyBytes) headers = null;
      else chunks.push(buffer);
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    // Node writes the head implicitly inside the first write or end: keep the chunk after it.
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      const written = write(chunk, ...rest);
      keep(chunk);
      return written;
    }) as typeof res.write;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const ended = end(chunk, ...rest);
      keep(chunk);
      return ended;
    }) as typeof res.end;
    res.once("close", () => {
      rendering.delete(key);
      if (!res.writableFinished || !headers || generation !== startedIn) return;
      if (!String(headers["content-type"] ?? "").startsWith("text/html") || headers["set-cookie"] !== undefined) return;
      const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())));
      entries.delete(key);
      entries.set(key, { headers: kept, body: Buffer.concat(chunks), storedAt: Date.now() });
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    });
  }

  return {
    /** Answers from the cache when it can; otherwise lets `render` answer and keeps the page if it may. */
    async handle(req: IncomingMessage, res: ServerResponse, render: Render, requestId: () => string): Promise<void> {
      if (req.method !== "GET" && req.method !== "HEAD") {
        generation += 1;
        entries.clear();
        return render(req, res);
      }
      const key = options.ttlMs > 0 ? keyOf(req) : null;
      if (!key) return render(req, res);
      const entry = entries.get(key);
      const age = entry ? Date.now() - entry.storedAt : Infinity;
      if (entry && (age < options.ttlMs || (rendering.has(key) && age < 2 * options.ttlMs))) {
        return send(res, entry, req.method === "HEAD", requestId());
      }
      if (req.method === "HEAD" || rendering.has(key)) return render(req, res);
      rendering.add(key);
      capture(res, key);
      return render(req, res);
    },
    /** How many pages it holds (for tests and the health of the cache). */
    get size() {
      return entries.size;
    },
  };
}
