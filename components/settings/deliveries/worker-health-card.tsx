// Settings → Deliveries: whether the delivery worker sweeps the outbox, what waits, and its restarts and errors.
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { WorkerHealth } from "@/lib/jobs/health";
import { healthWords } from "@/lib/jobs/health-words";
import { timeAgo } from "@/lib/time/time-ago";

export function WorkerHealthCard({ health, now }: { health: WorkerHealth; now: Date }) {
  const words = healthWords(health, now);
  const { worker, lastSweepError } = health;
  return (
    <Card title="Delivery worker">
      <div className="flex flex-col gap-3" data-testid="worker-health">
        <Alert tone={words.tone}>
          <strong>{words.title}</strong> — {words.detail}
        </Alert>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Worker in this server</dt>
          <dd>
            {worker
              ? `${worker.state}, ${worker.restarts} restart${worker.restarts === 1 ? "" : "s"}`
              : "none (the cron route sweeps)"}
          </dd>
          {worker?.lastError && (
            <>
              <dt className="text-slate-500">Last worker error</dt>
              <dd>
                {worker.lastError.message} ({timeAgo(worker.lastError.at, now)})
              </dd>
            </>
          )}
          {lastSweepError && (
            <>
              <dt className="text-slate-500">Last sweep error</dt>
              <dd>
                {lastSweepError.message} ({timeAgo(lastSweepError.at, now)})
              </dd>
            </>
          )}
        </dl>
      </div>
    </Card>
  );
}
