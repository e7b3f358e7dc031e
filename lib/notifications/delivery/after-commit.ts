// Right after a domain write committed: send its due deliveries and wake the worker for its delayed steps. A
// failure here loses nothing: the rows stay pending and the worker's next run (or the cron route) sends them,
// so it is reported and the request still succeeds.
import type { Db } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import type { ChannelRegistry } from "@/lib/channels/types";
import { wakeProcessWorker } from "@/lib/jobs/delivery-worker-process";
import type { RecordedEvent } from "../outbox/record";
import { dispatchNow } from "./dispatch";

export async function sendAfterCommit(
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
    for (const r of events) if (r.nextDueAt) await wakeProcessWorker(r.nextDueAt);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[notifications] sending after commit failed, the worker will retry: ${message}`);
  }
}
