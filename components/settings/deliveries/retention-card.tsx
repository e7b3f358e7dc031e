// Settings → Deliveries: how long this workspace's data is kept, and what the last daily run deleted.
import { Card } from "@/components/ui/card";
import type { RetentionSettings } from "@/db/schema";
import { retentionDays } from "@/lib/retention/policy";
import { retentionSummary } from "@/lib/retention/summary";
import { timeAgo } from "@/lib/time/time-ago";
import { RetentionForm } from "./retention-form";

export function RetentionCard({ settings, now }: { settings: RetentionSettings | null; now: Date }) {
  return (
    <Card
      title="Data retention"
      description="Once a day, older data is deleted in small batches. Nothing an open conversation needs, and no notification still waiting to be sent, is deleted. Sign-in attempt counters are kept one day."
    >
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-700" data-testid="retention-last-run">
          {settings?.lastRunAt
            ? `Last run ${timeAgo(settings.lastRunAt, now)}: ${retentionSummary(settings.lastRunDeleted ?? {})}.`
            : "Retention has not run yet: it runs daily at 03:30 UTC."}
        </p>
        <RetentionForm days={retentionDays(settings)} />
      </div>
    </Card>
  );
}
