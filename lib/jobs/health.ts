// Worker health (issue 9): is anything sweeping the outbox, how much waits and since when, and how this process's
// worker has fared. Read by Settings → Deliveries (admins, their workspace's backlog) and GET /api/health
// (operators). The last sweep is stored (db/schema/jobs.ts), so it is true whoever swept: this process's
// worker, another instance, or the Vercel Cron route.
import type { Db } from "@/db/client";
import { dueBacklog, findJobRun } from "@/db/queries/job-runs";
import type { SupervisorStatus } from "./supervise";

export const SWEEP_EVERY_MS = 60_000; // the worker's cron and vercel.json's
const MISSED_SWEEPS_MS = 3 * SWEEP_EVERY_MS; // three sweeps missed: nothing is sweeping
const BEHIND_MS = 5 * 60_000; // a due delivery waiting this long: sweeps run but do not keep up

// ok: sweeping and keeping up; idle: nothing ever swept and nothing due (a fresh install); behind: sweeping but
// a due delivery waits over 5 minutes; restarting: this process's worker is down and being started again;
// not_running: no sweep for 3 minutes (or never) with no worker running here.
export const healthStates = ["ok", "idle", "behind", "restarting", "not_running"] as const;
export type HealthState = (typeof healthStates)[number];

export interface WorkerHealth {
  state: HealthState;
  worker: SupervisorStatus | null; // null: no worker in this process (Vercel: the cron route sweeps)
  lastSweepAt: Date | null;
  lastSweepError: { message: string; at: Date } | null;
  backlog: { due: number; oldestDueAt: Date | null };
}

export interface HealthFacts {
  now: Date;
  worker: SupervisorStatus | null;
  lastSweepAt: Date | null;
  backlog: { due: number; oldestDueAt: Date | null };
}

export function healthState({ now, worker, lastSweepAt, backlog }: HealthFacts): HealthState {
  if (worker?.state === "restarting") return "restarting";
  const sweeping =
    worker?.state === "running" ||
    (lastSweepAt !== null && now.getTime() - lastSweepAt.getTime() <= MISSED_SWEEPS_MS);
  if (!sweeping) return lastSweepAt === null && backlog.due === 0 ? "idle" : "not_running";
  const waited = backlog.oldestDueAt ? now.getTime() - backlog.oldestDueAt.getTime() : 0;
  return waited > BEHIND_MS ? "behind" : "ok";
}

export async function workerHealth(
  db: Db,
  o: { now: Date; worker: SupervisorStatus | null; workspaceId?: string },
): Promise<WorkerHealth> {
  const [run, backlog] = await Promise.all([
    findJobRun(db, "outbox.sweep"),
    dueBacklog(db, o.now, o.workspaceId),
  ]);
  const lastSweepAt = run?.lastFinishedAt ?? null;
  return {
    state: healthState({ now: o.now, worker: o.worker, lastSweepAt, backlog }),
    worker: o.worker,
    lastSweepAt,
    lastSweepError:
      run?.lastError && run.lastErrorAt ? { message: run.lastError, at: run.lastErrorAt } : null,
    backlog,
  };
}

const secondsSince = (now: Date, at: Date | null) =>
  at ? Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000)) : null;

// GET /api/health for anyone: whether the outbox is swept, and how long ago. No counts, no errors: how busy an
// install is and what its errors say are for operators (docs/decisions.md).
export const publicWorkerHealth = (h: WorkerHealth, now: Date) => ({
  state: h.state,
  lastSweepSecondsAgo: secondsSince(now, h.lastSweepAt),
});

// With the cron secret (Authorization: Bearer $CRON_SECRET): the backlog of every workspace and the errors.
export const operatorWorkerHealth = (h: WorkerHealth, now: Date) => ({
  ...publicWorkerHealth(h, now),
  backlog: { due: h.backlog.due, oldestDueSecondsAgo: secondsSince(now, h.backlog.oldestDueAt) },
  lastSweepError: h.lastSweepError,
  worker: h.worker && {
    state: h.worker.state,
    restarts: h.worker.restarts,
    lastError: h.worker.lastError,
    runningSinceSecondsAgo: secondsSince(now, h.worker.runningSince),
  },
});
