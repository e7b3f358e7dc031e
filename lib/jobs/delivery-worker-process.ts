// The one delivery worker of this process, started with the app (instrumentation.ts) on the process's shared
// connection and supervised: a failed start or a crash is retried with backoff. Sending right after a write
// commits is lib/notifications/delivery/after-commit.ts, which wakes it.
import { type Connection, connection } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import type { ChannelRegistry } from "@/lib/channels/types";
import { type Supervised, type SupervisorStatus, supervise } from "./supervise";
import { type DeliveryWorker, startDeliveryWorker } from "./worker";

const holder = globalThis as unknown as { __heraldWorker?: Supervised<DeliveryWorker> };

export interface ProcessWorkerOptions {
  start?: typeof startDeliveryWorker; // tests: a start that fails, a worker that crashes
  backoffMs?: (failures: number) => number;
}

export function startProcessWorker(
  conn: Connection = connection(),
  registry: ChannelRegistry = channelRegistry(),
  o: ProcessWorkerOptions = {},
): Promise<DeliveryWorker> {
  const start = o.start ?? startDeliveryWorker;
  holder.__heraldWorker ??= supervise({
    name: "worker",
    start: (onCrash) => start(conn, registry, onCrash),
    backoffMs: o.backoffMs,
    // What came due while no worker ran (a failed boot, a crash) goes out now, not at the next minute.
    onStarted: (worker) => worker.wakeAt(new Date()),
  });
  return holder.__heraldWorker.first;
}

export async function stopProcessWorker() {
  await holder.__heraldWorker?.stop();
  holder.__heraldWorker = undefined;
}

// A delayed step is due at `at`: wake this process's worker then. No worker running (Vercel, or down and being
// restarted): the cron route or the restarted worker's first sweep sends it.
export async function wakeProcessWorker(at: Date) {
  await holder.__heraldWorker?.current()?.wakeAt(at);
}

// This process's worker, for worker health; null when none was started here (Vercel: the cron route sweeps).
export function processWorkerStatus(): SupervisorStatus | null {
  return holder.__heraldWorker?.status() ?? null;
}
