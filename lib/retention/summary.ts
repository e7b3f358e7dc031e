// The last retention run in words, for Settings → Deliveries: "deleted 120 page views, 3 visitors with no
// conversation" or "nothing was old enough to delete".
import type { RetentionCounts } from "@/db/schema";

const nouns: Record<string, [string, string]> = {
  pageViews: ["page view", "page views"],
  visitors: ["visitor with no conversation", "visitors with no conversation"],
  decisions: ["notification decision", "notification decisions"],
  events: ["notification event", "notification events"],
  notifications: ["notification-center entry", "notification-center entries"],
};

export function retentionSummary(deleted: RetentionCounts): string {
  const parts = Object.entries(nouns).flatMap(([kind, [one, many]]) => {
    const n = deleted[kind] ?? 0;
    return n > 0 ? [`${n.toLocaleString("en")} ${n === 1 ? one : many}`] : [];
  });
  return parts.length ? `deleted ${parts.join(", ")}` : "nothing was old enough to delete";
}
