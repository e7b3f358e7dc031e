// The one delivery worker of this process, started with the app (instrumentation.ts) on the process's shared
// connection. Sending right after a write commits is lib/notifications/delivery/after-commit.ts, which wakes it.
import { type Connection, connection } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import { type DeliveryWorker, startDeliveryWorker } from "./worker";

const holder = globalThis as unknown as { __heraldWorker?: Promise<DeliveryWorker> };

export function startProcessWorker(conn: Connection = connection(), registry = channelRegistry()) {
  holder.__heraldWorker ??= startDeliveryWorker(conn, registry);
  return holder.__heraldWorker;
}

// A delayed step is due at `at`: wake this process's worker then (no worker, e.g. on Vercel: the cron sends it).
export async function wakeProcessWorker(at: Date) {
  const worker = holder.__heraldWorker ? await holder.__heraldWorker : null;
  await worker?.wakeAt(at);
}
