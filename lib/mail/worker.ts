// Delivers the outbox in the background of the server process (started from instrumentation.ts),
// after queueing the daily digests that are due (lib/notifications/digest.ts). On SIGTERM it stops
// its timer, lets a run in progress finish and makes one last run (lib/ops/shutdown.ts).
import nodemailer from "nodemailer";
import { createPrismaClient } from "@/lib/db/create-client";
import { queueDueDigests } from "@/lib/notifications/digest";
import { backgroundLogger } from "@/lib/ops/log";
import { onShutdown } from "@/lib/ops/shutdown";
import { deliverDueMessages } from "./outbox";

// Kept on globalThis: Next.js may load this module in more than one bundle of the same process.
const state = globalThis as unknown as { musharakaOutboxTick?: () => void };
let timer: NodeJS.Timeout | undefined;
let current: Promise<void> | undefined;
let runAgain = false;
let stopping = false;

export function startOutboxWorker(options: { smtpUrl: string; from: string; intervalMs?: number; digestAfterHours?: number }): void {
  if (timer) return;
  const db = createPrismaClient();
  const transport = nodemailer.createTransport(options.smtpUrl);
  const runOnce = async () => {
    const log = backgroundLogger("outbox");
    try {
      await queueDueDigests(db, new Date(), options.digestAfterHours);
      await deliverDueMessages(db, transport, options.from);
    } catch (error) {
      log.error({ err: error }, "outbox delivery run failed");
    }
  };
  const tick = () => {
    if (stopping) return;
    // Never two runs at once; a kick during a run asks for one more run right after it.
    if (current) {
      runAgain = true;
      return;
    }
    current = runOnce().finally(() => {
      current = undefined;
      if (runAgain) {
        runAgain = false;
        tick();
      }
    });
  };
  state.musharakaOutboxTick = tick;
  timer = setInterval(tick, options.intervalMs ?? 5_000);
  timer.unref();
  onShutdown(async () => {
    stopping = true;
    clearInterval(timer);
    await current;
    await runOnce();
  });
}

/** Asks the worker to look at the outbox now, e.g. right after a transaction queued a message. */
export function kickOutboxWorker(): void {
  state.musharakaOutboxTick?.();
}
