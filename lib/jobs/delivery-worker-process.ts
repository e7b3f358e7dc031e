// The one delivery worker of this process, started with the app (instrumentation.ts) on the process's shared
// connection, and what domain writes call after commit: send what is due now, wake the worker for later steps.
import { type Connection, connection, type Db } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import type { ChannelRegistry } from "@/lib/channels/types";
import { dispatchNow } from "@/lib/notifications/delivery/dispatch";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import { type DeliveryWorker, startDeliveryWorker } from "./worker";

const holder = globalThis as unknown as { __heraldWorker?: Promise<DeliveryWorker> };

export function startProcessWorker(conn: Connection = connection(), registry = channelRegistry()) {
  holder.__heraldWorker ??= startDeliveryWorker(conn, registry);
  return holder.__heraldWorker;
}

// After the domain write committed. A failure here loses nothing: the rows stay pending and the worker's next
// run (or the cron route) sends them, so it is reported and the request still succeeds.
export async function sendRecordedNotifications(
  db: Db,
  recorded: readonly (RecordedEvent | null)[],
  registry: ChannelRegistry = channelRegistry(),
): Promise<void> {
  const events = recorded.filter((r) => r !== null);
  try {
    await dispatchNow(
      db,
      events.flatMap((r) => r.dueDeliveryIds),
      { registry },
    );
    const worker = holder.__heraldWorker ? await holder.__heraldWorker : null;
    for (const r of events) if (r.nextDueAt) await worker?.wakeAt(r.nextDueAt);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[notifications] sending after commit failed, the worker will retry: ${message}`);
  }
}
