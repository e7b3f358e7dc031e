// What Settings → Deliveries says about the worker (./health.ts), one headline and one line per state.
import { timeAgo } from "@/lib/time/time-ago";
import type { HealthState, WorkerHealth } from "./health";

export interface HealthWords {
  title: string;
  detail: string;
  tone: "success" | "info" | "error";
}

const waiting = (h: WorkerHealth, now: Date) =>
  h.backlog.due === 0
    ? "Nothing is waiting to be sent."
    : `${h.backlog.due} ${h.backlog.due === 1 ? "delivery is" : "deliveries are"} due; the oldest came due ${
        h.backlog.oldestDueAt ? timeAgo(h.backlog.oldestDueAt, now) : "just now"
      }.`;

const sweptAt = (h: WorkerHealth, now: Date) =>
  h.lastSweepAt ? `The last sweep finished ${timeAgo(h.lastSweepAt, now)}.` : "No sweep has finished yet.";

const words: Record<HealthState, (h: WorkerHealth, now: Date) => HealthWords> = {
  ok: (h, now) => ({
    title: "Sending normally",
    detail: `${sweptAt(h, now)} ${waiting(h, now)}`,
    tone: "success",
  }),
  idle: () => ({
    title: "No sweep yet",
    detail: "The delivery worker has not swept yet: delayed steps and retries go out at its first sweep.",
    tone: "info",
  }),
  behind: (h, now) => ({
    title: "Behind",
    detail: `${waiting(h, now)} Sweeps run (${sweptAt(h, now).toLowerCase()}) but do not keep up.`,
    tone: "error",
  }),
  restarting: (h) => ({
    title: "Worker restarting",
    detail: `It stopped${h.worker?.lastError ? ` (${h.worker.lastError.message})` : ""} and is being started again; ${
      h.worker?.restarts ?? 0
    } restart${h.worker?.restarts === 1 ? "" : "s"} so far.`,
    tone: "error",
  }),
  not_running: (h, now) => ({
    title: "Worker not running",
    detail: `${sweptAt(h, now)} ${waiting(h, now)} Delayed notifications, retries and SLA alerts are not being sent. Self-hosted: check the server's log; on Vercel: check that the cron job calls /api/cron/deliveries.`,
    tone: "error",
  }),
};

export const healthWords = (h: WorkerHealth, now: Date): HealthWords => words[h.state](h, now);
