// Work that must finish before the server process exits on SIGTERM or SIGINT (issue 9): the outbox
// worker's last delivery run, so that a message handed to SMTP is also marked sent.
//
// The server (lib/ops/serve.ts, like `next start`) handles the signal itself: it stops accepting
// connections, waits for the requests in flight, then calls process.exit. There is no hook between
// the two, so once a signal arrives, process.exit is deferred until these tasks have settled (at
// most SHUTDOWN_LIMIT_MS).
export const SHUTDOWN_LIMIT_MS = 20_000;

type Task = () => Promise<void>;
type ShutdownState = { tasks: Task[]; settled?: Promise<void> };

const holder = globalThis as unknown as { musharakaShutdown?: ShutdownState };

function state(): ShutdownState {
  if (!holder.musharakaShutdown) {
    holder.musharakaShutdown = { tasks: [] };
    // First in line, so that process.exit is deferred whatever the other listeners do.
    process.prependListener("SIGTERM", beginShutdown);
    process.prependListener("SIGINT", beginShutdown);
  }
  return holder.musharakaShutdown;
}

export function onShutdown(task: Task): void {
  state().tasks.push(task);
}

function beginShutdown(): void {
  const current = state();
  if (current.settled) return;
  const limit = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_LIMIT_MS).unref());
  current.settled = Promise.race([Promise.allSettled(current.tasks.map((task) => task())).then(() => undefined), limit]);
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    void current.settled!.finally(() => exit(code));
  }) as typeof process.exit;
}
