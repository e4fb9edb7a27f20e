// The production server that lib/ops/start.ts runs (instead of `next start`): Next.js's own request
// handler behind two guards (issue 11, targets.md #11 and #13):
// - load shedding (lib/ops/admission.ts): at most MAX_IN_FLIGHT requests rendered at once, a short
//   queue, the rest refused at once with 503 + Retry-After;
// - the database's availability (lib/ops/database-availability.ts): while PostgreSQL is known to be
//   down, pages answer a "try again shortly" page (503 + Retry-After) at once, and the database is
//   probed every second until it answers; a 500 caused by the outage goes out as that 503 too.
// - in front of both, a few seconds' cache of the pages as anonymous visitors get them
//   (lib/ops/page-cache.ts; PAGE_CACHE_SECONDS, 0 turns it off), emptied by any form post.
// The refusal page is written in Arabic and French (messages/*.json, "Unavailable"): the guard
// runs before Next.js knows the page's language.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import pg from "pg";
import { SESSION_COOKIE } from "../auth/cookie-name";
import { bypassesAdmission, createAdmission, inSlot } from "./admission";
import { isDatabaseDown, markDatabaseUp } from "./database-availability";
import { acceptableRequestId, logger, newRequestId } from "./log";
import { createPageCache } from "./page-cache";
import { DATABASE_RETRY_SECONDS, refuse } from "./unavailable";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const admission = createAdmission({
  maxInFlight: Number(process.env.MAX_IN_FLIGHT ?? 8),
  maxQueued: Number(process.env.MAX_QUEUED ?? 32),
  queueTimeoutMs: Number(process.env.QUEUE_TIMEOUT_MS ?? 1_000),
});
const pageCache = createPageCache({
  ttlMs: Number(process.env.PAGE_CACHE_SECONDS ?? 5) * 1_000,
  // A key page is about 150 KB kept (its HTML and its deflate pieces): about 30 MB at most.
  maxEntries: 200,
  maxBodyBytes: 512 * 1024,
  // Both names ("__Secure-" over https) contain it.
  sessionCookie: SESSION_COOKIE,
});

/** A page served from the cache never reaches proxy.ts: its request id and log line are given here. */
function cachedRequestId(req: IncomingMessage): string {
  const incoming = req.headers["x-request-id"];
  const requestId = typeof incoming === "string" && acceptableRequestId(incoming) ? incoming : newRequestId();
  logger().info({ requestId, method: req.method, path: (req.url ?? "/").split("?")[0], cache: "hit" }, "request");
  return requestId;
}

let probing = false;
let lastProbe = 0;
/** While the database is marked down: one connection attempt a second at most, marking it up when it answers. */
function probeDatabase(): void {
  if (probing || Date.now() - lastProbe < 1_000 || !process.env.DATABASE_URL) return;
  probing = true;
  lastProbe = Date.now();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1_000 });
  client.on("error", () => {});
  client
    .connect()
    .then(() => client.query("SELECT 1"))
    .then(() => markDatabaseUp())
    .catch(() => {})
    .finally(() => {
      probing = false;
      void client.end().catch(() => {});
    });
}

/** A 500 written while the database is down is the outage, not a bug: it goes out as the 503 with Retry-After. */
function outageAware(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500 && isDatabaseDown()) {
      res.setHeader("Retry-After", String(DATABASE_RETRY_SECONDS));
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const guarded = async (req: IncomingMessage, res: ServerResponse) => {
    if (isDatabaseDown()) {
      probeDatabase();
      return refuse(res, "database");
    }
    const admitted = await inSlot(admission, res, async () => {
      outageAware(res);
      await handle(req, res);
    });
    if (!admitted) refuse(res, "busy");
  };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (bypassesAdmission(req.url ?? "/")) return handle(req, res);
    return pageCache.handle(req, res, guarded, () => cachedRequestId(req));
  });
  // Slow or stalled clients cannot hold a connection for ever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.listen(port, hostname);

  // Graceful stop (lib/ops/start.ts sends SIGTERM): no new connections, requests in flight finish;
  // lib/ops/shutdown.ts defers the exit until its own tasks are done.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(`musharaka: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
