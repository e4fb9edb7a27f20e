// Delivers the outbox in the background of the server process (started from instrumentation.ts),
// after queueing the daily digests that are due (lib/notifications/digest.ts).
import nodemailer from "nodemailer";
import { createPrismaClient } from "@/lib/db/create-client";
import { queueDueDigests } from "@/lib/notifications/digest";
import { deliverDueMessages } from "./outbox";

// Kept on globalThis: Next.js may load this module in more than one bundle of the same process.
const state = globalThis as unknown as { musharakaOutboxTick?: () => void };
let timer: NodeJS.Timeout | undefined;
let running = false;
let runAgain = false;

export function startOutboxWorker(options: { smtpUrl: string; from: string; intervalMs?: number; digestAfterHours?: number }): void {
  if (timer) return;
  const db = createPrismaClient();
  const transport = nodemailer.createTransport(options.smtpUrl);
  const tick = () => {
    // Never two runs at once; a kick during a run asks for one more run right after it.
    if (running) {
      runAgain = true;
      return;
    }
    running = true;
    queueDueDigests(db, new Date(), options.digestAfterHours)
      .then(() => deliverDueMessages(db, transport, options.from))
      .catch((error) => console.error("outbox: delivery run failed", error))
      .finally(() => {
        running = false;
        if (runAgain) {
          runAgain = false;
          tick();
        }
      });
  };
  state.musharakaOutboxTick = tick;
  timer = setInterval(tick, options.intervalMs ?? 5_000);
  timer.unref();
}

/** Asks the worker to look at the outbox now, e.g. right after a transaction queued a message. */
export function kickOutboxWorker(): void {
  state.musharakaOutboxTick?.();
}
