// The delivery worker on pg-boss 10: a `deliveries.due` job sends every due delivery (the outbox rows are the
// truth; the job is only the wake-up). It is scheduled every minute as a sweep (a crash between commit and
// send, a lost wake-up) and sent with `startAfter` for each delayed step or retry, so a 10 s push waits 10 s,
// not a minute. pg-boss runs on the process's own connection: PGlite is single-process, so on the embedded
// database the worker has to live in the Next server process (instrumentation.ts).
import PgBoss from "pg-boss";
import type { Connection } from "@/db/client";
import type { ChannelRegistry } from "@/lib/channels/types";
import { scheduleNightlyCrmSync } from "./crm-sync-job";
import { scheduleDailyRetention } from "./retention-job";
import { scheduleMonthlySmsCredit } from "./sms-credit-job";
import { sweepOutbox } from "./sweep";

export const DELIVERIES_DUE = "deliveries.due";

export interface DeliveryWorker {
  wakeAt(at: Date): Promise<void>;
  stop(): Promise<void>;
}

// `onCrash`: pg-boss stopped without being asked to; the supervisor (./supervise.ts) starts another.
export async function startDeliveryWorker(
  conn: Connection,
  registry: ChannelRegistry,
  onCrash: (error: Error) => void = () => {},
): Promise<DeliveryWorker> {
  const boss = new PgBoss({ db: { executeSql: conn.executeSql }, schema: "pgboss" });
  let stopping = false;
  // pg-boss reports its own failures as events: surface them, a silent worker is a stuck outbox.
  boss.on("error", (error) => console.error(`[worker] pg-boss: ${error.message}`));
  boss.on("stopped", () => {
    if (!stopping) onCrash(new Error("pg-boss stopped unexpectedly"));
  });
  await boss.start();
  await boss.createQueue(DELIVERIES_DUE);
  await boss.work(DELIVERIES_DUE, { pollingIntervalSeconds: 1 }, async () => {
    // SL2: the same one-minute sweep fires SLA alerts whose time came; their deliveries go out with the rest.
    const report = await sweepOutbox(conn.db, registry);
    for (const at of report.wakeAt) await wake(boss, at);
  });
  await boss.schedule(DELIVERIES_DUE, "* * * * *");
  await scheduleNightlyCrmSync(boss, conn.db);
  await scheduleDailyRetention(boss, conn);
  await scheduleMonthlySmsCredit(boss, conn.db);
  return {
    wakeAt: (at) => wake(boss, at),
    stop: () => {
      stopping = true;
      return boss.stop({ graceful: true, wait: true });
    },
  };
}

async function wake(boss: PgBoss, at: Date) {
  await boss.send(DELIVERIES_DUE, {}, { startAfter: at });
}
