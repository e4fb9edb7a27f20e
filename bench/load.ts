// What the overload and soak benchmarks share: closed-loop and open-loop HTTP load with the status
// and latency of every answer (autocannon reports no latency per status), and the portal server's
// process (the one listening on the port) for its memory.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export type Sample = { at: number; status: number; ms: number; aborted: boolean; retryAfter: string | null };

/** One GET; `abortAfterFirstChunk` drops the connection once the first bytes of the body arrived. */
export async function get(url: string, abortAfterFirstChunk = false, timeoutMs = 60_000): Promise<Sample> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: "manual" });
    const retryAfter = response.headers.get("retry-after");
    if (abortAfterFirstChunk && response.body) {
      const reader = response.body.getReader();
      await reader.read();
      controller.abort();
      await reader.cancel().catch(() => {});
      return { at: Date.now(), status: response.status, ms: performance.now() - started, aborted: true, retryAfter };
    }
    await response.arrayBuffer();
    return { at: Date.now(), status: response.status, ms: performance.now() - started, aborted: false, retryAfter };
  } catch {
    return { at: Date.now(), status: 0, ms: performance.now() - started, aborted: false, retryAfter: null };
  } finally {
    clearTimeout(timer);
  }
}

/** `connections` clients, each sending its next request when the last answer arrived, for `seconds`. */
export async function closedLoop(urls: string[], connections: number, seconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) samples.push(await get(urls[next++ % urls.length]!));
    }),
  );
  return samples;
}

/** `rate` requests a second whatever the answers (open loop), for `seconds`; a fraction aborted mid-response. */
export async function openLoop(urls: string[], rate: number, seconds: number, abortedFraction: number, onSample?: (s: Sample) => void): Promise<Sample[]> {
  const samples: Sample[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const abort = (i * 7919) % 100 < abortedFraction * 100;
    const request = get(urls[i % urls.length]!, abort).then((s) => {
      samples.push(s);
      onSample?.(s);
    });
    pending.push(request);
    // Keep the list of promises short on long runs.
    if (pending.length > 10_000) await Promise.all(pending.splice(0, 5_000));
  }
  await Promise.all(pending);
  return samples;
}

/** The pid of the process listening on `port` (the portal's server, not the start script above it). */
export function listeningPid(port: number): number {
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  if (!pid) throw new Error(`nothing listens on ${port}`);
  return Number(pid);
}

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

export function statusCounts(samples: Sample[]): string {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status === 0 ? "no answer" : status}: ${n}`).join(", ");
}
