// A stand-in for `next start` in tests/integration/outbox.test.ts: it exits at once on SIGTERM,
// as Next.js does once its requests are done, and runs the outbox worker with a timer that never
// fires during the test, so that only the worker's shutdown run can deliver what is queued.
import { startOutboxWorker } from "@/lib/mail/worker";

process.on("SIGTERM", () => process.exit(143));
startOutboxWorker({ smtpUrl: process.env.SMTP_URL!, from: "Musharaka <no-reply@musharaka.test>", intervalMs: 3_600_000 });
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
