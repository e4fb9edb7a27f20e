// Load shedding in front of Next.js (lib/ops/serve.ts; targets.md #11). Next renders every request
// it is given, so under overload it queues them all and every answer gets slow together, until
// clients give up. Instead at most `maxInFlight` requests are rendered at once, at most `maxQueued`
// wait (each at most `queueTimeoutMs`) for a slot, and the others are refused at once with a
// "try again shortly" page (503 + Retry-After): the requests let in stay fast.
import type { ServerResponse } from "node:http";

export type AdmissionOptions = { maxInFlight: number; maxQueued: number; queueTimeoutMs: number };

/** `release` must be called once the response has ended; null means "refuse this request". */
export type Admission = {
  acquire(): Promise<(() => void) | null>;
  stats(): { inFlight: number; queued: number; refused: number };
};

export function createAdmission({ maxInFlight, maxQueued, queueTimeoutMs }: AdmissionOptions): Admission {
  let inFlight = 0;
  let refused = 0;
  const queue: { grant: () => void }[] = [];

  function release(): void {
    const next = queue.shift();
    // The slot passes straight to the next in line, so inFlight stays the same.
    if (next) next.grant();
    else inFlight -= 1;
  }

  function once(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  }

  return {
    acquire() {
      if (inFlight < maxInFlight) {
        inFlight += 1;
        return Promise.resolve(once());
      }
      if (queue.length >= maxQueued) {
        refused += 1;
        return Promise.resolve(null);
      }
      return new Promise((resolve) => {
        const entry = {
          grant: () => {
            clearTimeout(timer);
            resolve(once());
          },
        };
        const timer = setTimeout(() => {
          const index = queue.indexOf(entry);
          if (index !== -1) queue.splice(index, 1);
          refused += 1;
          resolve(null);
        }, queueTimeoutMs);
        queue.push(entry);
      });
    },
    stats: () => ({ inFlight, queued: queue.length, refused }),
  };
}

/**
 * Runs `work` in a slot, given back when the response closes; false when refused. A client that
 * leaves while it waits (its response closes before the slot comes) gives the slot back at once:
 * listening for "close" only after the wait would miss it, and the slot would be lost for good.
 */
export async function inSlot(admission: Admission, res: ServerResponse, work: () => Promise<void>): Promise<boolean> {
  let left = false;
  const leave = () => {
    left = true;
  };
  res.once("close", leave);
  const release = await admission.acquire();
  res.off("close", leave);
  if (!release) return false;
  if (left) {
    release();
    return true;
  }
  res.once("close", release);
  await work();
  return true;
}

/** Requests that never wait for a slot: built files (cheap, and a page needs them) and the health check. */
export function bypassesAdmission(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return path.startsWith("/_next/static/") || path === "/api/health" || path === "/favicon.ico";
}
