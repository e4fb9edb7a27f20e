// `npm start`: one command from a fresh clone to a running portal.
// - no DATABASE_URL: starts an embedded PostgreSQL (PGlite, kept in .data/pglite) on a local port;
// - applies the SQL migrations, seeds the Beni Mathar demo data (except in production);
// - builds the app when the sources changed since the last build, then serves it on $PORT
//   (lib/ops/serve.ts: Next.js behind load shedding and the database-outage page).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrate } from "@/lib/db/migrator";

const root = process.cwd();
const dataDir = path.join(root, ".data");
const children: ChildProcess[] = [];
const production = process.env.PORTAL_ENV === "production";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitForDatabase(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function startEmbeddedDatabase(): Promise<string> {
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  mkdirSync(dataDir, { recursive: true });
  console.log(`musharaka: DATABASE_URL is unset, starting the embedded database (${path.join(".data", "pglite")}) on port ${port}`);
  const server = spawn(
    path.join(root, "node_modules/.bin/pglite-server"),
    [`--db=${path.join(dataDir, "pglite")}`, `--port=${port}`, "--host=127.0.0.1", "--max-connections=20", "--extensions=pg_trgm"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  children.push(server);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  await waitForDatabase(url, 60_000);
  return url;
}

function localSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full) || entry.startsWith(path.join("lib", "generated"))) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(entry, name));
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

async function buildIfChanged(env: NodeJS.ProcessEnv): Promise<void> {
  const distDir = path.join(root, env.NEXT_DIST_DIR ?? ".next");
  const stamp = path.join(distDir, "musharaka-source-hash");
  const current = sourceHash();
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  console.log("musharaka: building the portal (first start, or the sources changed)…");
  await run("npx", ["tsx", "lib/ops/prisma-generate.ts"], env);
  await run("npx", ["next", "build"], env);
  writeFileSync(stamp, current);
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.DATABASE_URL ||= await startEmbeddedDatabase();
  if (!process.env.DATABASE_URL) env.DATABASE_POOL_SIZE ??= "5";
  if (!env.NEXTAUTH_SECRET) {
    if (production) throw new Error("NEXTAUTH_SECRET must be set in production (32+ random characters).");
    env.NEXTAUTH_SECRET = localSecret();
  }
  if (production && !env.PERSONAL_DATA_KEY) throw new Error("PERSONAL_DATA_KEY must be set in production (32+ random characters, kept forever).");
  const port = env.PORT ?? "3000";
  env.PUBLIC_URL ||= `http://localhost:${port}`;

  const { applied } = await migrate({ connectionString: env.DATABASE_URL, log: (line) => console.log(`musharaka: ${line}`) });
  console.log(`musharaka: database ready (${applied.length} migration(s) applied now)`);
  if (!production) await run("npx", ["tsx", "prisma/seed/index.ts"], env);

  await buildIfChanged(env);
  // Next.js's request handler behind load shedding and the database-outage page (lib/ops/serve.ts).
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/ops/serve.ts")], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production", PORT: port, HOSTNAME: env.HOSTNAME ?? "0.0.0.0" },
  });
  children.push(server);
  server.on("exit", (code) => shutdown(code ?? 0));
  console.log(`musharaka: serving on ${env.PUBLIC_URL}`);
}

let stopping = false;

/**
 * Stops gracefully: the signal goes on to the server, which stops accepting connections and
 * finishes the requests in flight (Next.js's own SIGTERM handling), and this process waits for it
 * (at most 30 s) so that a service manager sees the portal stop only once it has.
 */
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  if (running.length === 0) process.exit(code);
  let left = running.length;
  for (const child of running) {
    child.once("exit", () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
    child.kill("SIGTERM");
  }
  setTimeout(() => process.exit(code), 30_000).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

main().catch((error) => {
  console.error(`musharaka: ${error instanceof Error ? error.message : String(error)}`);
  shutdown(1);
});
