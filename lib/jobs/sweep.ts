// One sweep of the outbox, run by the worker's `deliveries.due` job and by the cron route: SLA alerts whose
// time came (SL2), then every due delivery, then Slack thread lines to post again (SK6). Each part is isolated: an SLA timer that throws is reported and
// dispatch still runs (a stuck SLA must not stall every notification). Returns what was sent and when to look again.
import type { Db } from "@/db/client";
import { recordJobRun } from "@/db/queries/job-runs";
import type { ChannelRegistry } from "@/lib/channels/types";
import { retryDueSlackMirrors } from "@/lib/integrations/slack/mirror";
import { type DispatchReport, dispatchDue } from "@/lib/notifications/delivery/dispatch";
import { fireDueSlaAlerts } from "@/lib/sla/fire-due-alerts";

export interface SweepDeps {
  fireSlaAlerts?: typeof fireDueSlaAlerts; // tests: an SLA timer that throws
  retrySlackMirrors?: (db: Db) => ReturnType<typeof retryDueSlackMirrors>; // tests: the sandbox, a clock
}

export interface SweepReport {
  dispatch: DispatchReport;
  wakeAt: Date[]; // the next SLA alerts' and retries' times
  slaError: string | null;
}

export async function sweepOutbox(
  db: Db,
  registry: ChannelRegistry,
  deps: SweepDeps = {},
): Promise<SweepReport> {
  let slaNext: Date[] = [];
  let slaError: string | null = null;
  try {
    const sla = await (deps.fireSlaAlerts ?? fireDueSlaAlerts)(db);
    slaNext = sla.recorded.flatMap((r) => (r.nextDueAt ? [r.nextDueAt] : []));
  } catch (error) {
    slaError = messageOf(error);
    console.error(`[worker] SLA alerts failed, dispatch goes on: ${slaError}`);
  }
  let dispatch: DispatchReport;
  try {
    dispatch = await dispatchDue(db, { registry });
  } catch (error) {
    // Worker health shows the failure (Settings → Deliveries, /api/health); the job still fails as before.
    await recordJobRun(db, "outbox.sweep", new Date(), { finished: false, error: messageOf(error) }).catch(
      () => {}, // the database itself may be what failed: the thrown error is the report then
    );
    throw error;
  }
  // SK6: thread lines Slack refused for a passing reason; like the SLA part, a failure here stalls nothing else.
  let mirrorNext: Date[] = [];
  try {
    mirrorNext = (await (deps.retrySlackMirrors ?? retryDueSlackMirrors)(db)).wakeAt;
  } catch (error) {
    console.error(`[worker] Slack thread retries failed: ${messageOf(error)}`);
  }
  const error = slaError && `SLA alerts: ${slaError}`;
  await recordJobRun(db, "outbox.sweep", new Date(), { finished: true, error });
  return { dispatch, wakeAt: [...slaNext, ...dispatch.nextAttempts, ...mirrorNext], slaError };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
