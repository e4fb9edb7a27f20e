// A few seconds' cache of the pages as anonymous visitors get them, in front of Next.js (issue 11,
// targets.md: a key page at least half a static file's throughput). Every public page is rendered
// per request (its CSP nonce, the signed-in person's header); a crowd of visitors reading the same
// petition or the programme then costs one render every few seconds instead of one each.
// - Only GET requests without the session cookie and without the router's RSC headers are served
//   from it; only 200 HTML answers without Set-Cookie are kept, per URL, host and Accept-Encoding.
// - Any other request (a form post, a server action) empties it: what a visitor sees is never older
//   than the last change made through this server, nor than `ttlMs`.
// - While one request renders an expired page again, the others get the previous copy.
// Each copy served gets a nonce of its own (CSP): the stored page is cut at its nonce, and a fresh
// one is put back in its header and body; a gzip page is kept as deflate pieces that are joined
// around the new nonce (a stored block) without compressing again.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { constants, crc32, deflateRawSync, gunzipSync } from "node:zlib";
import { createNonce } from "../security/headers";

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** `parts`: the page cut at its nonce; `deflated`: the same parts compressed, when it was sent gzipped. */
type Entry = { headers: OutgoingHttpHeaders; nonce: string | null; parts: Buffer[]; deflated: Buffer[] | null; storedAt: number };
type PageCacheOptions = { ttlMs: number; maxEntries: number; maxBodyBytes: number; sessionCookie: string };

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-request-id"]);
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
    // The proxy's scheme and host change the headers (HSTS) and the links (sharing).
    const { host, "x-forwarded-proto": proto, "x-forwarded-host": forwardedHost, "accept-encoding": encoding } = req.headers;
    return [host, proto, forwardedHost, url, encoding].join(" ");
  }

  function send(res: ServerResponse, entry: Entry, headOnly: boolean, requestId: string): void {
    const nonce = entry.nonce ? createNonce() : "";
    const body = entry.deflated ? gzipAround(entry.parts, entry.deflated, nonce) : Buffer.concat(between(entry.parts, Buffer.from(nonce)));
    const headers: OutgoingHttpHeaders = { ...entry.headers, "content-length": body.length, "x-request-id": requestId, "x-page-cache": "hit" };
    if (entry.nonce) headers["content-security-policy"] = String(entry.headers["content-security-policy"]).replaceAll(entry.nonce, nonce);
    res.writeHead(200, headers);
    res.end(headOnly ? undefined : body);
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
      const encoding = headers["content-encoding"];
      if (!String(headers["content-type"] ?? "").startsWith("text/html") || headers["set-cookie"] !== undefined || (encoding !== undefined && encoding !== "gzip")) return;
      const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())));
      const body = Buffer.concat(chunks);
      const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
      const parts = cut(encoding === "gzip" ? gunzipSync(body) : body, nonce);
      const deflated = encoding === "gzip" ? parts.map((part) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH })) : null;
      entries.delete(key);
      entries.set(key, { headers: kept, nonce, parts, deflated, storedAt: Date.now() });
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

/** The page cut at each occurrence of its nonce. */
function cut(page: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [page];
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = page.indexOf(nonce); at !== -1; at = page.indexOf(nonce, from)) {
    parts.push(page.subarray(from, at));
    from = at + nonce.length;
  }
  parts.push(page.subarray(from));
  return parts;
}

/** `parts` with `separator` between each two. */
function between(parts: Buffer[], separator: Buffer): Buffer[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block marked last (RFC 1951 §3.2.4). */
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

/** A stored (uncompressed) deflate block holding `data`, after byte-aligned blocks (RFC 1951 §3.2.4). */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/** A gzip member (RFC 1952) of the parts' deflate pieces, each ended by a sync flush, with `nonce` stored between them. */
function gzipAround(parts: Buffer[], deflated: Buffer[], nonce: string): Buffer {
  const separator = Buffer.from(nonce);
  const plain = between(parts, separator);
  const crc = plain.reduce((value, piece) => crc32(piece, value), 0);
  const size = plain.reduce((total, piece) => total + piece.length, 0);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([GZIP_HEADER, ...between(deflated, storedBlock(separator)), LAST_BLOCK, trailer]);
}
