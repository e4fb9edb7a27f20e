// Signers for the load and fault benchmarks: real eligible accounts (citizen role, verified e-mail)
// created in bulk with SQL (no password hashing: nobody signs in with them), each given a session
// cookie minted with next-auth's own encoder and the portal's secret, carrying what
// lib/auth/session.ts checks (sub, sv). They sign through the path a browser without JavaScript
// uses: the petition page's form posted to its server action, with the hidden fields scraped once.
import { encode } from "next-auth/jwt";
import pg from "pg";

/** The session cookie's name when PUBLIC_URL is http (lib/auth/session-token.ts). */
const COOKIE = "musharaka.session";

export type Signer = { id: string; email: string; cookie: string; address: string; cin: string };

/** An open citizens' petition owned by the first seeded account: the one the burst signs. */
export async function openPetition(databaseUrl: string, label: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO petitions (kind, status, subject, reasons, objectives, owner_id, threshold, declared_admissible, updated_at)
       SELECT 'citizens', 'collecting', $1, 'Benchmark petition', 'Benchmark petition', id, 100, true, now()
       FROM users ORDER BY created_at LIMIT 1
       RETURNING id`,
      [`Benchmark: ${label}`],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/**
 * `count` new citizens with verified e-mail addresses, in one statement each for users and roles,
 * with their cookies. `run` keeps e-mails and CINs apart between runs on the same database.
 */
export async function createSigners(databaseUrl: string, secret: string, run: string, count: number, first = 0): Promise<Signer[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let rows: { id: string; email: string; n: number }[];
  try {
    ({ rows } = await client.query<{ id: string; email: string; n: number }>(
      `INSERT INTO users (id, email, name, password_hash, email_verified_at, updated_at)
       SELECT gen_random_uuid(), 'bench-' || $1 || '-' || n || '@bench.invalid', 'Signer ' || n, '!bench-no-password', now(), now()
       FROM generate_series($2::int, $3::int) AS n
       RETURNING id, email, split_part(split_part(email, '@', 1), '-', 3)::int AS n`,
      [run, first, first + count - 1],
    ));
    await client.query(`INSERT INTO user_roles (user_id, role) SELECT unnest($1::uuid[]), 'citizen'`, [rows.map((r) => r.id)]);
  } finally {
    await client.end();
  }
  const runCode = Number.parseInt(run, 36) % 26;
  return Promise.all(
    rows.map(async ({ id, email, n }) => {
      const token = await encode({ token: { sub: id, name: `Signer ${n}`, email, roles: ["CITIZEN"], sv: 0 }, secret, maxAge: 86_400 });
      // Two letters + six digits: a valid CIN format, unique per run and signer (n < 10^6).
      const cin = `${String.fromCharCode(65 + runCode)}${String.fromCharCode(65 + Math.floor(n / 1e6) % 26)}${String(n % 1e6).padStart(6, "0")}`;
      // Each signer behind a different address, as the reverse proxy would report them (X-Real-IP).
      const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      return { id, email, cookie: `${COOKIE}=${token}`, address, cin };
    }),
  );
}

/** The hidden fields of the signing form (the server action's reference and its bound state). */
export async function signingForm(base: string, petitionId: number, signer: Signer): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/petitions/${petitionId}`, { headers: { cookie: signer.cookie } })).text();
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?name="fullName"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("The petition page shows no signing form to the signer (not signed in, or not collecting?)");
  const start = form.lastIndexOf("<form");
  const fields: [string, string][] = [];
  for (const input of form.slice(start).matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields.push([unescape(name), unescape(value)]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("The signing form carries no server action reference");
  return fields;
}

function unescape(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export type Outcome = "signed" | "alreadySigned" | "refused" | "5xx" | "4xx" | "error";
export type Attempt = { signer: Signer; outcome: Outcome; status: number; ms: number; retryAfter: string | null };

/**
 * Posts the form as a browser without JavaScript does (multipart, same Origin, an empty file
 * input). Acknowledged = the 303 to the petition page with done=signed or alreadySigned.
 */
export async function sign(base: string, petitionId: number, hidden: [string, string][], signer: Signer, timeoutMs = 30_000): Promise<Attempt> {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  body.append("fullName", `Signer ${signer.email}`);
  body.append("idNumber", signer.cin);
  body.append("address", "Douar Bench, Beni Mathar");
  body.append("basis", "RESIDENT");
  body.append("idCopy", new Blob([]), "");
  for (const box of ["declaredBasis", "declaredElectoral", "declaredInterest"]) body.append(box, "on");
  const started = performance.now();
  try {
    const response = await fetch(`${base}/petitions/${petitionId}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { cookie: signer.cookie, origin: base, "x-real-ip": signer.address },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const location = response.headers.get("location") ?? "";
    await response.arrayBuffer();
    const ms = performance.now() - started;
    const retryAfter = response.headers.get("retry-after");
    const outcome: Outcome =
      response.status >= 500 ? "5xx"
      : response.status === 303 && location.includes("done=signed") ? "signed"
      : response.status === 303 && location.includes("done=alreadySigned") ? "alreadySigned"
      : response.status >= 400 ? "4xx"
      : "refused";
    return { signer, outcome, status: response.status, ms, retryAfter };
  } catch {
    return { signer, outcome: "error", status: 0, ms: performance.now() - started, retryAfter: null };
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Sends one signature every 1/rate s (open loop: a slow answer does not slow the arrivals, as with
 * real people), `signers` in turn, and waits for all answers.
 */
export async function burst(base: string, petitionId: number, hidden: [string, string][], signers: Signer[], rate: number, onTick?: (sent: number) => void): Promise<Attempt[]> {
  const started = performance.now();
  const pending: Promise<Attempt>[] = [];
  for (let i = 0; i < signers.length; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(sign(base, petitionId, hidden, signers[i]!));
    onTick?.(i + 1);
  }
  return Promise.all(pending);
}

export type Verification = { stored: number; duplicates: number; lost: number; storedNotAcknowledged: number; displayed: number | null };

/**
 * What the database holds against what was acknowledged: lost = acknowledged but absent;
 * duplicates = more than one row for a signer (the unique index forbids it; counted anyway);
 * the count the French petition page displays against the rows.
 */
export async function verify(databaseUrl: string, base: string, petitionId: number, attempts: Attempt[]): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ user_id: string; n: string }>(
      `SELECT user_id, count(*) AS n FROM petition_signatures WHERE petition_id = $1 AND invalidated_at IS NULL GROUP BY user_id`,
      [petitionId],
    );
    const stored = new Set(rows.map((r) => r.user_id));
    const duplicates = rows.reduce((sum, r) => sum + Number(r.n) - 1, 0);
    const acknowledged = attempts.filter((a) => a.outcome === "signed" || a.outcome === "alreadySigned");
    const lost = acknowledged.filter((a) => !stored.has(a.signer.id)).length;
    const ackIds = new Set(acknowledged.map((a) => a.signer.id));
    const storedNotAcknowledged = attempts.filter((a) => !ackIds.has(a.signer.id) && stored.has(a.signer.id)).length;
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const html = await (await fetch(`${base}/fr/petitions/${petitionId}`)).text();
    const shown = /data-testid="signature-count"[^>]*>([^<]*)</.exec(html)?.[1];
    const digits = shown ? /^([\d\s.,\u00a0\u202f]+)/.exec(shown.replace(/^Aucune/, "0"))?.[1] : undefined;
    const displayed = digits ? Number(digits.replace(/\D/g, "")) : null;
    return { stored: total, duplicates, lost, storedNotAcknowledged, displayed };
  } finally {
    await client.end();
  }
}

export function tally(attempts: Attempt[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { signed: 0, alreadySigned: 0, refused: 0, "5xx": 0, "4xx": 0, error: 0 };
  for (const a of attempts) counts[a.outcome] += 1;
  return counts;
}
