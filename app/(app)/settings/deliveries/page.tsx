import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryLogFilters } from "@/components/settings/deliveries/delivery-log-filters";
import { DeliveryLogTable } from "@/components/settings/deliveries/delivery-log-table";
import { RetentionCard } from "@/components/settings/deliveries/retention-card";
import { WorkerHealthCard } from "@/components/settings/deliveries/worker-health-card";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import { listDeliveryLog } from "@/db/queries/delivery-log";
import { listMembers } from "@/db/queries/members";
import { findRetentionSettings } from "@/db/queries/retention-settings";
import { requireMember } from "@/lib/auth/member";
import { processWorkerStatus } from "@/lib/jobs/delivery-worker-process";
import { workerHealth } from "@/lib/jobs/health";
import {
  deliveryLogHref,
  parseDeliveryLogQuery,
  toLogFilters,
} from "@/lib/notifications/explain/delivery-log-filters";

export const metadata: Metadata = { title: "Deliveries" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Settings → Deliveries (X1): every notification decision of the workspace, sent or suppressed, and why.
export default async function DeliveriesPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireMember("admin");
  const query = parseDeliveryLogQuery(await searchParams);
  const db = getDb();
  const now = new Date();
  const [log, members, health, retention] = await Promise.all([
    listDeliveryLog(db, admin.workspaceId, toLogFilters(query), { after: query.after }),
    listMembers(db, admin.workspaceId),
    workerHealth(db, { now, worker: processWorkerStatus(), workspaceId: admin.workspaceId }),
    findRetentionSettings(db, admin.workspaceId),
  ]);
  const filtered = Object.entries(query).some(([k, v]) => k !== "after" && v);
  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Every notification decision, sent or suppressed, with its reason and what became of it."
      />
      <div className="flex flex-col gap-6">
        <WorkerHealthCard health={health} now={now} />
        <DeliveryLogFilters
          query={query}
          teammates={members.map((m) => ({ userId: m.userId, name: m.name }))}
        />
        {log.entries.length > 0 ? (
          <DeliveryLogTable entries={log.entries} />
        ) : filtered ? (
          <EmptyState title="No decision matches these filters">
            Clear a filter to see more of the log.
          </EmptyState>
        ) : (
          <EmptyState title="No notifications yet">
            Each visitor message, visit, assistance request and SLA alert will list here who was notified, on
            which channel, and why anyone was not.
          </EmptyState>
        )}
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {query.after && <Link href={deliveryLogHref(query)}>Newest</Link>}
          {log.nextCursor && <Link href={deliveryLogHref(query, { after: log.nextCursor })}>Older</Link>}
        </nav>
        <RetentionCard settings={retention} now={now} />
      </div>
    </>
  );
}
